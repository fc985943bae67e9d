import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import ChecklistSelect, { type ChecklistRow } from './ChecklistSelect.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const few: ChecklistRow[] = [
  { id: 'zorg', label: 'Zorg' },
  { id: 'staf', label: 'Staf', detail: 'Ondersteuning' },
];
const many: ChecklistRow[] = Array.from({ length: 9 }, (_, index) => ({
  id: `room-${index}`,
  label: `Zaal ${index}`,
  detail: index === 4 ? 'De Linde' : 'Rivierzicht',
}));

async function mountList(rows: readonly ChecklistRow[], modelValue: string[], extra: Record<string, unknown> = {}) {
  const { wrapper } = await mountInApp(ChecklistSelect, {
    mount: {
      props: { rows, modelValue, inputId: 'rooms', labelledBy: 'rooms-label', placeholder: 'Geen', ...extra },
      attrs: { class: 'w-full', 'data-testid': 'rooms', 'aria-describedby': 'rooms-hint' },
    },
  });
  return wrapper;
}

const optionTexts = (wrapper: Awaited<ReturnType<typeof mountList>>) =>
  wrapper.findAll('.checklist__option').map((option) => option.text());

describe('ChecklistSelect', () => {
  it('names the chosen rows in list order, or says what none means', async () => {
    expect((await mountList(few, [])).get('.checklist__chosen').text()).toBe('Geen');
    expect((await mountList(few, ['staf', 'zorg'])).get('.checklist__chosen').text()).toBe('Zorg, Staf');
  });

  it('adds a ticked row and drops an unticked one', async () => {
    const wrapper = await mountList(few, ['zorg']);
    await wrapper.get('[data-testid="checklist-option-staf"]').setValue(true);
    await wrapper.get('[data-testid="checklist-option-zorg"]').setValue(false);
    expect(wrapper.emitted('update:modelValue')).toEqual([[['zorg', 'staf']], [['staf']]]);
  });

  it('is a named group of checkboxes without a search box while the list is short', async () => {
    const wrapper = await mountList(few, []);
    expect(wrapper.find('input[type="search"]').exists()).toBe(false);
    const list = wrapper.get('#rooms');
    expect(list.element.tagName).toBe('DIV');
    expect(list.find('ul li').exists()).toBe(true);
    expect(list.attributes()).toMatchObject({ role: 'group', 'aria-labelledby': 'rooms-label' });
    expect(list.attributes('aria-describedby')).toBe('rooms-hint');
    expect(wrapper.attributes('data-testid')).toBe('rooms');
    expect(optionTexts(wrapper)[1]).toContain('Ondersteuning');
  });

  it('searches a long list by label and detail, and says when nothing matches', async () => {
    const wrapper = await mountList(many, []);
    const search = wrapper.get('#rooms');
    expect(search.attributes()).toMatchObject({ type: 'search', 'aria-describedby': 'rooms-hint' });
    expect(optionTexts(wrapper)).toHaveLength(9);
    await search.setValue('linde');
    expect(optionTexts(wrapper)).toEqual(['Zaal 4De Linde']);
    await search.setValue('zaal 7');
    expect(optionTexts(wrapper)).toEqual(['Zaal 7Rivierzicht']);
    await search.setValue('zzz');
    expect(optionTexts(wrapper)).toHaveLength(0);
    expect(wrapper.get('.checklist__list').text()).toContain('zzz');
  });

  it('narrows with the given rule when there is one, and says so when there are no rows at all', async () => {
    const wrapper = await mountList(many, [], { narrow: (rows: readonly ChecklistRow[]) => rows.slice(0, 2) });
    await wrapper.get('#rooms').setValue('anything');
    expect(optionTexts(wrapper)).toHaveLength(2);
    const empty = await mountList([], [], { emptyMessage: 'Nog geen zalen' });
    expect(empty.get('.checklist__list').text()).toBe('Nog geen zalen');
  });

  it('marks the list and its boxes invalid', async () => {
    const wrapper = await mountList(few, [], { invalid: true });
    expect(wrapper.classes()).toContain('checklist--invalid');
    expect(wrapper.get('[data-testid="checklist-option-zorg"]').attributes('aria-invalid')).toBe('true');
  });
});
