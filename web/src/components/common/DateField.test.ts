import type { Locale } from '@ambassador/shared';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n, loadLocale } from '../../i18n/index.ts';
import DateField from './DateField.vue';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 5, 10, 0) });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The field with its v-model wired as a parent would: every update comes back as the new model. */
async function mountField(modelValue = '', locale: Locale = 'nl', props: Record<string, unknown> = {}) {
  await loadLocale(locale);
  const wrapper: VueWrapper = mount(DateField, {
    attachTo: document.body,
    props: {
      modelValue,
      inputId: 'day',
      testid: 'day-input',
      describedBy: 'day-hint',
      'onUpdate:modelValue': (value: string) => void wrapper.setProps({ modelValue: value }),
      ...props,
    },
    global: { plugins: [createAppI18n(locale)] },
  });
  return wrapper;
}

const input = (wrapper: VueWrapper) => wrapper.get<HTMLInputElement>('[data-testid="day-input"]');
const trigger = (wrapper: VueWrapper) => wrapper.get('button[aria-haspopup="dialog"]');
const popup = (wrapper: VueWrapper) => wrapper.find('[role="dialog"]');
const emitted = (wrapper: VueWrapper) => wrapper.emitted<[string]>('update:modelValue')?.map(([value]) => value);
const title = (wrapper: VueWrapper) => wrapper.get('[role="dialog"] h2').text();
const cell = (wrapper: VueWrapper, day: string) => wrapper.get(`td[data-day="${day}"]`);
const focusedDay = () => (document.activeElement as HTMLElement | null)?.dataset.day;

async function press(wrapper: VueWrapper, key: string, options: Record<string, unknown> = {}) {
  await wrapper.get('td[tabindex="0"]').trigger('keydown', { key, ...options });
  await flushPromises();
}

async function openCalendar(wrapper: VueWrapper) {
  await trigger(wrapper).trigger('click');
  await flushPromises();
}

describe('DateField', () => {
  it('shows the day as Dutch writes it, with the pattern as placeholder, on an input with the given attributes', async () => {
    const wrapper = await mountField('2026-03-10', 'nl', { required: true });
    const field = input(wrapper);
    expect(field.element.value).toBe('10-03-2026');
    expect(field.attributes('placeholder')).toBe('dd-mm-jjjj');
    expect(field.attributes('id')).toBe('day');
    expect(field.attributes('aria-describedby')).toBe('day-hint');
    expect(field.attributes('required')).toBeDefined();
    expect(field.attributes('aria-invalid')).toBeUndefined();
    expect(field.classes()).toContain('native-field');
    expect(trigger(wrapper).attributes('aria-label')).toBe('Kies een datum');
    expect(trigger(wrapper).attributes('aria-expanded')).toBe('false');
  });

  it('writes the day the British way in English', async () => {
    const wrapper = await mountField('2026-03-10', 'en');
    expect(input(wrapper).element.value).toBe('10/03/2026');
    expect(input(wrapper).attributes('placeholder')).toBe('dd/mm/yyyy');
    expect(trigger(wrapper).attributes('aria-label')).toBe('Choose a date');
  });

  it('gives the day as soon as it is typed in full, and none once the field is emptied', async () => {
    const wrapper = await mountField();
    await input(wrapper).setValue('10-03-20');
    expect(emitted(wrapper)).toBeUndefined();
    await input(wrapper).setValue('10-03-2026');
    expect(emitted(wrapper)).toEqual(['2026-03-10']);
    // The text stays as typed while the field has the focus.
    expect(input(wrapper).element.value).toBe('10-03-2026');
    await input(wrapper).setValue('');
    expect(emitted(wrapper)).toEqual(['2026-03-10', '']);
  });

  it('reads English slashes and Dutch dashes in either language', async () => {
    const wrapper = await mountField('', 'en');
    await input(wrapper).setValue('1-3-2026');
    expect(emitted(wrapper)).toEqual(['2026-03-01']);
    await input(wrapper).setValue('2/3/2026');
    expect(emitted(wrapper)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('writes a short day out in full when the field is left', async () => {
    const wrapper = await mountField();
    await input(wrapper).setValue('1.3.2026');
    await input(wrapper).trigger('blur');
    expect(input(wrapper).element.value).toBe('01-03-2026');
    expect(emitted(wrapper)).toEqual(['2026-03-01']);
  });

  it('keeps text that is no day for the user to fix, marks it invalid and gives no day', async () => {
    const wrapper = await mountField('2026-03-10');
    await input(wrapper).setValue('31-02-2026');
    expect(emitted(wrapper)).toBeUndefined();
    await input(wrapper).trigger('blur');
    expect(emitted(wrapper)).toEqual(['']);
    expect(input(wrapper).element.value).toBe('31-02-2026');
    expect(input(wrapper).attributes('aria-invalid')).toBe('true');

    await input(wrapper).setValue('28-02-2026');
    await input(wrapper).trigger('keydown', { key: 'Enter' });
    expect(input(wrapper).attributes('aria-invalid')).toBeUndefined();
    expect(emitted(wrapper)).toEqual(['', '2026-02-28']);
    expect(wrapper.emitted<[boolean]>('update:unreadable')?.map(([now]) => now)).toEqual([true, false]);
  });

  it('names its calendar button after the field', async () => {
    const named = await mountField('', 'nl', { label: 'Einddatum' });
    expect(trigger(named).attributes('aria-label')).toBe('Kies een datum voor Einddatum');

    const plain = await mountField('', 'en');
    expect(trigger(plain).attributes('aria-label')).toBe('Choose a date');
  });

  it('marks the input invalid when the form says so', async () => {
    const wrapper = await mountField('', 'nl', { invalid: true });
    expect(input(wrapper).attributes('aria-invalid')).toBe('true');
  });

  it('shows a day set from outside', async () => {
    const wrapper = await mountField('2026-03-10');
    await wrapper.setProps({ modelValue: '2026-12-24' });
    expect(input(wrapper).element.value).toBe('24-12-2026');
    await wrapper.setProps({ modelValue: '' });
    expect(input(wrapper).element.value).toBe('');
  });

  describe('calendar', () => {
    it('opens below the field as a dialog on the chosen day, with weeks from Monday', async () => {
      const wrapper = await mountField('2026-03-10');
      await openCalendar(wrapper);

      expect(trigger(wrapper).attributes('aria-expanded')).toBe('true');
      expect(trigger(wrapper).attributes('aria-controls')).toBe(popup(wrapper).attributes('id'));
      expect(popup(wrapper).attributes('aria-label')).toBe('Kies een datum');
      // Inside the component: a modal <dialog> around the form would cover anything in the body.
      expect(wrapper.element.contains(popup(wrapper).element)).toBe(true);
      expect(title(wrapper)).toBe('maart 2026');
      const headers = wrapper.findAll('[role="grid"] th');
      expect(headers.map((th) => th.text())).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
      expect(headers[0]!.attributes('abbr')).toBe('maandag');
      // 1 March 2026 is a Sunday: the last column of the first week.
      const firstWeek = wrapper.findAll('[role="grid"] tbody tr')[0]!.findAll('td');
      expect(firstWeek.map((td) => td.text())).toEqual(['', '', '', '', '', '', '1']);
      expect(focusedDay()).toBe('2026-03-10');
      expect(wrapper.findAll('td[tabindex="0"]')).toHaveLength(1);
    });

    it('names months and weekdays in English', async () => {
      const wrapper = await mountField('2026-03-10', 'en');
      await openCalendar(wrapper);
      expect(title(wrapper)).toBe('March 2026');
      const first = wrapper.get('[role="grid"] th');
      expect(first.text()).toBe('Mon');
      expect(first.attributes('abbr')).toBe('Monday');
      expect(wrapper.find('button[aria-label="Next month"]').exists()).toBe(true);
    });

    it('marks today and the chosen day', async () => {
      const wrapper = await mountField('2026-03-10');
      await openCalendar(wrapper);
      expect(cell(wrapper, '2026-03-05').attributes('aria-current')).toBe('date');
      expect(cell(wrapper, '2026-03-10').attributes('aria-current')).toBeUndefined();
      expect(cell(wrapper, '2026-03-10').attributes('aria-selected')).toBe('true');
      expect(cell(wrapper, '2026-03-05').attributes('aria-selected')).toBe('false');
    });

    it('starts on today without a day', async () => {
      const wrapper = await mountField();
      await openCalendar(wrapper);
      expect(focusedDay()).toBe('2026-03-05');
    });

    it('moves by day and week with the arrows, and shows the next month past its end', async () => {
      const wrapper = await mountField('2026-03-30');
      await openCalendar(wrapper);

      await press(wrapper, 'ArrowRight');
      expect(focusedDay()).toBe('2026-03-31');
      await press(wrapper, 'ArrowDown');
      expect(focusedDay()).toBe('2026-04-07');
      expect(title(wrapper)).toBe('april 2026');
      await press(wrapper, 'ArrowUp');
      expect(focusedDay()).toBe('2026-03-31');
      expect(title(wrapper)).toBe('maart 2026');
      await press(wrapper, 'ArrowLeft');
      expect(focusedDay()).toBe('2026-03-30');
    });

    it('goes to the start and end of the week, and by month and year with the page keys', async () => {
      const wrapper = await mountField('2026-03-11');
      await openCalendar(wrapper);

      await press(wrapper, 'Home');
      expect(focusedDay()).toBe('2026-03-09');
      await press(wrapper, 'End');
      expect(focusedDay()).toBe('2026-03-15');
      await press(wrapper, 'PageDown');
      expect(focusedDay()).toBe('2026-04-15');
      expect(title(wrapper)).toBe('april 2026');
      await press(wrapper, 'PageUp', { shiftKey: true });
      expect(focusedDay()).toBe('2025-04-15');
      expect(title(wrapper)).toBe('april 2025');
      await press(wrapper, 'PageDown', { shiftKey: true });
      await press(wrapper, 'PageUp');
      expect(title(wrapper)).toBe('maart 2026');
    });

    it('shows the previous and next month with its buttons', async () => {
      const wrapper = await mountField('2026-01-31');
      await openCalendar(wrapper);
      await wrapper.get('button[aria-label="Volgende maand"]').trigger('click');
      expect(title(wrapper)).toBe('februari 2026');
      await wrapper.get('button[aria-label="Vorige maand"]').trigger('click');
      await wrapper.get('button[aria-label="Vorige maand"]').trigger('click');
      expect(title(wrapper)).toBe('december 2025');
    });

    it('chooses the day with Enter, closes and gives the focus back to its button', async () => {
      const wrapper = await mountField('2026-03-10');
      await openCalendar(wrapper);
      await press(wrapper, 'ArrowRight');
      await press(wrapper, 'Enter');

      expect(emitted(wrapper)).toEqual(['2026-03-11']);
      expect(input(wrapper).element.value).toBe('11-03-2026');
      expect(popup(wrapper).exists()).toBe(false);
      expect(trigger(wrapper).attributes('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(trigger(wrapper).element);
    });

    it('chooses a clicked day', async () => {
      const wrapper = await mountField();
      await openCalendar(wrapper);
      await cell(wrapper, '2026-03-20').trigger('click');
      expect(emitted(wrapper)).toEqual(['2026-03-20']);
      expect(input(wrapper).element.value).toBe('20-03-2026');
      expect(popup(wrapper).exists()).toBe(false);
    });

    it('closes on Escape without choosing, and only the calendar', async () => {
      const wrapper = await mountField('2026-03-10');
      await openCalendar(wrapper);
      await press(wrapper, 'ArrowDown');
      // Vue ignores an event older than a handler it bubbles to; on the frozen fake clock they are all "as old".
      vi.setSystemTime(Date.now() + 1000);
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.activeElement!.dispatchEvent(escape);
      await flushPromises();

      expect(escape.defaultPrevented).toBe(true);
      expect(popup(wrapper).exists()).toBe(false);
      expect(emitted(wrapper)).toBeUndefined();
      expect(document.activeElement).toBe(trigger(wrapper).element);
    });

    it('closes on a click elsewhere', async () => {
      const wrapper = await mountField('2026-03-10');
      await openCalendar(wrapper);
      await wrapper.get('[role="grid"] th').trigger('pointerdown');
      expect(popup(wrapper).exists()).toBe(true);

      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      await flushPromises();
      expect(popup(wrapper).exists()).toBe(false);
      expect(emitted(wrapper)).toBeUndefined();
    });
  });
});
