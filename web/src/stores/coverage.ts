import type { Coverage, CoverageCell, CoverageHistory } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as coverageApi from '../api/coverage.ts';
import { useLoader } from '../composables/useLoader.ts';
import { buildCellLookup, cellKey, matrixRows, parentIds, rootIds } from '../lib/coverageMatrix.ts';

export type CoverageSnapshot = CoverageHistory['items'][number];

export const useCoverageStore = defineStore('coverage', () => {
  const coverage = ref<Coverage | null>(null);
  const history = ref<CoverageSnapshot[]>([]);
  /** The subtree shown; null is the whole organisation. */
  const departmentId = ref<string | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  /** The trend is an extra: when it cannot be loaded the matrix still shows. */
  const { error: historyError, cancel: cancelHistory, run: runHistory } = useLoader();
  /** Departments whose sub-departments are shown; null until the first answer decides the default. */
  const expanded = ref<Set<string> | null>(null);

  const layers = computed(() => [...(coverage.value?.layers ?? [])].sort((a, b) => a.rank - b.rank));
  const departments = computed(() => coverage.value?.departments ?? []);
  const cellLookup = computed(() => buildCellLookup(coverage.value?.cells ?? []));
  const rows = computed(() => matrixRows(departments.value, expanded.value ?? new Set()));
  const allRows = computed(() => matrixRows(departments.value, new Set(parentIds(departments.value))));
  /** No employees at all (in this subtree): the matrix would be empty. */
  const empty = computed(() => loaded.value && (coverage.value?.totals.employees ?? 0) === 0);

  function cellAt(departmentIdOfCell: string, layerId: string): CoverageCell | null {
    return cellLookup.value.get(cellKey(departmentIdOfCell, layerId)) ?? null;
  }

  function reset(): void {
    cancel();
    cancelHistory();
    coverage.value = null;
    history.value = [];
    departmentId.value = null;
    loaded.value = false;
    expanded.value = null;
  }

  function loadHistory(): Promise<void> {
    return runHistory(
      () => coverageApi.getCoverageHistory(),
      (answer) => (history.value = [...answer.items].sort((a, b) => a.date.localeCompare(b.date))),
    );
  }

  /** Loads the matrix (of the chosen subtree) and the trend. The open and closed branches stay as they were. */
  async function load(): Promise<void> {
    const query = departmentId.value ? { departmentId: departmentId.value } : {};
    const trend = loadHistory();
    await run(
      () => coverageApi.getCoverage(query),
      (answer) => {
        coverage.value = answer;
        // The first level open, so the clusters show what they hold.
        expanded.value ??= new Set(rootIds(answer.departments));
        loaded.value = true;
      },
    );
    await trend;
  }

  /** Another subtree: its top opens, as on the first visit. */
  function setDepartment(id: string | null): Promise<void> {
    departmentId.value = id;
    expanded.value = null;
    return load();
  }

  function setExpanded(next: Set<string>): void {
    expanded.value = next;
  }

  function expand(id: string): void {
    setExpanded(new Set([...(expanded.value ?? []), id]));
  }

  function collapse(id: string): void {
    const next = new Set(expanded.value ?? []);
    next.delete(id);
    setExpanded(next);
  }

  function toggle(id: string): void {
    if (expanded.value?.has(id)) collapse(id);
    else expand(id);
  }

  function expandAll(): void {
    setExpanded(new Set(parentIds(departments.value)));
  }

  function collapseAll(): void {
    setExpanded(new Set());
  }

  function isExpanded(id: string): boolean {
    return expanded.value?.has(id) ?? false;
  }

  return {
    coverage,
    history,
    departmentId,
    loading,
    loaded,
    error,
    historyError,
    expanded,
    layers,
    departments,
    cellLookup,
    rows,
    allRows,
    empty,
    cellAt,
    reset,
    load,
    setDepartment,
    expand,
    collapse,
    toggle,
    expandAll,
    collapseAll,
    isExpanded,
  };
});
