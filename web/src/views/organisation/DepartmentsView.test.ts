import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import ToastRegion from '../../components/common/ToastRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as departmentsApi from '../../api/departments.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, meFor } from '../../test/fixtures.ts';
import DepartmentsView from './DepartmentsView.vue';

vi.mock('../../api/departments.ts');
const api = vi.mocked(departmentsApi);

/** Names of the rows the tree shows, top to bottom. */
function visibleNames(): string[] {
  return [...document.body.querySelectorAll('[data-testid^="department-name-"]')].map((el) => el.textContent!.trim());
}

/** Unmounted after each test: a ConfirmRegion left mounted would answer the next test's confirmations too. */
let unmount: (() => void) | null = null;

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(
    {
      components: { DepartmentsView, ConfirmRegion, ToastRegion },
      template: '<DepartmentsView /><ConfirmRegion /><ToastRegion />',
    },
    { me: meFor(role), path: '/organisation/departments' },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listDepartments.mockResolvedValue({ items: departments });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

describe('DepartmentsView', () => {
  it('opens the first level and shows each department with its own and its subtree count', async () => {
    await mountView();

    expect(visibleNames()).toEqual(['Raad van Bestuur', 'Wonen en Zorg', 'De Linde', 'Het Baken', 'Ondersteuning']);
    const $ = (id: string) => document.body.querySelector(`[data-testid="${id}"]`)!.textContent!.trim();
    expect($(`department-own-${departmentIds.linde}`)).toBe('2');
    expect($(`department-subtree-${departmentIds.linde}`)).toBe('67');
  });

  it('filters the tree while typing, keeping the way to each match open', async () => {
    const { wrapper } = await mountView();

    await wrapper.find('#departments-search').setValue('beuk');

    expect(visibleNames()).toEqual(['Wonen en Zorg', 'De Linde', 'Afdeling Beuk']);
    expect(document.body.querySelector(`[data-testid="department-own-${departmentIds.beuk}"]`)!.textContent).toBe('45');

    await wrapper.find('#departments-search').setValue('xyz');
    expect(wrapper.find('[data-testid="departments-no-match"]').text()).toBe('Geen afdelingen gevonden voor “xyz”.');

    // Clearing the search brings back the tree as it was.
    await wrapper.find('#departments-search').setValue('');
    expect(visibleNames()).toHaveLength(5);
  });

  it('expands and collapses everything', async () => {
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="departments-expand-all"]').trigger('click');
    expect(visibleNames()).toHaveLength(7);

    await wrapper.find('[data-testid="departments-collapse-all"]').trigger('click');
    expect(visibleNames()).toEqual(['Raad van Bestuur', 'Wonen en Zorg', 'Ondersteuning']);
  });

  it('renames a department inline and shows a taken name next to the field', async () => {
    api.updateDepartment.mockRejectedValueOnce(new ApiError({ status: 409, code: 'department_name_taken' }));
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="department-edit-${departmentIds.linde}"]`).trigger('click');
    const name = wrapper.find(`#department-edit-${departmentIds.linde}-name`);
    await name.setValue('Het Baken');
    await wrapper.find('[data-testid="department-editor"]').trigger('submit');
    await flushPromises();

    expect(api.updateDepartment).toHaveBeenCalledWith(departmentIds.linde, { name: 'Het Baken' });
    expect(wrapper.find(`#department-edit-${departmentIds.linde}-name-error`).text()).toBe(
      'Er is al een afdeling met deze naam op deze plek in de boom.',
    );
  });

  it('refuses a name with a slash before asking the server', async () => {
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="department-edit-${departmentIds.linde}"]`).trigger('click');
    await wrapper.find(`#department-edit-${departmentIds.linde}-name`).setValue('De Linde / Oost');
    await wrapper.find('[data-testid="department-editor"]').trigger('submit');

    expect(api.updateDepartment).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('Een afdelingsnaam mag geen “/” bevatten.');
  });

  it('asks once before deleting and explains a department that is still in use', async () => {
    api.deleteDepartment.mockRejectedValue(new ApiError({ status: 409, code: 'department_in_use' }));
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="department-remove-${departmentIds.linde}"]`).trigger('click');
    await flushPromises();
    expect(api.deleteDepartment).not.toHaveBeenCalled();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    const accept = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Verwijderen');
    accept!.click();
    await flushPromises();

    expect(api.deleteDepartment).toHaveBeenCalledWith(departmentIds.linde);
    expect(visibleNames()).toContain('De Linde');
    const toast = document.body.querySelector('[data-testid="toast"]')!.textContent;
    expect(toast).toContain('De Linde is niet verwijderd.');
    expect(toast).toContain('Deze afdeling heeft nog subafdelingen of medewerkers');
  });

  it('shows HR the tree without any edit controls', async () => {
    const { wrapper } = await mountView('hr');

    expect(visibleNames()).toHaveLength(5);
    expect(wrapper.find('[data-testid^="department-edit-"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="department-add-root"]').exists()).toBe(false);
  });

  it('leads to the import when there are no departments yet', async () => {
    api.listDepartments.mockResolvedValue({ items: [] });
    const { wrapper } = await mountView();

    const empty = wrapper.find('[data-testid="departments-empty"]');
    expect(empty.text()).toContain('Nog geen afdelingen');
    expect(empty.find('a').attributes('href')).toBe('/organisation/import');
  });
});
