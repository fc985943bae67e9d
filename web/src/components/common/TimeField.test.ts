import type { Locale } from '@ambassador/shared';
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n, loadLocale } from '../../i18n/index.ts';
import TimeField from './TimeField.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The field with its v-model wired as a parent would. */
async function mountField(modelValue = '', locale: Locale = 'nl', props: Record<string, unknown> = {}) {
  await loadLocale(locale);
  const wrapper: VueWrapper = mount(TimeField, {
    attachTo: document.body,
    props: {
      modelValue,
      inputId: 'time',
      testid: 'time-input',
      'onUpdate:modelValue': (value: string) => void wrapper.setProps({ modelValue: value }),
      ...props,
    },
    global: { plugins: [createAppI18n(locale)] },
  });
  return wrapper;
}

const input = (wrapper: VueWrapper) => wrapper.get<HTMLInputElement>('[data-testid="time-input"]');
const emitted = (wrapper: VueWrapper) => wrapper.emitted<[string]>('update:modelValue')?.map(([value]) => value);

describe('TimeField', () => {
  it('is a numeric text input with the pattern as placeholder and a decorative clock', async () => {
    const wrapper = await mountField('09:00', 'nl', { required: true, describedBy: 'time-error', invalid: true });
    const field = input(wrapper);
    expect(field.element.value).toBe('09:00');
    expect(field.attributes('id')).toBe('time');
    expect(field.attributes('inputmode')).toBe('numeric');
    expect(field.attributes('placeholder')).toBe('uu:mm');
    expect(field.attributes('required')).toBeDefined();
    expect(field.attributes('aria-describedby')).toBe('time-error');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('.pi-clock').attributes('aria-hidden')).toBe('true');
  });

  it('has the English placeholder in English', async () => {
    const wrapper = await mountField('', 'en');
    expect(input(wrapper).attributes('placeholder')).toBe('hh:mm');
  });

  it('gives the time as soon as it is typed in full', async () => {
    const wrapper = await mountField();
    await input(wrapper).setValue('10');
    await input(wrapper).setValue('10:0');
    expect(emitted(wrapper)).toBeUndefined();
    await input(wrapper).setValue('10:00');
    expect(emitted(wrapper)).toEqual(['10:00']);
    await input(wrapper).setValue('9.30');
    expect(emitted(wrapper)).toEqual(['10:00', '09:30']);
    // Typed text stays as it is while the field has the focus.
    expect(input(wrapper).element.value).toBe('9.30');
    await input(wrapper).setValue('');
    expect(emitted(wrapper)).toEqual(['10:00', '09:30', '']);
  });

  it('writes a short time out in full when the field is left', async () => {
    const wrapper = await mountField();
    await input(wrapper).setValue('930');
    await input(wrapper).trigger('blur');
    expect(input(wrapper).element.value).toBe('09:30');
    await input(wrapper).setValue('14');
    await input(wrapper).trigger('keydown', { key: 'Enter' });
    expect(input(wrapper).element.value).toBe('14:00');
    expect(emitted(wrapper)).toEqual(['09:30', '14:00']);
  });

  it('keeps text that is no time, marks it invalid and gives no time', async () => {
    const wrapper = await mountField('09:00');
    await input(wrapper).setValue('25:00');
    await input(wrapper).trigger('blur');
    expect(input(wrapper).element.value).toBe('25:00');
    expect(input(wrapper).attributes('aria-invalid')).toBe('true');
    expect(emitted(wrapper)).toEqual(['']);

    await input(wrapper).setValue('11:15');
    expect(input(wrapper).attributes('aria-invalid')).toBeUndefined();
    expect(emitted(wrapper)).toEqual(['', '11:15']);
  });

  it('moves the time a quarter with the arrow keys, around midnight', async () => {
    const wrapper = await mountField('23:50');
    await input(wrapper).trigger('keydown', { key: 'ArrowUp' });
    expect(input(wrapper).element.value).toBe('00:05');
    await input(wrapper).trigger('keydown', { key: 'ArrowDown' });
    await input(wrapper).trigger('keydown', { key: 'ArrowDown' });
    expect(input(wrapper).element.value).toBe('23:35');
    expect(emitted(wrapper)).toEqual(['00:05', '23:50', '23:35']);
  });

  it('shows a time set from outside', async () => {
    const wrapper = await mountField('09:00');
    await wrapper.setProps({ modelValue: '13:45' });
    expect(input(wrapper).element.value).toBe('13:45');
  });
});
