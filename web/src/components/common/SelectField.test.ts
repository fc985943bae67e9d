import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseOption, chosenLabel } from '../../test/select.ts';
import SelectField from './SelectField.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const options = [
  { value: 'weekly', label: 'Wekelijks' },
  { value: 'never', label: 'Nooit' },
];

function mountField(props: Record<string, unknown> = {}, attrs: Record<string, unknown> = {}) {
  return mount(SelectField, {
    props: { id: 'digest', label: 'Samenvatting', options, modelValue: 'weekly', ...props } as never,
    attrs,
    attachTo: document.body,
  });
}

describe('SelectField', () => {
  it('is a full-width native select named by its label, described by its hint', async () => {
    const wrapper = mountField({ hint: 'Hoe vaak' }, { 'data-testid': 'digest-select' });
    const select = wrapper.get('select');
    expect(wrapper.get('label').attributes('for')).toBe('digest');
    expect(select.attributes('id')).toBe('digest');
    expect(select.classes()).toEqual(expect.arrayContaining(['native-field', 'w-full']));
    expect(select.attributes('data-testid')).toBe('digest-select');
    expect(select.attributes('aria-describedby')).toBe('digest-hint');
    expect(select.attributes('aria-labelledby')).toBeUndefined();
    expect(chosenLabel(select)).toBe('Wekelijks');

    await chooseOption(select, 'Nooit');
    expect(wrapper.emitted('update:modelValue')).toEqual([['never']]);
  });

  it('marks the select invalid and points it at the error', () => {
    const wrapper = mountField({ error: 'Kies er een' });
    const select = wrapper.get('select');
    expect(select.attributes('aria-invalid')).toBe('true');
    expect(select.attributes('aria-describedby')).toBe('digest-error');
    expect(wrapper.get('[data-testid="digest-error"]').text()).toBe('Kies er een');
  });

  it('passes placeholder, show-clear and other option shapes on to the select', async () => {
    const wrapper = mountField(
      { options: [{ id: 3, name: 'Drie' }], modelValue: 3 },
      { placeholder: 'Geen', showClear: true, optionLabel: 'name', optionValue: 'id' },
    );
    expect(chosenLabel(wrapper.get('select'))).toBe('Drie');

    await chooseOption(wrapper.get('select'), 'Geen');
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]]);
  });
});
