import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as coverageApi from '../../api/coverage.ts';
import { mountInApp } from '../../test/app.ts';
import { coverage, coverageGap, departmentIds, meFor } from '../../test/fixtures.ts';
import CoverageReportView from './CoverageReportView.vue';

vi.mock('../../api/coverage.ts');
const api = vi.mocked(coverageApi);

beforeEach(() => {
  vi.resetAllMocks();
  api.getCoverage.mockResolvedValue(coverage());
  api.getCoverageGaps.mockResolvedValue({ items: [coverageGap()], total: 3 });
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

async function mountView(path = '/reports/coverage') {
  const mounted = await mountInApp(CoverageReportView, { me: meFor('hr'), path });
  await flushPromises();
  return mounted;
}

describe('CoverageReportView', () => {
  it('prints the organisation, the totals, the whole matrix and the worst gaps', async () => {
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="report-organisation"]').text()).toBe('Zorggroep Horizon');
    expect(wrapper.find('h1').text()).toBe('Dekkingsrapport');
    expect(wrapper.text()).toContain('Hele organisatie');
    expect(wrapper.find('[data-testid="coverage-total-cells"]').text()).toBe('1 / 4');
    // Every branch is open on paper and nothing is a button.
    const matrix = wrapper.find('[data-testid="coverage-matrix"]');
    expect(matrix.findAll('tbody tr')).toHaveLength(5);
    expect(matrix.find('button').exists()).toBe(false);
    const gaps = wrapper.find('[data-testid="gap-table"]');
    expect(gaps.find('tbody tr').text()).toContain('Wonen en Zorg / De Linde / Afdeling Beuk');
    expect(gaps.find('tbody tr').text()).toContain('Fatima el Amrani, Joost de Wit');
    expect(wrapper.text()).toContain('En nog 2 andere cellen onder doel');
  });

  it('narrows to the subtree in the address and prints on request', async () => {
    // happy-dom has no print dialog.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { wrapper } = await mountView(`/reports/coverage?departmentId=${departmentIds.linde}`);

    expect(api.getCoverage).toHaveBeenCalledWith({ departmentId: departmentIds.linde });
    expect(wrapper.text()).toContain('Afdeling: Wonen en Zorg / De Linde');
    await wrapper.find('[data-testid="report-print"]').trigger('click');
    expect(print).toHaveBeenCalled();
  });
});
