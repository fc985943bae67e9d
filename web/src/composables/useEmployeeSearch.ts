import type { Employee, EmployeeListQuery } from '@ambassador/shared';
import { onBeforeUnmount, ref } from 'vue';
import * as employeesApi from '../api/employees.ts';

export const EMPLOYEE_SEARCH_LIMIT = 10;

/**
 * Employees by name or number for a picker: a short list, the answer to the latest text only. Not kept in a store:
 * each picker has its own results and nothing else needs them.
 */
export function useEmployeeSearch(filter: () => Partial<EmployeeListQuery> = () => ({})) {
  const results = ref<Employee[]>([]);
  const failed = ref(false);
  let controller: AbortController | null = null;

  async function search(text: string): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    failed.value = false;
    try {
      const page = await employeesApi.listEmployees(
        { q: text.trim(), limit: EMPLOYEE_SEARCH_LIMIT, status: 'active', sort: 'name', order: 'asc', ...filter() },
        current.signal,
      );
      if (controller === current) results.value = page.items;
    } catch {
      if (current.signal.aborted) return;
      results.value = [];
      failed.value = true;
    }
  }

  onBeforeUnmount(() => controller?.abort());

  return { results, failed, search };
}
