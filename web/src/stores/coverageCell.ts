import type { Ambassador, CoverageCell, Employee, Suggestion } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import * as coverageApi from '../api/coverage.ts';
import * as employeesApi from '../api/employees.ts';
import { fetchAllPages } from '../api/pages.ts';
import { isFullRecord } from '../lib/ambassadors.ts';
import { useLoader } from '../composables/useLoader.ts';
import { useCoverageStore } from './coverage.ts';

export const CELL_PAGE_SIZE = 10;

export interface CellPlace {
  departmentId: string;
  departmentName: string;
  departmentPath: string;
  layerId: string;
  layerName: string;
}

/** The cell's filter: its department's own people (not those of the departments below it) in its layer. */
const cellFilter = (cell: CoverageCell) =>
  ({ departmentId: cell.departmentId, includeSubdepartments: false, layerId: cell.layerId, status: 'active' }) as const;

/** Every active employee of the cell, A–Z; the panel pages them itself. */
async function ownEmployees(cell: CoverageCell, signal: AbortSignal): Promise<Employee[]> {
  const list = await fetchAllPages(
    (page) => employeesApi.listEmployees({ ...cellFilter(cell), ...page, sort: 'name', order: 'asc' }, signal),
    { signal },
  );
  return list.items;
}

/** Every active ambassador of the cell. */
async function ownAmbassadors(cell: CoverageCell, signal: AbortSignal): Promise<Ambassador[]> {
  const list = await fetchAllPages((page) => ambassadorsApi.listAmbassadors({ ...cellFilter(cell), ...page }, signal), {
    signal,
  });
  // Admins and HR, who open the panel, get each item as a whole record.
  return list.items.filter(isFullRecord);
}

/** A cell is at most one gap: the cell's own, when it is below target. */
async function cellSuggestions(cell: CoverageCell, signal: AbortSignal): Promise<Suggestion[]> {
  const gaps = await coverageApi.getCoverageGaps(
    { departmentId: cell.departmentId, includeSubdepartments: false, layerId: cell.layerId, limit: 1 },
    signal,
  );
  const gap = gaps.items.find((item) => item.departmentId === cell.departmentId && item.layerId === cell.layerId);
  return gap?.suggestions.slice(0, 5) ?? [];
}

/** The side panel of one matrix cell: its people, its ambassadors and whom to ask next. */
export const useCoverageCellStore = defineStore('coverageCell', () => {
  const cell = ref<CoverageCell | null>(null);
  const place = ref<CellPlace | null>(null);
  const employees = ref<Employee[]>([]);
  const ambassadors = ref<Ambassador[]>([]);
  const suggestions = ref<Suggestion[]>([]);
  const page = ref(0);
  const { loading, error, cancel, run } = useLoader();
  /** Employees made a candidate from this panel, so their button says so instead of offering it again. */
  const added = ref<string[]>([]);
  const adding = ref<string | null>(null);

  const pageOfEmployees = computed(() =>
    employees.value.slice(page.value * CELL_PAGE_SIZE, (page.value + 1) * CELL_PAGE_SIZE),
  );

  function close(): void {
    cancel();
    cell.value = null;
    place.value = null;
    employees.value = [];
    ambassadors.value = [];
    suggestions.value = [];
    page.value = 0;
    added.value = [];
    adding.value = null;
  }

  async function load(): Promise<void> {
    const current = cell.value;
    if (!current) return;
    await run(
      (signal) =>
        Promise.all([ownEmployees(current, signal), ownAmbassadors(current, signal), cellSuggestions(current, signal)]),
      ([people, active, suggested]) => {
        employees.value = people;
        ambassadors.value = active;
        suggestions.value = suggested;
        page.value = Math.min(page.value, Math.max(0, Math.ceil(people.length / CELL_PAGE_SIZE) - 1));
      },
    );
  }

  function open(next: CoverageCell, where: CellPlace): Promise<void> {
    close();
    cell.value = next;
    place.value = where;
    return load();
  }

  function setPage(index: number): void {
    page.value = index;
  }

  /**
   * Makes a suggested colleague a candidate (the communication team recruited her), then refreshes the matrix and
   * this panel: she is no longer suggested. Throws the ApiError (`already_ambassador`, say) for the view to show.
   */
  async function addCandidate(suggestion: Suggestion): Promise<void> {
    adding.value = suggestion.employeeId;
    try {
      await ambassadorsApi.createAmbassador({ employeeId: suggestion.employeeId, source: 'recruited' });
      added.value = [...added.value, suggestion.employeeId];
    } finally {
      adding.value = null;
    }
    const matrix = useCoverageStore();
    await Promise.all([matrix.load(), load()]);
    if (cell.value) refreshCell(matrix.cellAt(cell.value.departmentId, cell.value.layerId));
  }

  /** The matrix was reloaded: show the cell's new numbers without closing the panel. */
  function refreshCell(fresh: CoverageCell | null): void {
    if (fresh && cell.value && fresh.departmentId === cell.value.departmentId && fresh.layerId === cell.value.layerId)
      cell.value = fresh;
  }

  return {
    cell,
    place,
    employees,
    ambassadors,
    suggestions,
    page,
    loading,
    error,
    /** Logging out closes the panel. */
    reset: close,
    added,
    adding,
    pageOfEmployees,
    open,
    close,
    load,
    setPage,
    addCandidate,
    refreshCell,
  };
});
