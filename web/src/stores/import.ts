import type { ImportError, ImportResult } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as employeesApi from '../api/employees.ts';
import { ApiError, asApiError } from '../api/http.ts';

/** The server refuses bigger files with 413; checking first spares uploading 10 MB for nothing. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportStep = 'choose' | 'review' | 'done';

export interface ImportOptions {
  /** Layers the file names that do not exist yet are created instead of reported. */
  createMissing: boolean;
  /** Active employees who are not in the file are set to "left". */
  markMissingAsLeft: boolean;
}

const byLine = (a: ImportError, b: ImportError) => a.line - b.line;

export const useImportStore = defineStore('import', () => {
  const step = ref<ImportStep>('choose');
  const file = ref<File | null>(null);
  const options = reactive<ImportOptions>({ createMissing: false, markMissingAsLeft: false });
  /** The options the dry run was made with: confirming applies exactly those. */
  const checkedOptions = ref<ImportOptions | null>(null);
  /** What the dry run says would happen. */
  const preview = ref<ImportResult | null>(null);
  /** What the applying run did. */
  const applied = ref<ImportResult | null>(null);
  /** Line errors of the dry run, or of a refused apply (422 import_invalid), by line. */
  const errors = ref<ImportError[]>([]);
  /** The apply was refused because of line errors (the data changed since the dry run). */
  const rejected = ref(false);
  /** A failure that is not about the file's lines: network, too large, no access. */
  const error = ref<ApiError | null>(null);
  const checking = ref(false);
  const applying = ref(false);

  const canApply = computed(
    () =>
      step.value === 'review' &&
      preview.value !== null &&
      errors.value.length === 0 &&
      file.value !== null &&
      !applying.value,
  );

  function clearResults(): void {
    preview.value = null;
    applied.value = null;
    errors.value = [];
    rejected.value = false;
    error.value = null;
    checkedOptions.value = null;
  }

  function reset(): void {
    step.value = 'choose';
    file.value = null;
    options.createMissing = false;
    options.markMissingAsLeft = false;
    checking.value = false;
    applying.value = false;
    clearResults();
  }

  /** A new file (or none) starts over at the first step; the options stay as they were. */
  function chooseFile(next: File | null): void {
    file.value = next;
    step.value = 'choose';
    clearResults();
    if (next && next.size > MAX_IMPORT_BYTES) {
      error.value = new ApiError({ status: 413, code: 'payload_too_large' });
    }
  }

  function chooseAgain(): void {
    chooseFile(null);
  }

  /** Dry run: nothing is written; the answer lists what would happen and every error by line. */
  async function check(): Promise<void> {
    const chosen = file.value;
    if (!chosen || checking.value) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      error.value = new ApiError({ status: 413, code: 'payload_too_large' });
      return;
    }
    const used = { ...options };
    checking.value = true;
    clearResults();
    try {
      const result = await employeesApi.importEmployees(chosen, { dryRun: true, ...used });
      // Another file may have been chosen while this one was being checked.
      if (file.value !== chosen) return;
      preview.value = result;
      errors.value = [...result.errors].sort(byLine);
      checkedOptions.value = used;
      step.value = 'review';
    } catch (caught) {
      if (file.value === chosen) error.value = asApiError(caught);
    } finally {
      checking.value = false;
    }
  }

  /** Applies the checked file with the options of its dry run. Any line error means nothing was written. */
  async function apply(): Promise<void> {
    const chosen = file.value;
    const used = checkedOptions.value;
    if (!chosen || !used || !canApply.value) return;
    applying.value = true;
    error.value = null;
    try {
      applied.value = await employeesApi.importEmployees(chosen, { dryRun: false, ...used });
      step.value = 'done';
    } catch (caught) {
      const problem = asApiError(caught);
      if (problem.code === 'import_invalid') {
        rejected.value = true;
        errors.value = problem.errors
          .map((item) => ({
            line: item.line ?? 0,
            column: item.column ?? null,
            code: item.code,
            message: item.message,
          }))
          .sort(byLine);
      } else {
        error.value = problem;
      }
    } finally {
      applying.value = false;
    }
  }

  return {
    step,
    file,
    options,
    checkedOptions,
    preview,
    applied,
    errors,
    rejected,
    error,
    checking,
    applying,
    canApply,
    reset,
    chooseFile,
    chooseAgain,
    check,
    apply,
  };
});
