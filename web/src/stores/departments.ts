import type { CreateDepartmentBody, Department, UpdateDepartmentBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as departmentsApi from '../api/departments.ts';
import { buildDepartmentTree, filterDepartmentTree } from '../lib/departmentTree.ts';
import { useLoader } from '../composables/useLoader.ts';

export const useDepartmentsStore = defineStore('departments', () => {
  const items = ref<Department[]>([]);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  const query = ref('');

  const byId = computed(() => new Map(items.value.map((department) => [department.id, department])));
  const tree = computed(() => buildDepartmentTree(items.value));
  /** The tree as the search leaves it: matches, their ancestors and their sub-departments. */
  const visibleTree = computed(() => filterDepartmentTree(tree.value, query.value));

  function reset(): void {
    cancel();
    items.value = [];
    loaded.value = false;
    query.value = '';
  }

  async function load(): Promise<void> {
    await run(
      () => departmentsApi.listDepartments(),
      (list) => {
        items.value = list.items;
        loaded.value = true;
      },
    );
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
