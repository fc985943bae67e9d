import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as departmentsApi from '../../api/departments.ts';
import * as employeesApi from '../../api/employees.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import { mountInApp } from '../../test/app.ts';
import { departments, employee, layers, meFor } from '../../test/fixtures.ts';
import EmployeesView from './EmployeesView.vue';

vi.mock('../../api/employees.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/layers.ts');
const api = vi.mocked(employeesApi);

function $(selector: string): HTMLElement | null {
  return document.body.querySelector(selector);
}

function setInput(selector: string, value: string): void {
  const input = $(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(EmployeesView, { me: meFor(role), path: '/organisation/employees' });
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(departmentsApi.listDepartments).mockResolvedValue({ items: departments });
  vi.mocked(layersApi.listLayers).mockResolvedValue({ items: layers });
  api.listEmployees.mockResolvedValue({ items: [employee()], total: 60, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('EmployeesView', () => {
  it('asks the server for page 2 with an offset', async () => {
    const { wrapper } = await mountView();
    expect(wrapper.find('[data-testid="employees-total"]').text()).toBe('60 medewerkers');

    await wrapper.find('[data-testid="paginator-next"]').trigger('click');
    await flushPromises();

    expect(api.listEmployees).toHaveBeenLastCalledWith(
      { limit: 25, offset: 25, status: 'active', sort: 'name', order: 'asc' },
      expect.any(AbortSignal),
    );
  });

  it('sorts on the server when a column header is clicked', async () => {
    const { wrapper } = await mountView();

    const header = wrapper.findAll('th').find((th) => th.text().includes('Afdeling'))!;
    await header.get('button').trigger('click');
    await flushPromises();

    expect(api.listEmployees.mock.calls.at(-1)![0]).toMatchObject({ sort: 'department', order: 'asc', offset: 0 });
  });

  it('searches after typing pauses', async () => {
    vi.useFakeTimers();
    const { wrapper } = await mountInApp(EmployeesView, { me: meFor('admin'), path: '/organisation/employees' });
    await vi.runAllTimersAsync();

    await wrapper.find('#employees-search').setValue('Scheerder');
    expect(api.listEmployees).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(400);

    expect(api.listEmployees.mock.calls.at(-1)![0]).toMatchObject({ q: 'Scheerder', offset: 0 });
  });

  it('shows the digital skill and status in Dutch', async () => {
    const { wrapper } = await mountView();

    const cells = wrapper.findAll('[data-testid="employees-table"] tbody tr td').map((cell) => cell.text());
    expect(cells).toEqual([
      '1030',
      'Mohamed Scheerder',
      'Wonen en Zorg / De Linde / Afdeling Beuk',
      'Zorg en behandeling',
      'Verzorgende IG',
      'De Linde',
      'Gemiddeld',
      'In dienst',
    ]);
  });

  it('opens an employee for editing and saves only what changed', async () => {
    api.updateEmployee.mockResolvedValue(employee({ jobTitle: 'Teamleider' }));
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="employee-open-${employee().id}"]`).trigger('click');
    await flushPromises();
    setInput('#employee-job-title', 'Teamleider');
    $('[data-testid="employee-form"]')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(api.updateEmployee).toHaveBeenCalledWith(employee().id, { jobTitle: 'Teamleider' });
  });

  it('shows a taken employee number next to the field', async () => {
    api.updateEmployee.mockRejectedValue(new ApiError({ status: 409, code: 'employee_number_taken' }));
    const { wrapper } = await mountView();
    await wrapper.find(`[data-testid="employee-open-${employee().id}"]`).trigger('click');
    await flushPromises();

    setInput('#employee-number', '1031');
    $('[data-testid="employee-form"]')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(api.updateEmployee).toHaveBeenCalledWith(employee().id, { employeeNumber: '1031' });
    expect($('[data-testid="employee-number-error"]')!.textContent).toContain(
      'Er is al een medewerker met dit personeelsnummer.',
    );
  });

  it('asks for a department and a layer before adding an employee', async () => {
    const { wrapper } = await mountView();
    await wrapper.find('[data-testid="employees-add"]').trigger('click');
    await flushPromises();

    setInput('#employee-number', '1200');
    setInput('#employee-name', 'Kees Scheerder');
    $('[data-testid="employee-form"]')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(api.createEmployee).not.toHaveBeenCalled();
    expect($('[data-testid="employee-department-error"]')!.textContent).toContain('Maak een keuze.');
    expect($('[data-testid="employee-layer-error"]')!.textContent).toContain('Maak een keuze.');
  });

  it('shows HR an employee read-only', async () => {
    const { wrapper } = await mountView('hr');

    expect(wrapper.find('[data-testid="employees-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="employees-export"]').exists()).toBe(true);
    await wrapper.find(`[data-testid="employee-open-${employee().id}"]`).trigger('click');
    await flushPromises();

    expect($('[data-testid="employee-details"]')!.textContent).toContain('Wonen en Zorg / De Linde / Afdeling Beuk');
    expect($('[data-testid="employee-form"]')).toBeNull();
  });

  it('leads to the import when there are no employees yet', async () => {
    api.listEmployees.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await mountView();

    const empty = wrapper.find('[data-testid="employees-empty"]');
    expect(empty.text()).toContain('Nog geen medewerkers — importeer een HR-export.');
    expect(empty.find('a').attributes('href')).toBe('/organisation/import');
  });

  it('downloads the export with the file name the server gives', async () => {
    api.exportEmployees.mockResolvedValue({
      blob: new Blob(['employee_number;name\n'], { type: 'text/csv' }),
      filename: 'medewerkers-zorggroep-horizon-2025-03-01.csv',
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="employees-export"]').trigger('click');
    await flushPromises();

    expect(clicked).toEqual(['medewerkers-zorggroep-horizon-2025-03-01.csv']);
  });
});
