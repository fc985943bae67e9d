import type {
  CreateEmployeeBody,
  Employee,
  EmployeeList,
  EmployeeListQuery,
  EmployeeStatus,
  UpdateEmployeeBody,
} from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as employeesApi from '../api/employees.ts';
import type { Download } from '../api/http.ts';
import { useLoader } from '../composables/useLoader.ts';

export const EMPLOYEE_PAGE_SIZES = [25, 50, 100] as const;

/** The columns the server can sort by that the table shows. */
export type EmployeeSort = 'name' | 'employeeNumber' | 'department' | 'layer' | 'jobTitle';
export type SortOrder = NonNullable<EmployeeListQuery['order']>;

export interface EmployeeFilters {
  q: string;
  /** Includes the sub-departments. */
  departmentId: string | null;
  layerId: string | null;
  /** `all` sends no status: active and left together. */
  status: EmployeeStatus | 'all';
}

const defaultFilters = (): EmployeeFilters => ({ q: '', departmentId: null, layerId: null, status: 'active' });

export const useEmployeesStore = defineStore('employees', () => {
  const items = ref<Employee[]>([]);
  const total = ref(0);
  const limit = ref<number>(EMPLOYEE_PAGE_SIZES[0]);
  const offset = ref(0);
  const sort = ref<EmployeeSort>('name');
  const order = ref<SortOrder>('asc');
  const filters = reactive<EmployeeFilters>(defaultFilters());
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  const exporting = ref(false);

  /** Exactly what goes to GET /employees; empty filters are left out. */
  const query = computed<EmployeeListQuery>(() => {
    const q = filters.q.trim();
    return {
      limit: limit.value,
      offset: offset.value,
      ...(q ? { q } : {}),
      ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
      ...(filters.layerId ? { layerId: filters.layerId } : {}),
      ...(filters.status !== 'all' ? { status: filters.status } : {}),
      sort: sort.value,
      order: order.value,
    };
  });

  /** Whether the list is narrowed down, so an empty page means "nothing matches" rather than "no employees". */
  const filtered = computed(() => {
    const initial = defaultFilters();
    return (
      filters.q.trim() !== '' ||
      filters.departmentId !== initial.departmentId ||
      filters.layerId !== initial.layerId ||
      filters.status !== initial.status
    );
  });

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    offset.value = 0;
    sort.value = 'name';
    order.value = 'asc';
    Object.assign(filters, defaultFilters());
    loaded.value = false;
    error.value = null;
  }

  async function load(): Promise<void> {
    // A slower answer to an older filter must not overwrite a newer one.
    await run(
      (signal) => employeesApi.listEmployees(query.value, signal),
      (page) => {
        items.value = page.items;
        total.value = page.total;
        loaded.value = true;
      },
    );
  }

  function setPage(nextOffset: number, nextLimit: number): Promise<void> {
    // A new page size starts at its first page boundary that still shows the current first row.
    limit.value = nextLimit;
    offset.value = Math.floor(nextOffset / nextLimit) * nextLimit;
    return load();
  }

  function setSort(field: EmployeeSort, direction: SortOrder): Promise<void> {
    sort.value = field;
    order.value = direction;
    offset.value = 0;
    return load();
  }

  /** Any change of filter starts again at the first page. */
  function setFilters(changes: Partial<EmployeeFilters>): Promise<void> {
    Object.assign(filters, changes);
    offset.value = 0;
    return load();
  }

  function clearFilters(): Promise<void> {
    return setFilters(defaultFilters());
  }

  // After a write the page is reloaded: the employee may now sort elsewhere or fall outside the filters.
  async function create(body: CreateEmployeeBody): Promise<Employee> {
    const created = await employeesApi.createEmployee(body);
    await load();
    return created;
  }

  async function update(id: string, body: UpdateEmployeeBody): Promise<Employee> {
    const updated = await employeesApi.updateEmployee(id, body);
    await load();
    return updated;
  }

  /** A picker's own search: its answer stays with the picker, the list above is left alone. */
  function find(query: EmployeeListQuery, signal?: AbortSignal): Promise<EmployeeList> {
    return employeesApi.listEmployees(query, signal);
  }

  async function exportCsv(): Promise<Download> {
    exporting.value = true;
    try {
      return await employeesApi.exportEmployees();
    } finally {
      exporting.value = false;
    }
  }

  return {
    items,
    total,
    limit,
    offset,
    sort,
    order,
    filters,
    loading,
    loaded,
    error,
    exporting,
    query,
    filtered,
    reset,
    load,
    setPage,
    setSort,
    setFilters,
    clearFilters,
    create,
    update,
    find,
    exportCsv,
  };
});
