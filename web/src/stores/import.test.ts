import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as employeesApi from '../api/employees.ts';
import { ApiError } from '../api/http.ts';
import { importResult, messyImportErrors } from '../test/fixtures.ts';
import { MAX_IMPORT_BYTES, useImportStore } from './import.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/employees.ts');
const api = vi.mocked(employeesApi);

const csv = (name = 'horizon.csv', content = 'employee_number,name\n1,Anna\n') =>
  new File([content], name, { type: 'text/csv' });

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('import store', () => {
  it('checks the file with a dry run and then applies it with the same options', async () => {
    api.importEmployees.mockResolvedValueOnce(importResult()).mockResolvedValueOnce(importResult({ dryRun: false }));
    const store = useImportStore();
    const file = csv();
    store.options.createMissing = true;
    store.chooseFile(file);

    await store.check();
    expect(store.step).toBe('review');
    expect(store.canApply).toBe(true);
    // Changing an option after the check does not change what is applied.
    store.options.markMissingAsLeft = true;
    await store.apply();

    expect(api.importEmployees).toHaveBeenNthCalledWith(1, file, {
      dryRun: true,
      createMissing: true,
      markMissingAsLeft: false,
    });
    expect(api.importEmployees).toHaveBeenNthCalledWith(2, file, {
      dryRun: false,
      createMissing: true,
      markMissingAsLeft: false,
    });
    expect(store.step).toBe('done');
    expect(store.applied?.created).toBe(529);
  });

  it('lists the errors of a dry run by line and does not allow applying', async () => {
    api.importEmployees.mockResolvedValue(
      importResult({ created: 526, errors: [messyImportErrors[2]!, messyImportErrors[0]!, messyImportErrors[1]!] }),
    );
    const store = useImportStore();
    store.chooseFile(csv());

    await store.check();
    await store.apply();

    expect(store.errors.map((error) => error.line)).toEqual([12, 23, 33]);
    expect(store.canApply).toBe(false);
    expect(api.importEmployees).toHaveBeenCalledTimes(1);
  });

  it('shows the errors of a refused apply (422 import_invalid) like those of a dry run', async () => {
    api.importEmployees.mockResolvedValueOnce(importResult()).mockRejectedValueOnce(
      new ApiError({
        status: 422,
        code: 'import_invalid',
        errors: [
          { line: 33, column: 'layer', code: 'unknown_layer', message: 'Unknown layer "Stagiair"' },
          { line: 12, column: 'employee_number', code: 'duplicate_employee_number', message: 'also on line 7' },
        ],
      }),
    );
    const store = useImportStore();
    store.chooseFile(csv());
    await store.check();

    await store.apply();

    expect(store.step).toBe('review');
    expect(store.rejected).toBe(true);
    expect(store.errors.map((error) => [error.line, error.code])).toEqual([
      [12, 'duplicate_employee_number'],
      [33, 'unknown_layer'],
    ]);
    expect(store.canApply).toBe(false);
    expect(store.error).toBeNull();
  });

  it('keeps a network failure apart from the file errors, and lets the user try again', async () => {
    api.importEmployees
      .mockResolvedValueOnce(importResult())
      .mockRejectedValueOnce(new ApiError({ status: 0, code: 'network_error' }));
    const store = useImportStore();
    store.chooseFile(csv());
    await store.check();

    await store.apply();

    expect(store.error?.code).toBe('network_error');
    expect(store.errors).toEqual([]);
    expect(store.canApply).toBe(true);
  });

  it('refuses a file over 10 MB without uploading it', async () => {
    const store = useImportStore();
    const big = csv();
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });

    store.chooseFile(big);
    await store.check();

    expect(store.error?.code).toBe('payload_too_large');
    expect(api.importEmployees).not.toHaveBeenCalled();
  });

  it('passes on a 413 from the server', async () => {
    api.importEmployees.mockRejectedValue(new ApiError({ status: 413, code: 'payload_too_large' }));
    const store = useImportStore();
    store.chooseFile(csv());

    await store.check();

    expect(store.step).toBe('choose');
    expect(store.error?.code).toBe('payload_too_large');
  });

  it('starts over when another file is chosen, keeping the options', async () => {
    api.importEmployees.mockResolvedValue(importResult({ errors: messyImportErrors }));
    const store = useImportStore();
    store.options.markMissingAsLeft = true;
    store.chooseFile(csv('messy.csv'));
    await store.check();

    store.chooseAgain();

    expect(store.step).toBe('choose');
    expect(store.file).toBeNull();
    expect(store.errors).toEqual([]);
    expect(store.preview).toBeNull();
    expect(store.options.markMissingAsLeft).toBe(true);
  });
});
