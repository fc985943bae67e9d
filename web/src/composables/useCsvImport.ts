import { computed, ref, shallowRef, type Ref } from 'vue';
import { ApiError, asApiError } from '../api/http.ts';

/** The server refuses bigger files with 413; checking first spares uploading 10 MB for nothing. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportStep = 'choose' | 'review' | 'done';

/** One error of an imported file, by line and column. */
export interface LineError {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

const byLine = (a: LineError, b: LineError) => a.line - b.line;

/**
 * The steps of importing a CSV file: choose it, check it with a dry run (nothing written; every error by line), then
 * apply exactly what was checked. `run` sends the file with the options of the dry run; `options` reads the options
 * as they are when the check starts.
 */
export function useCsvImport<Result extends { errors: readonly LineError[] }, Options extends object>(
  run: (file: File, dryRun: boolean, options: Options) => Promise<Result>,
  options: () => Options,
) {
  const step = ref<ImportStep>('choose');
  const file = shallowRef<File | null>(null);
  /** The options the dry run was made with: applying uses exactly those. */
  const checkedOptions = ref<Options | null>(null) as Ref<Options | null>;
  /** What the dry run says would happen. */
  const preview = ref<Result | null>(null) as Ref<Result | null>;
  /** What the applying run did. */
  const applied = ref<Result | null>(null) as Ref<Result | null>;
  /** Line errors of the dry run, or of a refused apply (422 import_invalid), by line. */
  const errors = ref<LineError[]>([]);
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
    checking.value = false;
    applying.value = false;
    clearResults();
  }

  const tooLarge = () => new ApiError({ status: 413, code: 'payload_too_large' });

  /** A new file (or none) starts over at the first step; the options stay as they were. */
  function chooseFile(next: File | null): void {
    file.value = next;
    step.value = 'choose';
    clearResults();
    if (next && next.size > MAX_IMPORT_BYTES) error.value = tooLarge();
  }

  /** Dry run: nothing is written; the answer lists what would happen and every error by line. */
  async function check(): Promise<void> {
    const chosen = file.value;
    if (!chosen || checking.value) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      error.value = tooLarge();
      return;
    }
    const used = options();
    checking.value = true;
    clearResults();
    try {
      const result = await run(chosen, true, used);
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
  async function apply(): Promise<Result | null> {
    const chosen = file.value;
    const used = checkedOptions.value;
    if (!chosen || !used || !canApply.value) return null;
    applying.value = true;
    error.value = null;
    try {
      applied.value = await run(chosen, false, used);
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
    check,
    apply,
  };
}
