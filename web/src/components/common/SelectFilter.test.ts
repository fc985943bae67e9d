import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseOption, optionLabels } from '../../test/select.ts';
import SelectFilter from './SelectFilter.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SelectFilter', () => {
  it('is a labelled full-width native select whose test id is its id, with "all" as the placeholder', async () => {
    const wrapper = mount(SelectFilter, {
      props: {
        id: 'rounds-status',
        label: 'Status',
        options: [
          { value: 'open', label: 'Open' },
          { value: 'closed', label: 'Gesloten' },
        ],
        modelValue: null,
      } as never,
      attrs: { placeholder: 'Alle statussen', showClear: true },
      attachTo: document.body,
    });
    const select = wrapper.get('[data-testid="rounds-status"]');
    expect(select.element.tagName).toBe('SELECT');
    expect(select.attributes('id')).toBe('rounds-status');
    expect(wrapper.get('label').attributes('for')).toBe('rounds-status');
    expect(select.classes()).toEqual(expect.arrayContaining(['native-field', 'w-full']));
    expect(optionLabels(select)).toEqual(['Alle statussen', 'Open', 'Gesloten']);

    await chooseOption(select, 'Gesloten');
    await chooseOption(select, 'Alle statussen');
    expect(wrapper.emitted('update:modelValue')).toEqual([['closed'], [null]]);
  });
});
