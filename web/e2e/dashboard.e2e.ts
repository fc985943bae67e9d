import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, AMBASSADOR, apiGet, desk, login, phone, withoutToasts } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

let server: RunningServer;
let browser: Browser;
let adminToken: string;

type Months = { activity: { months: { month: string; entries: number; count: number }[] }; phase: string };

const dashboard = () => apiGet<Months>(server.url, '/dashboard', adminToken);

const thisMonth = async () => (await dashboard()).activity.months.at(-1)!;

/** The tiles in the order the dashboard shows them. */
const tileOrder = (page: Page) =>
  page
    .getByTestId('dashboard-tiles')
    .locator(':scope > [data-testid^="tile-"]')
    .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-testid')));

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  adminToken = await accessToken(server.url, ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the dashboard and the ambassador home in a browser', () => {
  it('orders the dashboard by phase, and shows colleagues an ambassador helped from her phone', async () => {
    const office = await desk(browser, server.url);
    const admin = await login(office, ADMIN);
    const adminErrors = watchErrors(admin);
    await admin.getByTestId('dashboard-tiles').waitFor();
    const firstPhase = (await dashboard()).phase;
    const before = await tileOrder(admin);
    await admin.screenshot({ path: `${screenshots}dashboard-${firstPhase}.png`, fullPage: true, ...withoutToasts });
    expect(await seriousAxeFindings(admin)).toEqual([]);

    // After go-live the dashboard puts activity and quiet ambassadors first.
    await admin.getByTestId('phase-select').selectOption({ label: 'Na de livegang' });
    await admin.getByTestId('phase-change-button').click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Fase wijzigen' }).click();
    await expect.poll(() => tileOrder(admin)).not.toEqual(before);
    expect((await tileOrder(admin))[0]).toBe('tile-activity');
    expect((await dashboard()).phase).toBe('after_go_live');
    await admin.screenshot({ path: `${screenshots}dashboard-after_go_live.png`, fullPage: true, ...withoutToasts });

    // The ambassador logs three colleagues helped, on her phone, and sees it on her home.
    const monthBefore = await thisMonth();
    const mobile = await phone(browser, server.url);
    const ambassador = await login(mobile, AMBASSADOR);
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
    await mobile.close();
    await office.close();
  });

  it('shows the leaderboard once the admin switches recognition on, with the ambassador’s own place', async () => {
    type Board = { items: { name: string; points: number; rank: number }[]; mine: null };
    const office = await desk(browser, server.url);
    const admin = await login(office, ADMIN);
    await admin.goto('/activity');
    await admin.getByTestId('activity-table').waitFor();
    expect(await admin.getByTestId('leaderboard').count()).toBe(0);

    await admin.goto('/settings');
    await admin.getByLabel('Punten en ranglijst voor ambassadeurs').check();
    await admin.getByLabel('Punten voor: Bijeenkomst').fill('10');
    await admin.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(
        async () =>
          (await apiGet<{ recognition: { enabled: boolean } }>(server.url, '/organisation', adminToken)).recognition,
      )
      .toMatchObject({ enabled: true, points: { event: 10 } });

    const board = await apiGet<Board>(server.url, '/activities/leaderboard', adminToken);
    expect(board.items.length).toBeGreaterThan(0);
    await admin.goto('/activity');
    const first = admin.getByTestId('leaderboard-table').locator('tbody tr').first();
    await expect.poll(() => first.innerText()).toContain(board.items[0]!.name);

    const mobile = await phone(browser, server.url);
    const ambassador = await login(mobile, AMBASSADOR);
    const errors = watchErrors(ambassador);
    await ambassador.goto('/activity');
    await ambassador.getByTestId('leaderboard-mine').waitFor();
    expect(await ambassador.getByTestId('leaderboard-mine').innerText()).toMatch(
      /Jij staat op plaats \d+ met \d+ punten/,
    );
    await ambassador.getByTestId('leaderboard').scrollIntoViewIfNeeded();
    await ambassador.screenshot({ path: `${screenshots}leaderboard-phone.png`, fullPage: true, ...withoutToasts });
    expect(await seriousAxeFindings(ambassador)).toEqual([]);
    expect(errors).toEqual([]);
    await mobile.close();
    await office.close();
  });
});
