import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDate, launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, apiGet, desk, login, phone, ZONE } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let admin: Page;
let errors: string[];
let token: string;

/** The start-up refresh without a cookie answers 401; the dry runs before enrolling may answer 409 on purpose. */
const EXPECTED_STATUSES = [401, 409];

async function apiPost<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  token = await accessToken(server.url, ADMIN);
  context = await desk(browser, server.url);
  admin = await login(context, ADMIN);
  errors = watchErrors(admin, EXPECTED_STATUSES);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('the rough edges users tripped over', () => {
  it('refuses a session that starts in the past until it is recorded as one that already happened', async () => {
    const yesterday = DateTime.now()
      .setZone(ZONE)
      .minus({ days: 1 })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    // A client that says the session is not being recorded after the fact, as the form does.
    const refused = await apiPost<{ code: string }>('/training-sessions', {
      kind: 'end_user',
      title: 'Gisteren gegeven',
      capacity: 10,
      startsAt: yesterday.toUTC().toISO(),
      endsAt: yesterday.plus({ hours: 1 }).toUTC().toISO(),
      recordsPast: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('session_in_past');

    await admin.goto('/training/list');
    await admin.getByTestId('session-plan').click();
    const form = admin.getByTestId('session-form');
    await form.getByTestId('session-title').fill('Intranet-uitleg Afdeling Beuk (gisteren)');
    // Typed as the Dutch interface writes dates, whatever the browser's language.
    await fillDate(form.getByTestId('session-start-date'), yesterday.toFormat('dd-MM-yyyy'));
    await form.getByTestId('session-start-time').fill('10:00');
    await form.getByTestId('session-end-time').fill('11:00');
    await form.getByTestId('session-location').fill('De Linde, leslokaal');
    await form.getByTestId('session-external-trainer').fill('Externe Els');
    await form.getByTestId('session-save').click();

    const error = form.getByTestId('session-start-date-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('in het verleden');
    await expect
      .poll(() => admin.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('session-start-date');
    await admin.getByTestId('session-dialog').screenshot({ path: `${screenshots}session-in-past.png` });

    await form.locator('#session-records-past').check();
    await form.getByTestId('session-save').click();
    await admin.waitForURL(/\/training\/sessions\/[0-9a-f-]{36}$/);
    const id = admin.url().split('/').pop()!;
    const saved = await apiGet<{ startsAt: string }>(server.url, `/training-sessions/${id}`, token);
    expect(saved.startsAt).toBe(yesterday.toUTC().toISO({ suppressMilliseconds: false }));
  });

  it('confirms a move on the recruiting board with a toast whose Undo moves the card back', async () => {
    const { items } = await apiGet<{ items: { id: string; employee: { name: string } }[] }>(
      server.url,
      '/ambassadors?status=active&limit=1',
      token,
    );
    const { id, employee } = items[0]!;

    await admin.goto('/ambassadors');
    const column = (status: string) => admin.getByTestId(`board-column-${status}`);
    const card = (status: string) => column(status).getByTestId(`ambassador-card-${id}`);
    await card('active').waitFor();
    // Moved with the card's keyboard menu: the same move as a drag, without the pointer.
    await card('active')
      .getByRole('button', { name: `Verplaatsen naar… (${employee.name})` })
      .click();
    await admin.getByRole('menu').getByRole('menuitem', { name: 'Gepauzeerd' }).click();
    await card('paused').waitFor();

    const toast = admin.getByTestId('board-moved-toast');
    await toast.waitFor();
    expect(await toast.innerText()).toContain(`${employee.name} staat nu bij Gepauzeerd.`);
    await admin.screenshot({ path: `${screenshots}board-undo-toast.png` });
    expect((await apiGet<{ status: string }>(server.url, `/ambassadors/${id}`, token)).status).toBe('paused');

    await toast.getByTestId('board-undo').click();
    await card('active').waitFor();
    await admin
      .getByTestId('board-announcement')
      .getByText(`${employee.name} staat weer bij Actief.`)
      .waitFor({ state: 'attached' });
    expect((await apiGet<{ status: string }>(server.url, `/ambassadors/${id}`, token)).status).toBe('active');
  });

  it('says what enrolling a department into a small session will do, and asks before doing it', async () => {
    const start = DateTime.now().setZone(ZONE).plus({ weeks: 3 }).set({ weekday: 2, hour: 14, minute: 0 });
    const created = await apiPost<{ id: string }>('/training-sessions', {
      kind: 'end_user',
      title: 'Kleine sessie voor een grote afdeling',
      capacity: 5,
      location: 'Hoofdkantoor, zaal Horizon',
      startsAt: start.toUTC().toISO(),
      endsAt: start.plus({ hours: 1 }).toUTC().toISO(),
    });
    expect(created.status).toBe(201);
    const sessionId = created.body.id;

    await admin.goto(`/training/sessions/${sessionId}`);
    const form = admin.getByTestId('bulk-enrol-form');
    await form.getByTestId('bulk-enrol-department').selectOption({ label: 'Wonen en Zorg' });
    await form.getByTestId('enrol-department').click();

    const result = form.getByTestId('bulk-result');
    await expect.poll(async () => (await result.innerText()).trim()).toMatch(/^5 vrije plaatsen, \d+ collega’s:/);
    const text = await result.innerText();
    const [, total, waitlisted] = /, (\d+) collega’s: 5 ingeschreven, (\d+) op de wachtlijst\./.exec(text) ?? [];
    expect(Number(total)).toBe(5 + Number(waitlisted));
    expect(Number(waitlisted)).toBeGreaterThan(0);
    expect(text).toContain('Doorgaan?');
    // Nothing is written before the answer.
    const before = await apiGet<{ registeredCount: number; waitlistedCount: number }>(
      server.url,
      `/training-sessions/${sessionId}`,
      token,
    );
    expect([before.registeredCount, before.waitlistedCount]).toEqual([0, 0]);
    await form.screenshot({ path: `${screenshots}bulk-enrol-confirm.png` });

    const confirm = form.getByTestId('enrol-department');
    expect((await confirm.innerText()).trim()).toBe(`Ja, ${total} collega’s inschrijven`);
    await confirm.click();
    await expect
      .poll(async () => (await result.innerText()).trim())
      .toMatch(new RegExp(`^5 ingeschreven, ${waitlisted} op de wachtlijst, \\d+ overgeslagen\\.$`));
    const after = await apiGet<{ registeredCount: number; waitlistedCount: number }>(
      server.url,
      `/training-sessions/${sessionId}`,
      token,
    );
    expect([after.registeredCount, after.waitlistedCount]).toEqual([5, Number(waitlisted)]);
    expect(errors).toEqual([]);
  });

  it('fits the training list and the employee table on a 1366 px screen, and shows the list as cards on a phone', async () => {
    const laptop = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1366, height: 768 },
      locale: 'nl-NL',
      timezoneId: ZONE,
    });
    const page = await login(laptop, ADMIN);
    /** How far a table reaches past the room it is given. */
    const overflow = (testid: string) =>
      page
        .getByTestId(testid)
        .locator('.plain-table__scroll')
        .evaluate((room) => room.scrollWidth - room.clientWidth);

    await page.goto('/training/list');
    await page.getByTestId('sessions-table').locator('tbody tr').first().waitFor();
    expect(await overflow('sessions-table')).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${screenshots}training-list-1366.png` });

    await page.goto('/organisation/employees');
    await page.getByTestId('employees-table').locator('tbody tr').first().waitFor();
    expect(await overflow('employees-table')).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${screenshots}employees-1366.png` });
    await laptop.close();

    const mobile = await phone(browser, server.url);
    const small = await login(mobile, ADMIN);
    await small.goto('/training/list');
    const table = small.getByTestId('sessions-table');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('thead').isVisible()).toBe(false);
    expect(
      await table.locator('.plain-table__scroll').evaluate((room) => room.scrollWidth - room.clientWidth),
    ).toBeLessThanOrEqual(1);
    await table.locator('tbody tr').first().scrollIntoViewIfNeeded();
    await small.screenshot({ path: `${screenshots}training-list-phone.png` });
    await mobile.close();
  });
});
