import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { buildDepartmentTree } from '../../lib/departmentTree.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments } from '../../test/fixtures.ts';
import { chooseOption, chosenLabel } from '../../test/select.ts';
import DepartmentSelect from './DepartmentSelect.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const options = buildDepartmentTree(departments);

describe('DepartmentSelect', () => {
  it('puts the input id on the control the label points at', async () => {
    const Host = defineComponent({
      setup: () => () => [
        h('label', { for: 'some-department' }, 'Afdeling'),
        h(DepartmentSelect, {
          modelValue: departmentIds.beuk,
          options,
          inputId: 'some-department',
          'data-testid': 'some-department',
        }),
      ],
    });
    const { wrapper } = await mountInApp(Host);

    const select = wrapper.get<HTMLSelectElement>('#some-department');
    expect(select.element.tagName).toBe('SELECT');
    expect(select.attributes('data-testid')).toBe('some-department');
    expect(chosenLabel(select)).toBe('Afdeling Beuk');
  });

  it('lists the departments in tree order, indented by depth, and gives the chosen one as its id', async () => {
    const { wrapper } = await mountInApp(DepartmentSelect, {
      mount: { props: { modelValue: null, options, placeholder: 'Kies een afdeling' } },
    });
    const labels = wrapper.findAll('option').map((option) => option.element.textContent ?? '');
    expect(labels[0]).toBe('Kies een afdeling');
    const linde = labels.find((label) => label.trim() === 'De Linde')!;
    const beuk = labels.find((label) => label.trim() === 'Afdeling Beuk')!;
    expect(labels.indexOf(beuk)).toBeGreaterThan(labels.indexOf(linde));
    expect(beuk.length - beuk.trimStart().length).toBe(linde.length - linde.trimStart().length + 2);

    await chooseOption(wrapper.get('select'), 'De Linde');
    expect(wrapper.emitted('update:modelValue')).toEqual([[departmentIds.linde]]);
  });

  it('offers the placeholder as "none" only when it may be cleared', async () => {
    const { wrapper } = await mountInApp(DepartmentSelect, {
      mount: { props: { modelValue: departmentIds.eik, options, placeholder: 'Hele organisatie', showClear: true } },
    });
    expect(wrapper.get('option').attributes('disabled')).toBeUndefined();
    await wrapper.get('select').setValue('');
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]]);

    await wrapper.setProps({ showClear: false });
    expect(wrapper.get('option').attributes('disabled')).toBeDefined();
  });
});
