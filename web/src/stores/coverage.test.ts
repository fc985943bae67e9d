import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as coverageApi from '../api/coverage.ts';
import { ApiError } from '../api/http.ts';
import { coverage, coverageLayers, departmentIds, layerIds, totals } from '../test/fixtures.ts';
import { useCoverageStore } from './coverage.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/coverage.ts');
const api = vi.mocked(coverageApi);

const shownNames = (store: ReturnType<typeof useCoverageStore>) =>
  store.rows.map((row) => `${'  '.repeat(row.depth)}${row.department.name}`);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.getCoverage.mockResolvedValue(coverage());
  api.getCoverageHistory.mockResolvedValue({ items: [] });
});

describe('coverage store', () => {
  it('finds a cell by department and layer, and none where nobody works', async () => {
    const store = useCoverageStore();

    await store.load();

    expect(store.cellAt(departmentIds.beuk, layerIds.zorg)).toMatchObject({
      ambassadors: 1,
      target: 3,
      status: 'under',
    });
    expect(store.cellAt(departmentIds.beuk, layerIds.bestuur)).toBeNull();
    expect(store.cellLookup.size).toBe(4);
  });

  it('puts the layers in rank order, whatever order they arrive in', async () => {
    api.getCoverage.mockResolvedValue(coverage({ layers: [...coverageLayers].reverse() }));
    const store = useCoverageStore();

    await store.load();

    expect(store.layers.map((layer) => layer.name)).toEqual([
      'Bestuur en directie',
      'Management',
      'Teamleiding',
      'Zorg en behandeling',
    ]);
  });

  it('opens the first level at first and folds and unfolds branches', async () => {
    const store = useCoverageStore();
    await store.load();

    expect(shownNames(store)).toEqual(['Raad van Bestuur', 'Wonen en Zorg', '  De Linde']);
    expect(store.rows.find((row) => row.department.id === departmentIds.linde)).toMatchObject({
      hasChildren: true,
      expanded: false,
    });

    store.toggle(departmentIds.linde);
    expect(shownNames(store)).toEqual([
      'Raad van Bestuur',
      'Wonen en Zorg',
      '  De Linde',
      '    Afdeling Beuk',
      '    Afdeling Eik',
    ]);

    store.collapse(departmentIds.wonen);
    expect(shownNames(store)).toEqual(['Raad van Bestuur', 'Wonen en Zorg']);

    store.expandAll();
    expect(store.rows).toHaveLength(5);
    store.collapseAll();
    expect(shownNames(store)).toEqual(['Raad van Bestuur', 'Wonen en Zorg']);
  });

  it('keeps the open branches when the numbers are reloaded', async () => {
    const store = useCoverageStore();
    await store.load();
    store.expandAll();

    await store.load();

    expect(store.rows).toHaveLength(5);
  });

  it('asks for a subtree with departmentId and starts with its top open', async () => {
    const store = useCoverageStore();
    await store.load();
    const subtree = coverage();
    api.getCoverage.mockResolvedValue({
      ...subtree,
      totals: totals({ employees: 67, cells: 3 }),
      departments: subtree.departments.filter((department) => department.id !== departmentIds.raad).slice(1),
    });

    await store.setDepartment(departmentIds.linde);

    expect(api.getCoverage).toHaveBeenLastCalledWith({ departmentId: departmentIds.linde });
    expect(shownNames(store)).toEqual(['De Linde', '  Afdeling Beuk', '  Afdeling Eik']);
    expect(store.coverage?.totals.employees).toBe(67);

    await store.setDepartment(null);
    expect(api.getCoverage).toHaveBeenLastCalledWith({});
  });

  it('loads the trend oldest first and keeps the matrix when only the trend fails', async () => {
    api.getCoverageHistory.mockResolvedValueOnce({
      items: [
        { date: '2025-03-02', totals: totals({ coveragePct: 10 }) },
        { date: '2025-03-01', totals: totals({ coveragePct: 5 }) },
      ],
    });
    const store = useCoverageStore();

    await store.load();
    expect(store.history.map((item) => item.date)).toEqual(['2025-03-01', '2025-03-02']);

    api.getCoverageHistory.mockRejectedValueOnce(new ApiError({ status: 503, code: 'database_unavailable' }));
    await store.load();
    expect(store.historyError?.code).toBe('database_unavailable');
    expect(store.error).toBeNull();
    expect(store.loaded).toBe(true);
  });

  it('keeps the error when the matrix cannot be loaded', async () => {
    api.getCoverage.mockRejectedValue(new ApiError({ status: 403, code: 'forbidden' }));
    const store = useCoverageStore();

    await store.load();

    expect(store.error?.code).toBe('forbidden');
    expect(store.loaded).toBe(false);
  });
});
