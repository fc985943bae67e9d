import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseOption, chosenLabel, optionLabels } from '../../test/select.ts';
import NativeSelect from './NativeSelect.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

function mountSelect(props: Record<string, unknown>, attrs: Record<string, unknown> = {}) {
  return mount(NativeSelect, { props: { modelValue: null, ...props } as never, attrs, attachTo: document.body });
}

const emitted = (wrapper: ReturnType<typeof mountSelect>) => wrapper.emitted('update:modelValue');

describe('NativeSelect', () => {
  it('gives back string and number values exactly, even where their text is the same', async () => {
    const options = [
      { value: '1', label: 'Tekst één' },
      { value: 1, label: 'Getal één' },
      { value: 0, label: 'Nul' },
    ];
    const wrapper = mountSelect({ options, modelValue: 1 });
    const select = wrapper.get('select');
    expect(chosenLabel(select)).toBe('Getal één');

    await chooseOption(select, 'Tekst één');
    await chooseOption(select, 'Nul');
    await chooseOption(select, 'Getal één');

    expect(emitted(wrapper)).toStrictEqual([['1'], [0], [1]]);
  });

  it('gives back boolean values exactly, false included', async () => {
    const options = [
      { value: true, label: 'Ja' },
      { value: false, label: 'Nee' },
    ];
    const wrapper = mountSelect({ options, modelValue: false, placeholder: 'Onbekend' });
    const select = wrapper.get('select');
    expect(chosenLabel(select)).toBe('Nee');

    await chooseOption(select, 'Ja');
    await chooseOption(select, 'Nee');

    expect(emitted(wrapper)).toStrictEqual([[true], [false]]);
  });

  it('follows the model when it changes from outside, and shows the placeholder for none', async () => {
    const options = [
      { value: 10, label: 'Tien' },
      { value: 20, label: 'Twintig' },
    ];
    const wrapper = mountSelect({ options, modelValue: 10, placeholder: 'Kies' });
    expect(chosenLabel(wrapper.get('select'))).toBe('Tien');

    await wrapper.setProps({ modelValue: 20 } as never);
    expect(chosenLabel(wrapper.get('select'))).toBe('Twintig');

    await wrapper.setProps({ modelValue: null } as never);
    expect(chosenLabel(wrapper.get('select'))).toBe('Kies');
    expect(emitted(wrapper)).toBeUndefined();
  });

  it('reads label and value from the named fields, and takes an option that is no object as both', async () => {
    const people = mountSelect({
      options: [
        { id: 'p1', name: 'Ans' },
        { id: 'p2', name: 'Bram' },
      ],
      optionLabel: 'name',
      optionValue: 'id',
      placeholder: 'Iedereen',
    });
    expect(optionLabels(people.get('select'))).toEqual(['Iedereen', 'Ans', 'Bram']);
    await chooseOption(people.get('select'), 'Bram');
    expect(emitted(people)).toStrictEqual([['p2']]);

    const zones = mountSelect({ options: ['Europe/Amsterdam', 'UTC'], modelValue: 'UTC' });
    expect(chosenLabel(zones.get('select'))).toBe('UTC');
    await chooseOption(zones.get('select'), 'Europe/Amsterdam');
    expect(emitted(zones)).toStrictEqual([['Europe/Amsterdam']]);
  });

  it('keeps the placeholder out of reach without show-clear', () => {
    const wrapper = mountSelect({ options: [{ value: 'a', label: 'A' }], modelValue: 'a', placeholder: 'Geen' });
    const placeholder = wrapper.get('option');
    expect(placeholder.text()).toBe('Geen');
    expect(placeholder.attributes('value')).toBe('');
    expect(placeholder.attributes('disabled')).toBeDefined();
  });

  it('offers the placeholder as "none" with show-clear: choosing it sets the model to null', async () => {
    const wrapper = mountSelect({
      options: [{ value: 'a', label: 'A' }],
      modelValue: 'a',
      placeholder: 'Alles',
      showClear: true,
    });
    expect(wrapper.get('option').attributes('disabled')).toBeUndefined();

    await chooseOption(wrapper.get('select'), 'Alles');

    expect(emitted(wrapper)).toStrictEqual([[null]]);
  });

  it('says the empty message in the placeholder while there are no options', async () => {
    const wrapper = mountSelect({ options: [], placeholder: 'Alle trainers', emptyMessage: 'Geen trainers' });
    expect(optionLabels(wrapper.get('select'))).toEqual(['Geen trainers']);
    expect(wrapper.get('option').attributes('disabled')).toBeDefined();

    await wrapper.setProps({ options: [{ value: 't1', label: 'Tess' }] } as never);
    expect(optionLabels(wrapper.get('select'))).toEqual(['Alle trainers', 'Tess']);
  });

  it('puts id, class, test id and aria attributes on the select itself', () => {
    const wrapper = mountSelect(
      { options: [{ value: 'a', label: 'A' }], inputId: 'some-choice', invalid: true },
      { class: 'w-full', 'data-testid': 'some-choice', 'aria-describedby': 'some-choice-hint' },
    );
    const select = wrapper.get('select');
    expect(wrapper.element).toBe(select.element);
    expect(select.attributes('id')).toBe('some-choice');
    expect(select.classes()).toEqual(expect.arrayContaining(['native-field', 'w-full']));
    expect(select.attributes('data-testid')).toBe('some-choice');
    expect(select.attributes('aria-describedby')).toBe('some-choice-hint');
    expect(select.attributes('aria-invalid')).toBe('true');
  });

  it('leaves aria-invalid off while valid', () => {
    const wrapper = mountSelect({ options: [], invalid: false });
    expect(wrapper.get('select').attributes('aria-invalid')).toBeUndefined();
  });
});
