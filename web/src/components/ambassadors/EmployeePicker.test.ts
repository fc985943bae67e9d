import type { Employee, EmployeeList } from '@ambassador/shared';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as employeesApi from '../../api/employees.ts';
import { mountInApp } from '../../test/app.ts';
import { employee } from '../../test/fixtures.ts';
import EmployeePicker from './EmployeePicker.vue';

vi.mock('../../api/employees.ts');
const api = vi.mocked(employeesApi);

const eva = employee({ id: '6f1c2d3e-0000-4000-8000-000000000302', employeeNumber: '1031', name: 'Eva Dekker' });
const mohamed = employee();
const page = (items: Employee[]): EmployeeList => ({ items, total: items.length, nextCursor: null });

beforeEach(() => {
  vi.resetAllMocks();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  api.listEmployees.mockResolvedValue(page([eva, mohamed]));
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The picker with its v-model wired as a parent would: every update comes back as the new model. */
async function mountPicker(modelValue: Pick<Employee, 'id' | 'name'> | null = null) {
  const { wrapper } = await mountInApp(EmployeePicker, {
    mount: {
      props: {
        modelValue,
        inputId: 'picker',
        placeholder: 'Naam of personeelsnummer',
        describedBy: 'picker-hint',
        'onUpdate:modelValue': (value: Pick<Employee, 'id' | 'name'> | null) =>
          void wrapper.setProps({ modelValue: value }),
      },
    },
  });
  return wrapper;
}

const input = (wrapper: VueWrapper) => wrapper.get<HTMLInputElement>('input#picker');
const listbox = (wrapper: VueWrapper) => wrapper.get<HTMLUListElement>('ul[role="listbox"]');
const options = (wrapper: VueWrapper) => wrapper.findAll('[role="option"]');
const liveRegion = (wrapper: VueWrapper) => wrapper.get('[role="status"]');
const isOpen = (wrapper: VueWrapper) => (listbox(wrapper).element as HTMLElement).style.display !== 'none';

/** Types the whole text at once and waits the debounce out and the answer in. */
async function type(wrapper: VueWrapper, text: string, wait = 250): Promise<void> {
  input(wrapper).element.value = text;
  await input(wrapper).trigger('input');
  await vi.advanceTimersByTimeAsync(wait);
  await flushPromises();
}

/** Presses a key in the input; the event, to see whether it was cancelled. */
async function press(wrapper: VueWrapper, key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  input(wrapper).element.dispatchEvent(event);
  await flushPromises();
  return event;
}

const lastModel = (wrapper: VueWrapper) => wrapper.emitted('update:modelValue')?.at(-1)?.[0];

describe('EmployeePicker', () => {
  it('is a combobox that points at its listbox', async () => {
    const wrapper = await mountPicker();

    const field = input(wrapper);
    expect(field.attributes()).toMatchObject({
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'picker-listbox',
      'aria-autocomplete': 'list',
      'aria-describedby': 'picker-hint',
      placeholder: 'Naam of personeelsnummer',
    });
    expect(field.attributes('aria-activedescendant')).toBeUndefined();
    expect(field.attributes('aria-invalid')).toBeUndefined();
    expect(listbox(wrapper).attributes('id')).toBe('picker-listbox');

    await wrapper.setProps({ invalid: true });
    expect(input(wrapper).attributes('aria-invalid')).toBe('true');
  });

  it('asks nothing for fewer than two characters, and asks only after typing pauses', async () => {
    const wrapper = await mountPicker();

    await type(wrapper, 'e', 1000);
    expect(api.listEmployees).not.toHaveBeenCalled();
    expect(isOpen(wrapper)).toBe(false);

    await type(wrapper, 'ev', 249);
    expect(api.listEmployees).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();
    expect(api.listEmployees).toHaveBeenCalledTimes(1);
    expect(api.listEmployees).toHaveBeenCalledWith(
      expect.objectContaining({ q: 'ev', status: 'active' }),
      expect.any(AbortSignal),
    );
  });

  it('shows the answers as options, name first, and says how many there are', async () => {
    const wrapper = await mountPicker();

    await type(wrapper, 'ev');

    expect(isOpen(wrapper)).toBe(true);
    expect(input(wrapper).attributes('aria-expanded')).toBe('true');
    const found = options(wrapper);
    expect(found).toHaveLength(2);
    expect(found[0]!.text()).toMatch(/^Eva Dekker/);
    expect(found[0]!.find('.employee-picker__name').text()).toBe('Eva Dekker');
    expect(found[0]!.find('.employee-picker__meta').text()).toBe(`1031 · ${eva.department.path} · ${eva.layer.name}`);
    expect(found.map((option) => option.attributes('aria-selected'))).toEqual(['false', 'false']);
    expect(liveRegion(wrapper).text()).toBe('2 medewerkers gevonden');
  });

  it('moves the highlight with the arrow keys and picks it with Enter, without submitting the form', async () => {
    const wrapper = await mountPicker();
    await type(wrapper, 'ev');

    await press(wrapper, 'ArrowDown');
    expect(input(wrapper).attributes('aria-activedescendant')).toBe('picker-option-0');
    expect(options(wrapper)[0]!.attributes('id')).toBe('picker-option-0');
    expect(options(wrapper)[0]!.attributes('aria-selected')).toBe('true');
    await press(wrapper, 'ArrowDown');
    await press(wrapper, 'ArrowDown');
    await press(wrapper, 'ArrowUp');
    expect(input(wrapper).attributes('aria-activedescendant')).toBe('picker-option-1');
    expect(options(wrapper).map((option) => option.attributes('aria-selected'))).toEqual(['false', 'true']);

    const enter = await press(wrapper, 'Enter');

    expect(enter.defaultPrevented).toBe(true);
    expect(lastModel(wrapper)).toEqual(mohamed);
    expect(input(wrapper).element.value).toBe('Mohamed Scheerder');
    expect(isOpen(wrapper)).toBe(false);
    expect(input(wrapper).attributes('aria-expanded')).toBe('false');
    expect(input(wrapper).attributes('aria-activedescendant')).toBeUndefined();
    expect(liveRegion(wrapper).text()).toBe('Medewerker gekozen');
  });

  it('opens a closed list again with ArrowDown, and leaves Enter to the form while the list is closed', async () => {
    const wrapper = await mountPicker();
    await type(wrapper, 'ev');
    await press(wrapper, 'Escape');

    const closedEnter = await press(wrapper, 'Enter');
    expect(closedEnter.defaultPrevented).toBe(false);

    await press(wrapper, 'ArrowDown');
    expect(isOpen(wrapper)).toBe(true);
    expect(input(wrapper).attributes('aria-activedescendant')).toBe('picker-option-0');
  });

  it('picks an option on a click', async () => {
    const wrapper = await mountPicker();
    await type(wrapper, 'ev');

    await options(wrapper)[0]!.trigger('click');

    expect(lastModel(wrapper)).toEqual(eva);
    expect(input(wrapper).element.value).toBe('Eva Dekker');
    expect(isOpen(wrapper)).toBe(false);
  });

  it('closes on Escape and keeps that Escape to itself only while the list is open', async () => {
    const wrapper = await mountPicker();
    const reachedDocument = vi.fn();
    const escapes = (event: KeyboardEvent) => event.key === 'Escape' && reachedDocument();
    document.addEventListener('keydown', escapes);
    try {
      await type(wrapper, 'ev');
      await press(wrapper, 'ArrowDown');

      await press(wrapper, 'Escape');
      expect(isOpen(wrapper)).toBe(false);
      expect(input(wrapper).attributes('aria-expanded')).toBe('false');
      expect(input(wrapper).attributes('aria-activedescendant')).toBeUndefined();
      expect(reachedDocument).not.toHaveBeenCalled();

      await press(wrapper, 'Escape');
      expect(reachedDocument).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', escapes);
    }
  });

  it('closes when the focus leaves', async () => {
    const wrapper = await mountPicker();
    await type(wrapper, 'ev');

    await input(wrapper).trigger('blur');

    expect(isOpen(wrapper)).toBe(false);
    expect(input(wrapper).attributes('aria-expanded')).toBe('false');
  });

  it('forgets the chosen employee as soon as the text is typed over', async () => {
    const wrapper = await mountPicker();
    await type(wrapper, 'ev');
    await options(wrapper)[0]!.trigger('click');
    expect(lastModel(wrapper)).toEqual(eva);

    input(wrapper).element.value = 'Eva Dekk';
    await input(wrapper).trigger('input');

    expect(lastModel(wrapper)).toBeNull();
    expect(input(wrapper).element.value).toBe('Eva Dekk');
  });

  it('shows the name of an employee set from outside, and clears it when the choice is taken away', async () => {
    const wrapper = await mountPicker({ id: eva.id, name: 'Eva Dekker' });
    expect(input(wrapper).element.value).toBe('Eva Dekker');

    await wrapper.setProps({ modelValue: { id: mohamed.id, name: 'Mohamed Scheerder' } });
    expect(input(wrapper).element.value).toBe('Mohamed Scheerder');

    await wrapper.setProps({ modelValue: null });
    expect(input(wrapper).element.value).toBe('');
  });

  it('says so when nobody matches, in the list but not as an option', async () => {
    api.listEmployees.mockResolvedValue(page([]));
    const wrapper = await mountPicker();

    await type(wrapper, 'xyz');

    expect(isOpen(wrapper)).toBe(true);
    expect(options(wrapper)).toHaveLength(0);
    const empty = listbox(wrapper).get('li');
    expect(empty.attributes('role')).toBe('presentation');
    expect(empty.text()).toBe('Geen medewerkers gevonden.');
    expect(liveRegion(wrapper).text()).toBe('Geen medewerkers gevonden.');
    const enter = await press(wrapper, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('says the search failed when it did', async () => {
    api.listEmployees.mockRejectedValue(new Error('offline'));
    const wrapper = await mountPicker();

    await type(wrapper, 'ev');

    expect(options(wrapper)).toHaveLength(0);
    expect(listbox(wrapper).get('li').text()).toBe('Er ging iets mis. Probeer het opnieuw.');
    expect(liveRegion(wrapper).text()).toBe('Er ging iets mis. Probeer het opnieuw.');
  });

  it('shows the answer to the latest text, whichever answer comes in last', async () => {
    let answerFirst: (list: EmployeeList) => void = () => undefined;
    api.listEmployees
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(page([eva]));
    const wrapper = await mountPicker();

    await type(wrapper, 'ev');
    await type(wrapper, 'eva');
    answerFirst(page([mohamed, eva]));
    await flushPromises();

    expect(options(wrapper).map((option) => option.find('.employee-picker__name').text())).toEqual(['Eva Dekker']);
    expect(liveRegion(wrapper).text()).toBe('1 medewerker gevonden');
  });

  it('opens nothing for an answer that comes in after the text was cut below two characters', async () => {
    let answer: (list: EmployeeList) => void = () => undefined;
    api.listEmployees.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const wrapper = await mountPicker();

    await type(wrapper, 'ev');
    await type(wrapper, 'e');
    answer(page([eva]));
    await flushPromises();

    expect(isOpen(wrapper)).toBe(false);
    expect(options(wrapper)).toHaveLength(0);
    await press(wrapper, 'ArrowDown');
    expect(isOpen(wrapper)).toBe(false);
  });
});
