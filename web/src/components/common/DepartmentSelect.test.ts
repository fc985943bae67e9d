import TreeSelect from 'primevue/treeselect';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { buildDepartmentTree } from '../../lib/departmentTree.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments } from '../../test/fixtures.ts';
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

    expect(wrapper.find('label').attributes('for')).toBe('some-department');
    expect(wrapper.find('#some-department').exists()).toBe(true);
    expect(wrapper.find('[data-testid="some-department"]').find('#some-department').exists()).toBe(true);
  });

  it('turns the selection keys into one department id', async () => {
    const { wrapper } = await mountInApp(DepartmentSelect, { mount: { props: { modelValue: null, options } } });
    const tree = wrapper.findComponent(TreeSelect);

    expect(tree.props('modelValue')).toBeNull();
    tree.vm.$emit('update:modelValue', { [departmentIds.linde]: true });
    tree.vm.$emit('update:modelValue', null);

    expect(wrapper.emitted('update:modelValue')).toEqual([[departmentIds.linde], [null]]);
  });

  it('shows the chosen id as a selection key', async () => {
    const { wrapper } = await mountInApp(DepartmentSelect, {
      mount: { props: { modelValue: departmentIds.eik, options } },
    });

    expect(wrapper.findComponent(TreeSelect).props('modelValue')).toEqual({ [departmentIds.eik]: true });
  });
});
