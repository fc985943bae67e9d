import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
// The repository root is two levels above web/e2e; the HR exports live in server/src/test/fixtures.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => path.resolve(repoRoot, 'server/src/test/fixtures', name);
const messyExport = fixture('zorggroep-horizon-afas-export.csv');
const cleanExport = fixture('zorggroep-horizon.csv');

let server: RunningServer;
let browser: Browser;

async function errorRows(page: Page): Promise<string[][]> {
  const rows = page.getByTestId('import-errors').locator('tbody tr');
  const count = await rows.count();
  const result: string[][] = [];
  for (let index = 0; index < count; index++) {
    result.push((await rows.nth(index).locator('td').allInnerTexts()).map((text) => text.trim()));
  }
  return result;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the organisation section in a browser', () => {
  it('imports the HR export after a dry run, then finds employees and departments', async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/signup');
    await page.getByLabel('Naam van de organisatie').fill('Zorggroep Horizon');
    await page.getByLabel('Je naam').fill('Anna de Vries');
    await page.getByLabel('E-mailadres').fill(`anna.${Date.now()}@horizon.example`);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('heading', { name: 'Welkom, Anna de Vries' }).waitFor();

    // A new organisation has no departments yet: the empty state leads to the import.
    await page.getByRole('link', { name: 'Organisatie', exact: true }).click();
    await page.waitForURL('**/organisation/departments');
    await page.getByTestId('departments-empty').getByText('Nog geen afdelingen').waitFor();
    await page
      .getByRole('navigation', { name: 'Onderdelen van de organisatie' })
      .getByRole('link', { name: 'Importeren' })
      .click();
    await page.waitForURL('**/organisation/import');

    // The messy AFAS export: the dry run finds three errors and nothing can be imported.
    await page.getByTestId('import-file-input').setInputFiles(messyExport);
    await page.getByTestId('import-file-name').getByText('zorggroep-horizon-afas-export.csv').waitFor();
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByTestId('import-errors').waitFor();
    expect(await errorRows(page)).toEqual([
      ['12', 'Personeelsnummer', 'Dit personeelsnummer komt ook voor op regel 7.'],
      ['23', 'Naam', 'Naam ontbreekt; dit veld is verplicht.'],
      [
        '33',
        'Laag',
        'Onbekende laag “Stagiair”. Voeg de laag toe onder Lagen, pas het bestand aan of kies ‘Ontbrekende lagen aanmaken’.',
      ],
    ]);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByText('Pas het bestand aan in je HR-systeem of Excel en kies het daarna opnieuw.').waitFor();
    // Full-page shots of a scrolled page draw the sticky header halfway down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}organisation-import.png`, fullPage: true });

    // The clean export: 529 new employees in 26 new departments, no errors.
    await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
    await page.getByTestId('import-file-input').setInputFiles(cleanExport);
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByTestId('import-ready').waitFor();
    expect(await page.getByTestId('import-count-created').innerText()).toBe('529');
    expect(await page.getByTestId('import-count-createdDepartments').innerText()).toBe('26');
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('import-done').getByText('De import is klaar.').waitFor();
    expect(await page.getByTestId('import-done').getByTestId('import-count-created').innerText()).toBe('529');

    // The employees are there and can be searched.
    await page.getByRole('link', { name: 'Naar medewerkers' }).click();
    await page.waitForURL('**/organisation/employees');
    await page.getByTestId('employees-total').getByText('529 medewerkers').waitFor();
    await page.getByLabel('Zoeken').fill('Scheerder');
    const table = page.getByRole('table', { name: 'Medewerkers' });
    await table.getByText('Mohamed Scheerder').waitFor();
    await page.getByTestId('employees-total').getByText('15 medewerkers').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}organisation-employees.png`, fullPage: true });

    // The tree counts 45 employees in Afdeling Beuk.
    await page
      .getByRole('navigation', { name: 'Onderdelen van de organisatie' })
      .getByRole('link', { name: 'Afdelingen' })
      .click();
    await page.waitForURL('**/organisation/departments');
    await page.getByLabel('Afdelingen zoeken').fill('Beuk');
    const beuk = page.getByRole('row').filter({ hasText: 'Afdeling Beuk' });
    await beuk.waitFor();
    const cells = (await beuk.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    expect(cells.slice(0, 3)).toEqual(['Afdeling Beuk', '45', '45']);

    expect(errors).toEqual([]);
    await context.close();
  });
});
