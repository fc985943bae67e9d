import type { TrainingCoverage } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as reportsApi from '../api/training-reports.ts';
import { buildCellLookup, cellKey, matrixRows, parentIds, rootIds } from '../lib/coverageMatrix.ts';
import type { TrainingCell } from '../lib/trainingCoverage.ts';
import { useLoader } from '../composables/useLoader.ts';

export const useTrainingCoverageStore = defineStore('trainingCoverage', () => {
  const coverage = ref<TrainingCoverage | null>(null);
  /** The subtree shown; null is the whole organisation. */
  const departmentId = ref<string | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  /** Departments whose sub-departments are shown; null until the first answer decides the default. */
  const expanded = ref<Set<string> | null>(null);

  const layers = computed(() => [...(coverage.value?.layers ?? [])].sort((a, b) => a.rank - b.rank));
  const departments = computed(() => coverage.value?.departments ?? []);
  const cellLookup = computed(() => buildCellLookup(coverage.value?.cells ?? []));
  const rows = computed(() => matrixRows(departments.value, expanded.value ?? new Set()));
  /** No employees at all (in this subtree): the matrix would be empty. */
  const empty = computed(() => loaded.value && (coverage.value?.totals.employees ?? 0) === 0);
  const withoutTrainer = computed(() =>
    [...(coverage.value?.departmentsWithoutTrainer ?? [])].sort((a, b) => a.path.localeCompare(b.path, 'nl')),
  );

  function cellAt(departmentIdOfCell: string, layerId: string): TrainingCell | null {
    return cellLookup.value.get(cellKey(departmentIdOfCell, layerId)) ?? null;
  }

  function reset(): void {
    cancel();
    coverage.value = null;
    departmentId.value = null;
    loaded.value = false;
    expanded.value = null;
  }

  async function load(): Promise<void> {
    await run(
      () => reportsApi.getTrainingCoverage(departmentId.value ? { departmentId: departmentId.value } : {}),
      (answer) => {
        coverage.value = answer;
        // The first level open, so the clusters show what they hold.
        expanded.value ??= new Set(rootIds(answer.departments));
        loaded.value = true;
      },
    );
  }

  /** Another subtree: its top opens, as on the first visit. */
  function setDepartment(id: string | null): Promise<void> {
    departmentId.value = id;
    expanded.value = null;
    return load();
  }

  function toggle(id: string): void {
    const next = new Set(expanded.value ?? []);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    expanded.value = next;
  }

  function expandAll(): void {
    expanded.value = new Set(parentIds(departments.value));
  }

  function collapseAll(): void {
    expanded.value = new Set();
  }

  return {
    coverage,
    departmentId,
    loading,
    loaded,
    error,
    layers,
    departments,
    rows,
    empty,
    withoutTrainer,
    cellAt,
    reset,
    load,
    setDepartment,
    toggle,
    expandAll,
    collapseAll,
  };
});
