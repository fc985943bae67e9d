import { defineStore } from 'pinia';
import { reactive } from 'vue';
import * as employeesApi from '../api/employees.ts';
import { useCsvImport } from '../composables/useCsvImport.ts';

export { MAX_IMPORT_BYTES, type ImportStep } from '../composables/useCsvImport.ts';

export interface ImportOptions {
  /** Layers the file names that do not exist yet are created instead of reported. */
  createMissing: boolean;
  /** Active employees who are not in the file are set to "left". */
  markMissingAsLeft: boolean;
}

/** The HR import of employees: choose the export, check it (a dry run) with its options, then apply exactly that. */
export const useImportStore = defineStore('import', () => {
  const options = reactive<ImportOptions>({ createMissing: false, markMissingAsLeft: false });
  const csv = useCsvImport(
    (file, dryRun, used: ImportOptions) => employeesApi.importEmployees(file, { dryRun, ...used }),
    () => ({ ...options }),
  );

  function reset(): void {
    options.createMissing = false;
    options.markMissingAsLeft = false;
    csv.reset();
  }

  function chooseAgain(): void {
    csv.chooseFile(null);
  }

  return { ...csv, options, reset, chooseAgain };
});
