import type { Coverage, CoverageGap } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as coverageApi from '../api/coverage.ts';
import type { Download } from '../api/http.ts';
import { matrixRows, parentIds } from '../lib/coverageMatrix.ts';
import { useLoader } from '../composables/useLoader.ts';

/** The printable report lists the worst gaps only; the CSV has every cell. */
export const REPORT_GAPS = 20;

/** The printable coverage report and the CSV download (Rapportages). */
export const useReportStore = defineStore('report', () => {
  const coverage = ref<Coverage | null>(null);
  const gaps = ref<CoverageGap[]>([]);
  const gapsTotal = ref(0);
  const departmentId = ref<string | null>(null);
  /** When the numbers were read: the date printed on the report. */
  const generatedAt = ref<Date | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  const downloading = ref(false);

  const layers = computed(() => [...(coverage.value?.layers ?? [])].sort((a, b) => a.rank - b.rank));
  /** On paper every branch is open. */
  const rows = computed(() => {
    const departments = coverage.value?.departments ?? [];
    return matrixRows(departments, new Set(parentIds(departments)));
  });
  /** The department the report is narrowed to, for its heading. */
  const scope = computed(() =>
    departmentId.value ? (coverage.value?.departments.find((d) => d.id === departmentId.value) ?? null) : null,
  );

  function reset(): void {
    cancel();
    coverage.value = null;
    gaps.value = [];
    gapsTotal.value = 0;
    departmentId.value = null;
    generatedAt.value = null;
    loaded.value = false;
    error.value = null;
  }

  async function load(subtree: string | null = null): Promise<void> {
    departmentId.value = subtree;
    const query = subtree ? { departmentId: subtree } : {};
    await run(
      () =>
        Promise.all([coverageApi.getCoverage(query), coverageApi.getCoverageGaps({ ...query, limit: REPORT_GAPS })]),
      ([matrix, worst]) => {
        coverage.value = matrix;
        gaps.value = worst.items;
        gapsTotal.value = worst.total;
        generatedAt.value = new Date();
        loaded.value = true;
      },
    );
  }

  async function downloadCsv(subtree: string | null = departmentId.value): Promise<Download> {
    downloading.value = true;
    try {
      return await coverageApi.downloadCoverageCsv(subtree ? { departmentId: subtree } : {});
    } finally {
      downloading.value = false;
    }
  }

  return {
    coverage,
    gaps,
    gapsTotal,
    departmentId,
    generatedAt,
    loading,
    loaded,
    error,
    downloading,
    layers,
    rows,
    scope,
    reset,
    load,
    downloadCsv,
  };
});
