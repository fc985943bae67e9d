import type { Employee, EmployeeListQuery } from '@ambassador/shared';
import { computed, onBeforeUnmount, ref } from 'vue';
import { useEmployeesStore } from '../stores/employees.ts';
import { useLoader } from './useLoader.ts';

export const EMPLOYEE_SEARCH_LIMIT = 10;

/**
 * Employees by name or number for a picker: a short list, the answer to the latest text only. The results are not
 * kept in the store: each picker has its own and nothing else needs them.
 */
export function useEmployeeSearch(filter: () => Partial<EmployeeListQuery> = () => ({})) {
  const employees = useEmployeesStore();
  const results = ref<Employee[]>([]);
  const { error, cancel, run } = useLoader();
  const failed = computed(() => error.value !== null);

  async function search(text: string): Promise<void> {
    await run(
      (signal) =>
        employees.find(
          { q: text.trim(), limit: EMPLOYEE_SEARCH_LIMIT, status: 'active', sort: 'name', order: 'asc', ...filter() },
          signal,
        ),
      (page) => (results.value = page.items),
    );
    if (failed.value) results.value = [];
  }

  onBeforeUnmount(cancel);

  return { results, failed, search };
}
