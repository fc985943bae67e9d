import type { CreateDepartmentBody, Department, UpdateDepartmentBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import * as departmentsApi from '../api/departments.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { buildDepartmentTree, filterDepartmentTree } from '../lib/departmentTree.ts';
import { useAuthStore } from './auth.ts';

export const useDepartmentsStore = defineStore('departments', () => {
  const items = ref<Department[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<ApiError | null>(null);
  const query = ref('');
  let loadId = 0;

  const byId = computed(() => new Map(items.value.map((department) => [department.id, department])));
  const tree = computed(() => buildDepartmentTree(items.value));
  /** The tree as the search leaves it: matches, their ancestors and their sub-departments. */
  const visibleTree = computed(() => filterDepartmentTree(tree.value, query.value));

  function reset(): void {
    loadId += 1;
    items.value = [];
    loading.value = false;
    loaded.value = false;
    error.value = null;
    query.value = '';
  }

  const auth = useAuthStore();
  watch(
    () => auth.user?.id,
    () => reset(),
  );

  async function load(): Promise<void> {
    const id = ++loadId;
    loading.value = true;
    error.value = null;
    try {
      const list = await departmentsApi.listDepartments();
      if (id !== loadId) return;
      items.value = list.items;
      loaded.value = true;
    } catch (caught) {
      if (id === loadId) error.value = asApiError(caught);
    } finally {
      if (id === loadId) loading.value = false;
    }
  }

  function search(text: string): void {
    query.value = text;
  }

  // Writes reload the whole list: paths, counts and the order of siblings all follow from the server.
  async function create(body: CreateDepartmentBody): Promise<Department> {
    const created = await departmentsApi.createDepartment(body);
    await load();
    return created;
  }

  async function update(id: string, body: UpdateDepartmentBody): Promise<Department> {
    const updated = await departmentsApi.updateDepartment(id, body);
    await load();
    return updated;
  }

  function move(id: string, parentId: string | null): Promise<Department> {
    return update(id, { parentId });
  }

  async function remove(id: string): Promise<void> {
    await departmentsApi.deleteDepartment(id);
    await load();
  }

  return {
    items,
    loading,
    loaded,
    error,
    query,
    byId,
    tree,
    visibleTree,
    reset,
    load,
    search,
    create,
    update,
    move,
    remove,
  };
});
