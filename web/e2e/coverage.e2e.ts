import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from './browser.ts';
import { withoutToasts } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
// The repository root is two levels above web/e2e; the HR exports live in server/src/test/fixtures.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cleanExport = path.resolve(repoRoot, 'server/src/test/fixtures/zorggroep-horizon.csv');

const admin = {
  organisationName: 'Zorggroep Horizon',
  name: 'Anna de Vries',
  email: `anna.coverage.${Date.now()}@horizon.example`,
  password: 'een lange zin als wachtwoord',
};

let server: RunningServer;
let browser: Browser;

async function api<T>(method: string, apiPath: string, init: { token?: string; body?: string; type?: string } = {}) {
  const response = await fetch(`${server.url}/api/v1${apiPath}`, {
    method,
    headers: {
      ...(init.type ? { 'Content-Type': init.type } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body,
  });
  if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The organisation and its 529 employees go in through the API: the import wizard has its own test. */
async function seedOrganisation(): Promise<void> {
  const { accessToken } = await api<{ accessToken: string }>('POST', '/auth/signup', {
    type: 'application/json',
    body: JSON.stringify(admin),
  });
  const result = await api<{ created: number; errors: unknown[] }>(
    'POST',
    '/employees/import?dryRun=false&createMissing=false',
    { token: accessToken, type: 'text/csv', body: await readFile(cleanExport, 'utf8') },
  );
  expect(result.errors).toEqual([]);
  expect(result.created).toBe(529);
}

/** The name of the Beuk × Zorg en behandeling cell button starts with its place, then says its numbers. */
const beukZorg = (page: Page) => page.getByRole('button', { name: /^Afdeling Beuk, Zorg en behandeling:/ });

async function openLinde(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'De Linde uitklappen' });
  if (await toggle.isVisible()) await toggle.click();
  await beukZorg(page).waitFor();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  await seedOrganisation();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('coverage and the recruiting board in a browser', () => {
  it('fills an uncovered cell from its suggestions and moves the candidate to active on the board', async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1360, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: `Welkom, ${admin.name}` }).waitFor();

    // Dekking: nothing covered yet.
    await page.getByRole('link', { name: 'Dekking', exact: true }).click();
    await page.waitForURL('**/coverage');
    const coveredCells = page.getByTestId('coverage-total-cells');
    await coveredCells.waitFor();
    const cellsBefore = (await coveredCells.innerText()).trim();
    expect(cellsBefore).toMatch(/^0 \/ \d+$/);
    const cellCount = Number(cellsBefore.split('/')[1]);
    expect(await page.getByTestId('coverage-total-ambassadors').innerText()).toMatch(/^0 \/ \d+$/);

    // The uncovered cell Wonen en Zorg / De Linde / Afdeling Beuk × Zorg en behandeling.
    await openLinde(page);
    expect(await beukZorg(page).getAttribute('class')).toContain('matrix__cell--uncovered');
    expect((await beukZorg(page).innerText()).replace(/\s+/g, ' ')).toContain('0 / 1');
    await beukZorg(page).click();
    const panel = page.getByRole('dialog', { name: /Afdeling Beuk · Zorg en behandeling/ });
    await panel.waitFor();
    await panel.getByText('Nog geen actieve ambassadeur in deze cel.').waitFor();
    const firstSuggestion = panel.getByTestId('cell-panel-suggestions').locator('li').first();
    const candidate = (await firstSuggestion.locator('.cell-panel__name').innerText()).trim();
    expect(candidate).not.toBe('');
    await firstSuggestion.getByRole('button', { name: 'Als kandidaat toevoegen' }).click();
    // The toast says so; the suggestion's own "Kandidaat" mark shows only until the refreshed suggestions leave her out.
    await page.getByText(`${candidate} is als kandidaat toegevoegd`).waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    // Ambassadeurs: the new candidate, dragged to Onboarding, then moved to Actief with the keyboard menu.
    await page.getByRole('link', { name: 'Ambassadeurs', exact: true }).click();
    await page.waitForURL('**/ambassadors');
    const column = (status: string) => page.getByTestId(`board-column-${status}`);
    const card = (status: string) => column(status).locator('article').filter({ hasText: candidate });
    await card('candidate').waitFor();
    await card('candidate').dragTo(column('onboarding'));
    await card('onboarding').waitFor();
    await page.getByTestId('board-announcement').getByText(`${candidate} staat nu bij Onboarding.`).waitFor({
      state: 'attached',
    });

    await card('onboarding')
      .getByRole('button', { name: `Verplaatsen naar… (${candidate})` })
      .click();
    const menu = page.getByRole('menu');
    expect((await menu.getByRole('menuitem').allInnerTexts()).map((text) => text.trim())).toEqual(['Actief', 'Alumni']);
    await menu.getByRole('menuitem', { name: 'Actief' }).click();
    await card('active').waitFor();
    await page.getByTestId('board-announcement').getByText(`${candidate} staat nu bij Actief.`).waitFor({
      state: 'attached',
    });
    expect(await card('candidate').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}ambassadors-board.png`, fullPage: true, ...withoutToasts });

    // A move the status does not allow snaps back with the possible statuses named.
    await card('active').dragTo(column('candidate'));
    await page.getByText('kan niet van Actief naar Kandidaat').first().waitFor();
    await card('active').waitFor();

    // Back on Dekking: the cell is covered, and so is one cell more in the totals.
    await page.getByRole('link', { name: 'Dekking', exact: true }).click();
    await page.waitForURL('**/coverage');
    await openLinde(page);
    await expect.poll(async () => (await beukZorg(page).innerText()).replace(/\s+/g, ' ')).toContain('1 / 1');
    expect(await beukZorg(page).getAttribute('class')).toContain('matrix__cell--covered');
    expect(await beukZorg(page).locator('.cell-value__icon').innerText()).toBe('✓');
    expect(await coveredCells.innerText()).toBe(`1 / ${cellCount}`);
    expect(await page.getByTestId('coverage-total-ambassadors').innerText()).toMatch(/^1 \/ \d+$/);
    await page.getByTestId('trend-summary').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}coverage.png`, fullPage: true, ...withoutToasts });

    // The printable report, as an admin reaches it from Dekking.
    await page.getByRole('link', { name: 'Afdrukbaar rapport' }).click();
    await page.waitForURL('**/reports/coverage');
    await page.getByRole('heading', { name: 'Dekkingsrapport' }).waitFor();
    expect(await page.getByTestId('report-organisation').innerText()).toBe(admin.organisationName);
    const matrix = page.getByRole('table', { name: 'Dekking per afdeling en laag' });
    await matrix.waitFor();
    expect(await matrix.locator('tbody tr').count()).toBe(26);
    expect(await page.getByTestId('gap-table').locator('tbody tr').count()).toBe(20);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    await page.screenshot({ path: `${screenshots}coverage-report-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the matrix usable on a phone: it scrolls sideways with the departments in view', async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 375, height: 812 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: `Welkom, ${admin.name}` }).waitFor();
    await page.goto('/coverage');
    const scroller = page.getByTestId('coverage-matrix');
    await scroller.waitFor();

    // The page itself does not scroll sideways; the matrix does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const header = scroller.locator('tbody th').first();
    const before = (await header.boundingBox())!.x;
    await scroller.evaluate((el) => el.scrollBy({ left: 300 }));
    expect(Math.round((await header.boundingBox())!.x)).toBe(Math.round(before));

    // The side panel takes the whole width of a phone.
    await page.getByRole('button', { name: /^Raad van Bestuur, Bestuur en directie:/ }).click();
    const panel = page.getByRole('dialog', { name: /Raad van Bestuur · Bestuur en directie/ });
    await panel.getByTestId('cell-panel-suggestions').waitFor();
    expect(Math.round((await panel.boundingBox())!.width)).toBe(375);
    await page.screenshot({ path: `${screenshots}coverage-mobile-panel.png` });
    await page.keyboard.press('Escape');

    await page.goto('/ambassadors');
    await page.getByTestId('ambassador-board').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    expect(errors).toEqual([]);
    await context.close();
  });
});
