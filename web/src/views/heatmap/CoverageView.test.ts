import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as coverageApi from '../../api/coverage.ts';
import * as departmentsApi from '../../api/departments.ts';
import * as employeesApi from '../../api/employees.ts';
import * as organisationApi from '../../api/organisation.ts';
import { mountInApp } from '../../test/app.ts';
import {
  ambassadorDetail,
  coverage,
  coverageGap,
  departmentIds,
  departments,
  employee,
  layerIds,
  meFor,
  organisation,
} from '../../test/fixtures.ts';
import { useCoverageStore } from '../../stores/coverage.ts';
import CoverageView from './CoverageView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/coverage.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/employees.ts');
vi.mock('../../api/organisation.ts');
const coverageMock = vi.mocked(coverageApi);
const ambassadors = vi.mocked(ambassadorsApi);

beforeEach(() => {
  vi.resetAllMocks();
  coverageMock.getCoverage.mockResolvedValue(coverage());
  coverageMock.getCoverageHistory.mockResolvedValue({ items: [] });
  coverageMock.getCoverageGaps.mockResolvedValue({ items: [coverageGap()], total: 1 });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(employeesApi).listEmployees.mockResolvedValue({ items: [employee()], total: 1, nextCursor: null });
  ambassadors.listAmbassadors.mockResolvedValue({ items: [], total: 0, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(CoverageView, { me: meFor(role), path: '/coverage' });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

/** The text of an element without what is hidden from assistive technology. */
function accessibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

async function openBeukZorg(wrapper: Wrapper) {
  await wrapper.find(`[data-testid="matrix-toggle-${departmentIds.linde}"]`).trigger('click');
  await wrapper.find(`[data-testid="coverage-cell-${departmentIds.beuk}-${layerIds.zorg}"]`).trigger('click');
  await flushPromises();
  return document.querySelector<HTMLElement>('[data-testid="cell-panel"]')!;
}

describe('CoverageView', () => {
  it('shows the totals on top', async () => {
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="coverage-total-cells"]').text()).toBe('1 / 4');
    expect(wrapper.find('[data-testid="coverage-total-employees"]').text()).toBe('2,7%');
    expect(wrapper.find('[data-testid="coverage-total-ambassadors"]').text()).toBe('2 / 6');
  });

  it('shows a cell under target as “1 / 3” with its icon and words, not colour alone', async () => {
    const { wrapper } = await mountView();
    await wrapper.find(`[data-testid="matrix-toggle-${departmentIds.linde}"]`).trigger('click');

    const cell = wrapper.find(`[data-testid="coverage-cell-${departmentIds.beuk}-${layerIds.zorg}"]`);
    expect(cell.element.tagName).toBe('BUTTON');
    expect(cell.find('.cell-value__numbers').text()).toBe('1 / 3');
    expect(cell.find('.cell-value__icon').text()).toBe('◐');
    expect(cell.find('.cell-value__icon').attributes('aria-hidden')).toBe('true');
    // What a screen reader says: the icon is hidden, the words are not.
    expect(accessibleText(cell.element)).toBe('Afdeling Beuk, Zorg en behandeling: 1 / 3, onder doel');
    expect(cell.classes()).toContain('matrix__cell--under');
    // No employees in Beuk × Bestuur: a dash, no button.
    const beukRow = wrapper.find(`[data-testid="matrix-row-${departmentIds.beuk}"]`);
    const empty = beukRow.findAll('td')[0]!;
    expect(empty.find('button').exists()).toBe(false);
    expect(empty.text()).toBe('–geen medewerkers');
    expect(accessibleText(empty.element)).toBe('geen medewerkers');
  });

  it('folds a department with sub-departments with a button that says what it does', async () => {
    const { wrapper } = await mountView();

    const toggle = wrapper.find(`[data-testid="matrix-toggle-${departmentIds.linde}"]`);
    expect(toggle.attributes('aria-label')).toBe('De Linde uitklappen');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(wrapper.find(`[data-testid="matrix-row-${departmentIds.beuk}"]`).exists()).toBe(false);
    await toggle.trigger('click');
    expect(wrapper.find(`[data-testid="matrix-row-${departmentIds.beuk}"]`).exists()).toBe(true);
    expect(toggle.attributes('aria-expanded')).toBe('true');
  });

  it('opens a side panel with the suggestions of the cell, and adds one as a candidate', async () => {
    ambassadors.createAmbassador.mockResolvedValue(ambassadorDetail());
    const { wrapper } = await mountView();

    const panel = await openBeukZorg(wrapper);

    expect(panel.tagName).toBe('DIALOG');
    const title = document.getElementById(panel.getAttribute('aria-labelledby')!)!;
    expect(title.tagName).toBe('H2');
    expect(title.textContent).toContain('Afdeling Beuk · Zorg en behandeling');
    const suggestions = panel.querySelector('[data-testid="cell-panel-suggestions"]')!;
    expect(suggestions.textContent).toContain('Fatima el Amrani');
    expect(suggestions.textContent).toContain('Teamleider: bereikt het hele team');
    expect(panel.querySelector('[data-testid="cell-panel-employees"]')!.textContent).toContain('Mohamed Scheerder');

    const add = panel.querySelector<HTMLButtonElement>(
      `[data-testid="add-candidate-${coverageGap().suggestions[0]!.employeeId}"]`,
    )!;
    expect(add.textContent).toContain('Als kandidaat toevoegen');
    add.click();
    await flushPromises();

    expect(ambassadors.createAmbassador).toHaveBeenCalledWith({
      employeeId: coverageGap().suggestions[0]!.employeeId,
      source: 'recruited',
    });
    // The matrix is read again.
    expect(coverageMock.getCoverage).toHaveBeenCalledTimes(2);
  });

  it('lets HR read everything without buttons to add candidates or change the target', async () => {
    const { wrapper } = await mountView('hr');

    expect(wrapper.find('[data-testid="coverage-target"]').text()).toContain('1 ambassadeur per 100 medewerkers');
    expect(wrapper.find('[data-testid="coverage-target-edit"]').exists()).toBe(false);
    const panel = await openBeukZorg(wrapper);
    expect(panel.querySelector('[data-testid="cell-panel-suggestions"]')!.textContent).toContain('Fatima el Amrani');
    expect(panel.querySelectorAll('[data-testid^="add-candidate-"]')).toHaveLength(0);
    expect(panel.textContent).not.toContain('Als kandidaat toevoegen');
  });

  it('lets an admin change the coverage target inline and reads the matrix again', async () => {
    vi.mocked(organisationApi).updateOrganisation.mockResolvedValue({
      ...organisation,
      coverageTarget: { perEmployees: 50, minPerCell: 1 },
    });
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="coverage-target-edit"]').trigger('click');
    await wrapper.find('#target-per-employees').setValue('50');
    await wrapper.find('[data-testid="coverage-target-form"]').trigger('submit');
    await flushPromises();

    expect(organisationApi.updateOrganisation).toHaveBeenCalledWith({
      coverageTarget: { perEmployees: 50, minPerCell: 1 },
    });
    expect(coverageMock.getCoverage).toHaveBeenCalledTimes(2);
  });

  it('links to the printable report of the subtree it shows', async () => {
    const { wrapper } = await mountView();
    expect(wrapper.find('[data-testid="coverage-report-link"]').attributes('href')).toBe('/reports/coverage');

    await useCoverageStore().setDepartment(departmentIds.linde);
    await flushPromises();

    expect(coverageMock.getCoverage).toHaveBeenLastCalledWith({ departmentId: departmentIds.linde });
    expect(wrapper.find('[data-testid="coverage-report-link"]').attributes('href')).toBe(
      `/reports/coverage?departmentId=${departmentIds.linde}`,
    );
  });

  it('invites an admin to import employees when there are none', async () => {
    coverageMock.getCoverage.mockResolvedValue(
      coverage({ cells: [], departments: [], totals: coverage().totals && { ...coverage().totals, employees: 0 } }),
    );
    const { wrapper } = await mountView();

    const empty = wrapper.find('[data-testid="coverage-empty"]');
    expect(empty.text()).toContain('Importeer eerst de medewerkerslijst');
    expect(empty.find('a[href="/organisation/import"]').exists()).toBe(true);
  });

  it('shows a parent department the sums of its sub-departments instead of “no employees”', async () => {
    const { wrapper } = await mountView();

    const rolledUp = wrapper.find(`[data-testid="coverage-rolled-up-${departmentIds.wonen}-${layerIds.zorg}"]`);
    expect(accessibleText(rolledUp.element)).toBe('1 / 4 opgeteld over de subafdelingen');
    expect(rolledUp.text()).toContain('opgeteld over de subafdelingen');
    expect(
      wrapper.find(`[data-testid="coverage-rolled-up-${departmentIds.wonen}-${layerIds.teamleiding}"]`).text(),
    ).toContain('1 / 1');
    expect(wrapper.find('[data-testid="coverage-legend-rule"]').text()).toContain('1 ambassadeur per 100 medewerkers');
  });

  it('explains which rule sets a cell target, and shows the organisation-wide ratio next to the sum of targets', async () => {
    coverageMock.getCoverage.mockResolvedValue(coverage({ target: { perEmployees: 100, minPerCell: 2 } }));
    const { wrapper } = await mountView();
    await wrapper.find(`[data-testid="matrix-toggle-${departmentIds.linde}"]`).trigger('click');

    const eik = wrapper.find(`[data-testid="coverage-cell-${departmentIds.eik}-${layerIds.zorg}"]`);
    expect(eik.attributes('title')).toContain('het minimum per cel is 2');
    expect(wrapper.find('[data-testid="coverage-target-explained"]').text()).toContain('In 4 cellen is het minimum');
    expect(wrapper.find('[data-testid="coverage-org-ratio"]').text()).toBe(
      'Organisatiebreed 1 per 100 (1%): 2 / 1 van 73 medewerkers.',
    );
  });
});
