import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as departmentsApi from '../api/departments.ts';
import { ApiError } from '../api/http.ts';
import type { DepartmentNode } from '../lib/departmentTree.ts';
import { departmentIds, departments } from '../test/fixtures.ts';
import { useDepartmentsStore } from './departments.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/departments.ts');
const api = vi.mocked(departmentsApi);

/** The tree as indented names, so a failing test shows the shape. */
function outline(nodes: DepartmentNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.data.name}`, ...outline(node.children, depth + 1)]);
}

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.listDepartments.mockResolvedValue({ items: departments });
});

describe('departments store', () => {
  it('builds the tree from the flat list by parent, keeping the order of siblings', async () => {
    const store = useDepartmentsStore();

    await store.load();

    expect(outline(store.tree)).toEqual([
      'Raad van Bestuur',
      'Wonen en Zorg',
      '  De Linde',
      '    Afdeling Beuk',
      '    Afdeling Eik',
      '  Het Baken',
      'Ondersteuning',
    ]);
    expect(store.tree[1]?.leaf).toBe(false);
    expect(store.tree[0]?.leaf).toBe(true);
  });

  it('keeps a department whose parent is missing from the list as a root', async () => {
    api.listDepartments.mockResolvedValue({ items: departments.filter((d) => d.id !== departmentIds.wonen) });
    const store = useDepartmentsStore();

    await store.load();

    expect(store.tree.map((node) => node.data.name)).toEqual([
      'Raad van Bestuur',
      'De Linde',
      'Het Baken',
      'Ondersteuning',
    ]);
  });

  it('keeps the ancestors of a search match and leaves out everything else', async () => {
    const store = useDepartmentsStore();
    await store.load();

    store.search('beuk');

    expect(outline(store.visibleTree)).toEqual(['Wonen en Zorg', '  De Linde', '    Afdeling Beuk']);
    // The full tree is untouched.
    expect(outline(store.tree)).toHaveLength(7);
  });

  it('finds departments by code and ignores accents and case', async () => {
    const store = useDepartmentsStore();
    await store.load();

    store.search('kp-104');
    expect(outline(store.visibleTree)).toEqual(['Wonen en Zorg', '  De Linde', '    Afdeling Beuk']);

    store.search('ÉIK');
    expect(outline(store.visibleTree)).toEqual(['Wonen en Zorg', '  De Linde', '    Afdeling Eik']);
  });

  it('shows what a matching department holds', async () => {
    const store = useDepartmentsStore();
    await store.load();

    store.search('linde');

    expect(outline(store.visibleTree)).toEqual([
      'Wonen en Zorg',
      '  De Linde',
      '    Afdeling Beuk',
      '    Afdeling Eik',
    ]);
  });

  it('reloads the list after a move, so paths and counts follow the server', async () => {
    const store = useDepartmentsStore();
    await store.load();
    api.updateDepartment.mockResolvedValue({ ...departments[3]!, parentId: null, path: 'Afdeling Beuk' });

    await store.move(departmentIds.beuk, null);

    expect(api.updateDepartment).toHaveBeenCalledWith(departmentIds.beuk, { parentId: null });
    expect(api.listDepartments).toHaveBeenCalledTimes(2);
  });

  it('passes a refused delete on and keeps the list', async () => {
    const store = useDepartmentsStore();
    await store.load();
    api.deleteDepartment.mockRejectedValue(new ApiError({ status: 409, code: 'department_in_use' }));

    await expect(store.remove(departmentIds.linde)).rejects.toMatchObject({ code: 'department_in_use' });

    expect(store.items).toHaveLength(7);
  });

  it('keeps the error when the list cannot be loaded', async () => {
    api.listDepartments.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const store = useDepartmentsStore();

    await store.load();

    expect(store.error?.code).toBe('database_unavailable');
    expect(store.loaded).toBe(false);
    expect(store.loading).toBe(false);
  });
});
