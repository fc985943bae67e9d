import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as employeesApi from '../../api/employees.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { importResult, meFor, messyImportErrors } from '../../test/fixtures.ts';
import ImportView from './ImportView.vue';

vi.mock('../../api/employees.ts');
const api = vi.mocked(employeesApi);

const file = (name: string) => new File(['Personeelsnummer;Naam\n1000;Anna\n'], name, { type: 'text/csv' });

async function chooseAndCheck(name: string) {
  const mounted = await mountInApp(ImportView, { me: meFor('admin'), path: '/organisation/import' });
  const { wrapper } = mounted;
  const input = wrapper.find('[data-testid="import-file-input"]');
  Object.defineProperty(input.element, 'files', { value: [file(name)], configurable: true });
  await input.trigger('change');
  expect(wrapper.find('[data-testid="import-file-name"]').text()).toContain(name);
  await wrapper.find('[data-testid="import-check"]').trigger('click');
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ImportView', () => {
  it('shows the three errors of a dry run in Dutch, by line, and does not let the file be imported', async () => {
    api.importEmployees.mockResolvedValue(importResult({ created: 526, errors: messyImportErrors }));

    const { wrapper } = await chooseAndCheck('afas-export.csv');

    expect(api.importEmployees).toHaveBeenCalledWith(expect.any(File), {
      dryRun: true,
      createMissing: false,
      markMissingAsLeft: false,
    });
    const rows = wrapper
      .findAll('[data-testid="import-errors"] tbody tr')
      .map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['12', 'Personeelsnummer', 'Dit personeelsnummer komt ook voor op regel 7.'],
      ['23', 'Naam', 'Naam ontbreekt; dit veld is verplicht.'],
      [
        '33',
        'Laag',
        'Onbekende laag “Stagiair”. Voeg de laag toe onder Lagen, pas het bestand aan of kies ‘Ontbrekende lagen aanmaken’.',
      ],
    ]);
    expect(wrapper.find('[data-testid="import-apply"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-testid="import-has-errors"]').text()).toContain('Het bestand bevat 3 fouten.');
    expect(wrapper.find('[data-testid="import-fix-hint"]').text()).toBe(
      'Pas het bestand aan in je HR-systeem of Excel en kies het daarna opnieuw.',
    );
  });

  it('applies a clean file with the options of its dry run and links to the employees', async () => {
    api.importEmployees.mockResolvedValueOnce(importResult()).mockResolvedValueOnce(importResult({ dryRun: false }));
    const mounted = await mountInApp(ImportView, { me: meFor('admin'), path: '/organisation/import' });
    const { wrapper } = mounted;
    await wrapper.find('#import-create-missing').setValue(true);
    const input = wrapper.find('[data-testid="import-file-input"]');
    Object.defineProperty(input.element, 'files', { value: [file('horizon.csv')], configurable: true });
    await input.trigger('change');
    await wrapper.find('[data-testid="import-check"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="import-count-created"]').text()).toBe('529');
    expect(wrapper.find('[data-testid="import-count-createdDepartments"]').text()).toBe('26');
    expect(wrapper.find('[data-testid="import-errors"]').exists()).toBe(false);
    await wrapper.find('[data-testid="import-apply"]').trigger('click');
    await flushPromises();

    expect(api.importEmployees).toHaveBeenLastCalledWith(expect.any(File), {
      dryRun: false,
      createMissing: true,
      markMissingAsLeft: false,
    });
    expect(wrapper.find('[data-testid="import-done"]').text()).toContain('De import is klaar.');
    expect(wrapper.find('[data-testid="import-to-employees"]').attributes('href')).toBe('/organisation/employees');
  });

  it('shows the errors of a refused import like those of a dry run', async () => {
    api.importEmployees.mockResolvedValueOnce(importResult()).mockRejectedValueOnce(
      new ApiError({
        status: 422,
        code: 'import_invalid',
        errors: [messyImportErrors[2]!],
      }),
    );
    const { wrapper } = await chooseAndCheck('horizon.csv');

    await wrapper.find('[data-testid="import-apply"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="import-rejected"]').text()).toContain('Er is niets geïmporteerd');
    expect(wrapper.findAll('[data-testid="import-error-line"]').map((cell) => cell.text())).toEqual(['33']);
    expect(wrapper.find('[data-testid="import-apply"]').attributes('disabled')).toBeDefined();
  });

  it('names the ambassadors an import would mark as left', async () => {
    api.importEmployees.mockResolvedValue({
      ...importResult({ created: 0, unchanged: 527, markedLeft: 2 }),
      leftAmbassadors: [{ employeeNumber: '1030', name: 'Mohamed Scheerder', status: 'active' }],
    });

    const { wrapper } = await chooseAndCheck('horizon.csv');

    const note = wrapper.find('[data-testid="import-left-ambassadors"]').text();
    expect(note).toContain('1 ambassadeur staat niet in het bestand en gaat uit dienst:');
    expect(note).toContain('Mohamed Scheerder (1030)');
    expect(wrapper.find('[data-testid="import-marked-left-warning"]').text()).toContain('2 medewerkers');
  });

  it('says so when the file is too large for the server', async () => {
    api.importEmployees.mockRejectedValue(new ApiError({ status: 413, code: 'payload_too_large' }));

    const { wrapper } = await chooseAndCheck('huge.csv');

    expect(wrapper.find('[data-testid="import-problem"]').text()).toBe(
      'Het bestand is groter dan 10 MB. Splits het in kleinere bestanden.',
    );
  });
});
