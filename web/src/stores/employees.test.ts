import type { EmployeeList } from '@ambassador/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import * as employeesApi from '../api/employees.ts';
import { ApiError } from '../api/http.ts';
import { departmentIds, employee, layers, meFor } from '../test/fixtures.ts';
import { useAuthStore } from './auth.ts';
import { useEmployeesStore } from './employees.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/employees.ts');
const api = vi.mocked(employeesApi);

function page(total = 1, items = [employee()]): EmployeeList {
  return { items, total, nextCursor: null };
}

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.listEmployees.mockResolvedValue(page(130));
});

describe('employees store', () => {
  it('asks for the first page of active employees by name by default', async () => {
    const store = useEmployeesStore();

    await store.load();

    expect(api.listEmployees).toHaveBeenCalledWith(
      { limit: 25, offset: 0, status: 'active', sort: 'name', order: 'asc' },
      expect.any(AbortSignal),
    );
    expect(store.total).toBe(130);
    expect(store.loaded).toBe(true);
  });

  it('turns the filters into query parameters and leaves out empty ones', async () => {
    const store = useEmployeesStore();

    await store.setFilters({ q: '  scheerder ', departmentId: departmentIds.linde, layerId: layers[3]!.id });
    await store.setFilters({ status: 'all' });

    expect(api.listEmployees).toHaveBeenNthCalledWith(
      1,
      {
        limit: 25,
        offset: 0,
        q: 'scheerder',
        departmentId: departmentIds.linde,
        layerId: layers[3]!.id,
        status: 'active',
        sort: 'name',
        order: 'asc',
      },
      expect.any(AbortSignal),
    );
    const last = api.listEmployees.mock.calls[1]![0];
    expect(last).not.toHaveProperty('status');
    expect(store.filtered).toBe(true);
  });

  it('pages with offset and limit, and starts at the first page when a filter changes', async () => {
    const store = useEmployeesStore();

    await store.setPage(50, 25);
    expect(api.listEmployees.mock.calls[0]![0]).toMatchObject({ limit: 25, offset: 50 });

    await store.setFilters({ layerId: layers[0]!.id });
    expect(api.listEmployees.mock.calls[1]![0]).toMatchObject({ offset: 0, layerId: layers[0]!.id });
  });

  it('keeps the first row in view when the page size grows', async () => {
    const store = useEmployeesStore();

    await store.setPage(75, 50);

    expect(api.listEmployees.mock.calls[0]![0]).toMatchObject({ limit: 50, offset: 50 });
  });

  it('sorts on the server and starts again at the first page', async () => {
    const store = useEmployeesStore();
    await store.setPage(25, 25);

    await store.setSort('department', 'desc');

    expect(api.listEmployees.mock.calls[1]![0]).toMatchObject({ offset: 0, sort: 'department', order: 'desc' });
  });

  it('keeps the newest answer when an older one arrives later', async () => {
    let answerOld: (value: EmployeeList) => void = () => undefined;
    api.listEmployees
      .mockImplementationOnce(
        (_query, signal) =>
          new Promise((resolve, reject) => {
            answerOld = resolve;
            signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      )
      .mockResolvedValueOnce(page(1, [employee({ name: 'Sanne Scheerder' })]));
    const store = useEmployeesStore();

    const older = store.setFilters({ q: 'mo' });
    await store.setFilters({ q: 'sanne' });
    answerOld(page(1, [employee()]));
    await older;

    expect(store.items.map((item) => item.name)).toEqual(['Sanne Scheerder']);
    expect(store.error).toBeNull();
  });

  it('keeps the error when a page cannot be loaded', async () => {
    api.listEmployees.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const store = useEmployeesStore();

    await store.load();

    expect(store.error?.code).toBe('network_error');
    expect(store.loading).toBe(false);
  });

  it('forgets filters and rows when another account logs in', async () => {
    const store = useEmployeesStore();
    await store.setFilters({ q: 'scheerder' });

    useAuthStore().user = meFor('hr', '6f1c2d3e-0000-4000-8000-0000000000d1').user;
    await nextTick();

    expect(store.items).toEqual([]);
    expect(store.filters.q).toBe('');
    expect(store.loaded).toBe(false);
  });
});
