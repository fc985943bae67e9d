import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as coverageApi from '../api/coverage.ts';
import { ApiError } from '../api/http.ts';
import { coverage, coverageGap, departmentIds } from '../test/fixtures.ts';
import { useReportStore } from './report.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/coverage.ts');
const api = vi.mocked(coverageApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.getCoverage.mockResolvedValue(coverage());
  api.getCoverageGaps.mockResolvedValue({ items: [coverageGap()], total: 31 });
});

describe('report store', () => {
  it('reads the matrix and the twenty worst gaps, with every branch open for paper', async () => {
    const store = useReportStore();

    await store.load();

    expect(api.getCoverage).toHaveBeenCalledWith({});
    expect(api.getCoverageGaps).toHaveBeenCalledWith({ limit: 20 });
    expect(store.rows.map((row) => row.department.name)).toEqual([
      'Raad van Bestuur',
      'Wonen en Zorg',
      'De Linde',
      'Afdeling Beuk',
      'Afdeling Eik',
    ]);
    expect(store.gapsTotal).toBe(31);
    expect(store.generatedAt).toBeInstanceOf(Date);
    expect(store.scope).toBeNull();
  });

  it('narrows the report to a subtree and names it', async () => {
    const store = useReportStore();

    await store.load(departmentIds.linde);

    expect(api.getCoverage).toHaveBeenCalledWith({ departmentId: departmentIds.linde });
    expect(api.getCoverageGaps).toHaveBeenCalledWith({ departmentId: departmentIds.linde, limit: 20 });
    expect(store.scope?.path).toBe('Wonen en Zorg / De Linde');
  });

  it('downloads the CSV of the subtree the report shows', async () => {
    const file = { blob: new Blob(['x']), filename: 'dekking-zorggroep-horizon.csv' };
    api.downloadCoverageCsv.mockResolvedValue(file);
    const store = useReportStore();
    await store.load(departmentIds.linde);

    expect(await store.downloadCsv()).toBe(file);
    expect(api.downloadCoverageCsv).toHaveBeenCalledWith({ departmentId: departmentIds.linde });
    expect(store.downloading).toBe(false);
  });

  it('keeps the error when the report cannot be loaded', async () => {
    api.getCoverageGaps.mockRejectedValue(new ApiError({ status: 403, code: 'forbidden' }));
    const store = useReportStore();

    await store.load();

    expect(store.error?.code).toBe('forbidden');
    expect(store.loaded).toBe(false);
  });
});
