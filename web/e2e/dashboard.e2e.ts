import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const ZONE = 'Europe/Amsterdam';
const PASSWORD = 'horizon-demo-2026';
const ADMIN = 'communicatie@zorggroep-horizon.example';
const AMBASSADOR = 'ambassadeur@zorggroep-horizon.example';

let server: RunningServer;
let browser: Browser;
let adminToken: string;

type Months = { activity: { months: { month: string; entries: number; count: number }[] }; phase: string };

async function dashboard(): Promise<Months> {
  const response = await fetch(`${server.url}/api/v1/dashboard`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  if (!response.ok) throw new Error(`dashboard: ${response.status}`);
  return (await response.json()) as Months;
}

const thisMonth = async () => (await dashboard()).activity.months.at(-1)!;

async function login(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** The tiles in the order the dashboard shows them. */
const tileOrder = (page: Page) =>
  page
    .getByTestId('dashboard-tiles')
    .locator(':scope > [data-testid^="tile-"]')
    .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-testid')));

const withoutToasts = { style: '.p-toast { display: none !important; }' };

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
  });
  adminToken = ((await response.json()) as { accessToken: string }).accessToken;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the dashboard and the ambassador home in a browser', () => {
  it('orders the dashboard by phase, and shows colleagues an ambassador helped from her phone', async () => {
    const office = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1360, height: 900 },
      locale: 'nl-NL',
      timezoneId: ZONE,
    });
    const admin = await login(office, ADMIN);
    const adminErrors = watchErrors(admin);
    await admin.getByTestId('dashboard-tiles').waitFor();
    const firstPhase = (await dashboard()).phase;
    const before = await tileOrder(admin);
    await admin.screenshot({ path: `${screenshots}dashboard-${firstPhase}.png`, fullPage: true, ...withoutToasts });
    expect(await seriousAxeFindings(admin)).toEqual([]);

    // After go-live the dashboard puts activity and quiet ambassadors first.
    await admin.getByTestId('phase-select').click();
    await admin.getByRole('option', { name: 'Na de livegang' }).click();
    await admin.getByTestId('phase-change-button').click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Fase wijzigen' }).click();
    await expect.poll(() => tileOrder(admin)).not.toEqual(before);
    expect((await tileOrder(admin))[0]).toBe('tile-activity');
    expect((await dashboard()).phase).toBe('after_go_live');
    await admin.screenshot({ path: `${screenshots}dashboard-after_go_live.png`, fullPage: true, ...withoutToasts });

    // The ambassador logs three colleagues helped, on her phone, and sees it on her home.
    const monthBefore = await thisMonth();
    const phone = await browser.newContext({
      ...devices['iPhone 13'],
      viewport: { width: 390, height: 844 },
      baseURL: server.url,
      locale: 'nl-NL',
      timezoneId: ZONE,
    });
    const ambassador = await login(phone, AMBASSADOR);
    const ambassadorErrors = watchErrors(ambassador);
    await ambassador.getByTestId('my-home').waitFor();
    await ambassador.getByTestId('colleague-helped').click();
    await ambassador.getByTestId('log-activity-increase').click();
    await ambassador.getByTestId('log-activity-increase').click();
    expect(await ambassador.getByTestId('log-activity-count').inputValue()).toBe('3');
    await ambassador.getByTestId('log-activity-submit').click();
    await ambassador.getByTestId('log-activity-dialog').waitFor({ state: 'detached' });
    const latest = ambassador.getByTestId('my-activity').locator('[data-testid^="my-activity-"]').first();
    await expect.poll(() => latest.innerText()).toContain('3');
    await ambassador.screenshot({ path: `${screenshots}home-phone.png`, fullPage: true, ...withoutToasts });
    expect(await seriousAxeFindings(ambassador)).toEqual([]);

    // The admin's activity chart counts them this month.
    const monthAfter = await thisMonth();
    expect(monthAfter.count).toBe(monthBefore.count + 3);
    await admin.reload();
    await admin.getByTestId('dashboard-activity-chart').waitFor();
    const table = admin.getByTestId('dashboard-activity-chart-table');
    expect(await table.innerText()).toContain(String(monthAfter.count));
    expect(await seriousAxeFindings(admin)).toEqual([]);

    expect(adminErrors).toEqual([]);
    expect(ambassadorErrors).toEqual([]);
    await phone.close();
    await office.close();
  });
});
