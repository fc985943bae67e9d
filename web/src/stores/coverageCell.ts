import type { Ambassador, CoverageCell, Employee, Suggestion } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import * as coverageApi from '../api/coverage.ts';
import * as employeesApi from '../api/employees.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { useAuthStore } from './auth.ts';
import { useCoverageStore } from './coverage.ts';

export const CELL_PAGE_SIZE = 10;
const FETCH_PAGE = 500;
/** The gaps of one subtree; far more than any department has cells. */
const GAPS_LIMIT = 1000;

export interface CellPlace {
  departmentId: string;
  departmentName: string;
  departmentPath: string;
  layerId: string;
  layerName: string;
}

/**
 * GET /employees?departmentId= includes the sub-departments, but a cell holds the department's OWN employees. So
 * every page of the subtree × layer is fetched and the rest filtered out here: one request for a team, a few for a
 * cluster with many people in that layer. (A server filter for "this department only" would spare that.)
 */
async function ownEmployees(cell: CoverageCell, signal: AbortSignal): Promise<Employee[]> {
  const own: Employee[] = [];
  let offset = 0;
  for (;;) {
    const page = await employeesApi.listEmployees(
      {
        departmentId: cell.departmentId,
        layerId: cell.layerId,
        status: 'active',
        limit: FETCH_PAGE,
        offset,
        sort: 'name',
        order: 'asc',
      },
      signal,
    );
    own.push(...page.items.filter((employee) => employee.departmentId === cell.departmentId));
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return own;
  }
}

/** Active ambassadors of the cell; the list filter includes the subtree too, so the same narrowing applies. */
async function ownAmbassadors(cell: CoverageCell, signal: AbortSignal): Promise<Ambassador[]> {
  const list = await ambassadorsApi.listAmbassadors(
    { departmentId: cell.departmentId, layerId: cell.layerId, status: 'active', limit: FETCH_PAGE },
    signal,
  );
  return list.items.filter((ambassador) => ambassador.employee.department.id === cell.departmentId);
}

async function cellSuggestions(cell: CoverageCell, signal: AbortSignal): Promise<Suggestion[]> {
  const gaps = await coverageApi.getCoverageGaps({ departmentId: cell.departmentId, limit: GAPS_LIMIT }, signal);
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
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  /** Employees made a candidate from this panel, so their button says so instead of offering it again. */
  const added = ref<string[]>([]);
  const adding = ref<string | null>(null);
  let controller: AbortController | null = null;

  const pageOfEmployees = computed(() =>
    employees.value.slice(page.value * CELL_PAGE_SIZE, (page.value + 1) * CELL_PAGE_SIZE),
  );

  function close(): void {
    controller?.abort();
    controller = null;
    cell.value = null;
    place.value = null;
    employees.value = [];
    ambassadors.value = [];
    suggestions.value = [];
    page.value = 0;
    loading.value = false;
    error.value = null;
    added.value = [];
    adding.value = null;
  }

  const auth = useAuthStore();
  watch(
    () => auth.user?.id,
    () => close(),
  );

  async function load(): Promise<void> {
    const current = cell.value;
    if (!current) return;
    controller?.abort();
    const request = new AbortController();
    controller = request;
    loading.value = true;
    error.value = null;
    try {
      const [people, active, suggested] = await Promise.all([
        ownEmployees(current, request.signal),
        ownAmbassadors(current, request.signal),
        cellSuggestions(current, request.signal),
      ]);
      employees.value = people;
      ambassadors.value = active;
      suggestions.value = suggested;
      page.value = Math.min(page.value, Math.max(0, Math.ceil(people.length / CELL_PAGE_SIZE) - 1));
    } catch (caught) {
      if (request.signal.aborted) return;
      error.value = asApiError(caught);
    } finally {
      if (controller === request) {
        loading.value = false;
        controller = null;
      }
    }
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
