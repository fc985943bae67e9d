import type { ContentImportResult } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as contentApi from '../api/content.ts';
import { ApiError, asApiError } from '../api/http.ts';
import { MAX_IMPORT_BYTES } from './import.ts';

export type ContentImportStep = 'choose' | 'review' | 'done';
export type ContentImportError = ContentImportResult['errors'][number];

const byLine = (a: ContentImportError, b: ContentImportError) => a.line - b.line;

/** Importing a page list into the content register: choose a CSV, check it (a dry run), then confirm. */
export const useContentImportStore = defineStore('contentImport', () => {
  const step = ref<ContentImportStep>('choose');
  const file = ref<File | null>(null);
  /** What the dry run says would happen. */
  const preview = ref<ContentImportResult | null>(null);
  /** What the applying run did. */
  const applied = ref<ContentImportResult | null>(null);
  /** Line errors of the dry run, or of a refused apply (422 import_invalid), by line. */
  const errors = ref<ContentImportError[]>([]);
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
  }

  function reset(): void {
    step.value = 'choose';
    file.value = null;
    checking.value = false;
    applying.value = false;
    clearResults();
  }

  /** A new file (or none) starts over at the first step. */
  function chooseFile(next: File | null): void {
    file.value = next;
    step.value = 'choose';
    clearResults();
    if (next && next.size > MAX_IMPORT_BYTES) error.value = new ApiError({ status: 413, code: 'payload_too_large' });
  }

  /** Dry run: nothing is written; the answer counts what would happen and lists every error by line. */
  async function check(): Promise<void> {
    const chosen = file.value;
    if (!chosen || checking.value) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      error.value = new ApiError({ status: 413, code: 'payload_too_large' });
      return;
    }
    checking.value = true;
    clearResults();
    try {
      const result = await contentApi.importContentItems(chosen, { dryRun: true });
      if (file.value !== chosen) return;
      preview.value = result;
      errors.value = [...result.errors].sort(byLine);
      step.value = 'review';
    } catch (caught) {
      if (file.value === chosen) error.value = asApiError(caught);
    } finally {
      checking.value = false;
    }
  }

  /** Imports the checked file. Any line error means nothing was written. */
  async function apply(): Promise<ContentImportResult | null> {
    const chosen = file.value;
    if (!chosen || !canApply.value) return null;
    applying.value = true;
    error.value = null;
    try {
      applied.value = await contentApi.importContentItems(chosen, { dryRun: false });
      step.value = 'done';
      return applied.value;
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
      return null;
    } finally {
      applying.value = false;
    }
  }

  return {
    step,
    file,
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
    check,
    apply,
  };
});
