import { afterEach, describe, expect, it } from 'vitest';
import { buildDepartmentTree } from '../../lib/departmentTree.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments } from '../../test/fixtures.ts';
import AudienceDepartmentsSelect from './AudienceDepartmentsSelect.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const options = buildDepartmentTree(departments);

async function mountPicker(modelValue: string[]) {
  const { wrapper } = await mountInApp(AudienceDepartmentsSelect, {
    mount: {
      props: { modelValue, options, inputId: 'plan-departments', placeholder: 'Alle afdelingen' },
      attrs: { class: 'w-full', 'data-testid': 'plan-departments', 'aria-describedby': 'plan-hint' },
    },
  });
  return wrapper;
}

describe('AudienceDepartmentsSelect', () => {
  it('names the chosen departments, or says what none means', async () => {
    const none = await mountPicker([]);
    expect(none.get('.checklist__chosen').text()).toBe('Alle afdelingen');
    const some = await mountPicker([departmentIds.beuk, departmentIds.linde]);
    expect(some.get('.checklist__chosen').text()).toBe('De Linde, Afdeling Beuk');
  });

  it('adds a ticked department and drops an unticked one', async () => {
    const wrapper = await mountPicker([departmentIds.beuk]);
    await wrapper.get(`[data-testid="checklist-option-${departmentIds.eik}"]`).setValue(true);
    await wrapper.get(`[data-testid="checklist-option-${departmentIds.beuk}"]`).setValue(false);
    expect(wrapper.emitted('update:modelValue')).toEqual([
      [[departmentIds.beuk, departmentIds.eik]],
      [[departmentIds.eik]],
    ]);
  });

  it('narrows the list to a search, with the way there, and says when nothing matches', async () => {
    const wrapper = await mountPicker([]);
    const search = wrapper.get('#plan-departments');
    expect(search.attributes('aria-describedby')).toBe('plan-hint');
    expect(wrapper.attributes('data-testid')).toBe('plan-departments');
    await search.setValue('beuk');
    const shown = wrapper.findAll('.checklist__option').map((option) => option.text());
    expect(shown).toContain('Afdeling Beuk');
    expect(shown).toContain('De Linde');
    expect(shown).not.toContain('Afdeling Eik');
    await search.setValue('zzz');
    expect(wrapper.findAll('.checklist__option')).toHaveLength(0);
    expect(wrapper.get('.checklist__list').text()).toContain('zzz');
  });
});
