import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as departmentsApi from '../../api/departments.ts';
import { ApiError } from '../../api/http.ts';
import * as reportsApi from '../../api/training-reports.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, layerIds, meFor } from '../../test/fixtures.ts';
import { trainingCoverage } from '../../test/trainingReportFixtures.ts';
import TrainingCoverageView from './TrainingCoverageView.vue';

vi.mock('../../api/departments.ts');
vi.mock('../../api/training-reports.ts');
const api = vi.mocked(reportsApi);

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  api.getTrainingCoverage.mockResolvedValue(trainingCoverage());
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' = 'admin', path = '/training/coverage') {
  const mounted = await mountInApp(TrainingCoverageView, { me: meFor(role), path });
  await flushPromises();
  return mounted;
}

/** The text of an element without what is hidden from assistive technology. */
function accessibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

const cell = (departmentId: string, layerId: string) => `[data-testid="training-cell-${departmentId}-${layerId}"]`;

describe('TrainingCoverageView', () => {
  it('shows the totals above the matrix', async () => {
    const { wrapper } = await mountView();

    const totals = wrapper.find('[data-testid="training-coverage-totals"]');
    expect(totals.find('[data-testid="training-total-employees"]').text()).toBe('73');
    expect(totals.find('[data-testid="training-total-trained"]').text()).toBe('11');
    expect(totals.find('[data-testid="training-total-pct"]').text()).toBe('15,1%');
    expect(totals.find('[data-testid="training-total-trainers"]').text()).toBe('2');
  });

  it('shows a cell as trained / employees with a percentage, an icon and words, not colour alone', async () => {
    const { wrapper } = await mountView();
    const matrix = wrapper.find('[data-testid="training-coverage-matrix"]');
    await matrix.find(`[data-testid="matrix-toggle-${departmentIds.linde}"]`).trigger('click');

    const partly = matrix.find(cell(departmentIds.beuk, layerIds.zorg));
    expect(partly.find('.training-cell__numbers').text()).toBe('9 / 45');
    expect(partly.find('.training-cell__pct').text()).toBe('20%');
    expect(partly.find('.training-cell__icon').text()).toBe('◐');
    expect(accessibleText(partly.element)).toBe('9 van 45 getraind (20%), deels getraind');
    expect(partly.element.closest('.matrix__cell')!.classList).toContain('matrix__cell--under');
    // Nothing to open behind a training cell.
    expect(partly.element.closest('button')).toBeNull();

    const nobody = matrix.find(cell(departmentIds.eik, layerIds.zorg));
    expect(nobody.find('.training-cell__icon').text()).toBe('✕');
    expect(accessibleText(nobody.element)).toContain('nog niemand getraind');
    expect(nobody.element.closest('.matrix__cell')!.classList).toContain('matrix__cell--uncovered');

    const everyone = matrix.find(cell(departmentIds.linde, layerIds.teamleiding));
    expect(everyone.find('.training-cell__icon').text()).toBe('✓');
    expect(accessibleText(everyone.element)).toContain('iedereen getraind');

    // No employees in Beuk × Bestuur: a dash that says so.
    const beukRow = matrix.find(`[data-testid="matrix-row-${departmentIds.beuk}"]`);
    expect(accessibleText(beukRow.findAll('td')[0]!.element)).toBe('geen medewerkers');
    expect(beukRow.find('.matrix__summary').text()).toContain('9 / 45');
    expect(wrapper.find('[data-testid="training-matrix-total"]').text()).toBe('11 / 73');
    expect(wrapper.find('[data-testid="coverage-legend"]').text()).toContain('Deels getraind');
  });

  it('lists the departments without a certified trainer with their employees', async () => {
    const { wrapper } = await mountView();

    const list = wrapper.find('[data-testid="departments-without-trainer"]');
    expect(list.find('h3').text()).toBe('Afdelingen zonder gecertificeerde trainer');
    expect(list.findAll('li').map((item) => item.text().replace(/\s+/g, ' '))).toEqual([
      'Raad van Bestuur, 6 medewerkers',
      'Wonen en Zorg / De Linde / Afdeling Eik, 20 medewerkers',
    ]);
  });

  it('says so when every department has a trainer', async () => {
    api.getTrainingCoverage.mockResolvedValue(trainingCoverage({ departmentsWithoutTrainer: [] }));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="without-trainer-none"]').text()).toContain(
      'Elke afdeling met medewerkers heeft een gecertificeerde trainer.',
    );
  });

  it('narrows the matrix to the department in the address, for HR too', async () => {
    const { wrapper } = await mountView('hr', `/training/coverage?departmentId=${departmentIds.linde}`);

    expect(api.getTrainingCoverage).toHaveBeenCalledWith({ departmentId: departmentIds.linde });
    expect(wrapper.find('[data-testid="training-coverage-matrix"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="training-coverage-matrix"] button.matrix__cell').exists()).toBe(false);
  });

  it('reads the subtree again when the department in the address changes', async () => {
    const { router } = await mountView();

    await router.replace({ query: { departmentId: departmentIds.beuk } });
    await flushPromises();

    expect(api.getTrainingCoverage).toHaveBeenLastCalledWith({ departmentId: departmentIds.beuk });
  });

  it('offers to try again when the coverage cannot be loaded', async () => {
    api.getTrainingCoverage.mockRejectedValueOnce(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('De trainingsdekking kon niet worden geladen.');
    await wrapper.find('[data-testid="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="training-coverage-matrix"]').exists()).toBe(true);
  });
});
