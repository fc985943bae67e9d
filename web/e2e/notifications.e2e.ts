import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, AMBASSADOR, apiGet, desk, login, phone } from './demo.ts';
import { startInbox, type Inbox } from './inbox.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * Reaching people: a forgotten password is reset through the mailed link (the server sends to an SMTP server in this
 * process, and the admin sees the mail under Verzonden berichten), and a round opened for an ambassador shows under
 * her bell.
 */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const HR = 'hr@zorggroep-horizon.example';
const NEW_PASSWORD = 'een fris voorjaar bij de horizon';
const ROUND_TITLE = 'Pulse: hoe bevalt het nieuwe intranet?';

let server: RunningServer;
let browser: Browser;
let adminToken: string;
let inbox: Inbox;
const environment = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

async function api<T>(method: 'POST', path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The token of the reset link in a mail: in its text, or in its HTML when the text lacks it. */
function resetToken(text: string): string | null {
  const found = /\/reset-password\?token=([A-Za-z0-9._~%-]+)/.exec(text)?.[1];
  return found ? decodeURIComponent(found) : null;
}

beforeAll(async () => {
  // The server takes its settings from this process's environment: here it mails to the inbox above.
  inbox = await startInbox();
  process.env.SMTP_URL = inbox.url;
  process.env.MAIL_FROM = 'Ambassador <no-reply@zorggroep-horizon.example>';
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  adminToken = await accessToken(server.url, ADMIN);
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await inbox?.close();
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('notifications and account in a browser', () => {
  it('a forgotten password: ask for a link, the mail in the outbox, a new password, logged in', async () => {
    const context = await desk(browser, server.url);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.waitForURL((url) => url.pathname === '/forgot-password');
    await page.getByLabel('E-mailadres').fill(HR);
    await page.getByRole('button', { name: 'Stuur me een link' }).click();
    await expect.poll(() => page.getByTestId('forgot-sent').innerText()).toContain(`Hoort er een account bij ${HR}?`);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // An unknown address gets the very same answer.
    const unknown = await fetch(`${server.url}/api/v1/auth/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'niemand@zorggroep-horizon.example' }),
    });
    expect(unknown.status).toBe(202);

    // The mail arrives with the link in it.
    const mail = await inbox.waitFor(HR, (each) => resetToken(`${each.text ?? ''} ${String(each.html)}`) !== null);
    const token = resetToken(`${mail.text ?? ''} ${String(mail.html)}`)!;

    // The admin sees it under Instellingen → Verzonden berichten.
    const adminContext = await desk(browser, server.url);
    const admin = await login(adminContext, ADMIN);
    const adminErrors = watchErrors(admin);
    await admin.getByRole('link', { name: 'Instellingen' }).click();
    await admin.getByRole('link', { name: 'Verzonden berichten' }).click();
    await admin.waitForURL((url) => url.pathname === '/settings/outbox');
    const resetRow = admin.getByRole('row').filter({ hasText: HR }).filter({ hasText: 'Wachtwoord vergeten' });
    await expect.poll(() => resetRow.first().innerText(), { timeout: 15_000 }).toContain(mail.subject ?? '');
    expect(await resetRow.first().innerText()).toContain('Verzonden');
    expect(await seriousAxeFindings(admin)).toEqual([]);
    expect(adminErrors).toEqual([]);
    await adminContext.close();

    // The link from the mail sets a new password and logs in.
    await page.goto(`/reset-password?token=${encodeURIComponent(token)}`);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByTestId('user-menu-button').innerText()).toContain('HR');

    // The link works once; the new password logs in, the old one no longer does.
    const again = await fetch(`${server.url}/api/v1/auth/reset-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, password: 'nog een heel ander wachtwoord' }),
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    await page.goto(`/reset-password?token=${encodeURIComponent(token)}`);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog een heel ander wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('nog een heel ander wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await expect.poll(() => page.getByTestId('reset-invalid').innerText()).toContain('Deze link werkt niet meer');

    const withNew = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: HR, password: NEW_PASSWORD }),
    });
    expect(withNew.status).toBe(200);
    await expect(accessToken(server.url, HR)).rejects.toThrow('401');
    // The reused link is refused on purpose.
    expect(errors.filter((error) => !/status of 4\d\d\b/.test(error))).toEqual([]);
    await context.close();
  }, 240_000);

  it('the bell shows a round opened for the ambassador, and opening it leads to the round', async () => {
    const ambassadorToken = await accessToken(server.url, AMBASSADOR);
    const me = await apiGet<{ ambassador?: { id: string } }>(server.url, '/me', ambassadorToken);
    expect(me.ambassador?.id).toBeTruthy();
    const before = await apiGet<{ unreadCount: number }>(server.url, '/me/notifications?limit=1', ambassadorToken);

    const round = await api<{ id: string }>('POST', '/feedback-rounds', adminToken, {
      purpose: 'pulse',
      title: ROUND_TITLE,
      questions: [{ kind: 'rating', text: 'Hoe tevreden ben je over het nieuwe intranet?', required: true }],
      participantIds: [me.ambassador!.id],
    });
    await api('POST', `/feedback-rounds/${round.id}/open`, adminToken);

    // The notification may be written by a job just after the round opened.
    await expect
      .poll(
        async () =>
          (await apiGet<{ unreadCount: number }>(server.url, '/me/notifications?limit=1', ambassadorToken)).unreadCount,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(before.unreadCount);

    const mobile = await phone(browser, server.url);
    const page: Page = await login(mobile, AMBASSADOR);
    const errors = watchErrors(page);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => page.getByTestId('notification-badge').innerText()).toMatch(/^\d+\+?$/);
    expect(await bell.getAttribute('aria-label')).toMatch(/^Meldingen, \d+ ongelezen$/);

    await bell.click();
    const popup = page.getByTestId('notification-popup');
    const item = popup.getByRole('listitem').filter({ has: page.locator(`a[href*="${round.id}"]`) });
    const byTitle = popup.getByRole('listitem').filter({ hasText: ROUND_TITLE });
    await expect
      .poll(async () => (await item.count()) + (await byTitle.count()), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshots}notifications-bell-phone.png` });
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Escape closes the panel and puts the focus back on the bell.
    await page.keyboard.press('Escape');
    expect(await popup.count()).toBe(0);
    expect(await bell.evaluate((element) => element === document.activeElement)).toBe(true);

    // Opening the notification leads to the round and marks it read.
    await bell.click();
    const target = (await item.count()) > 0 ? item : byTitle;
    const unreadBefore = (
      await apiGet<{ unreadCount: number }>(server.url, '/me/notifications?limit=1', ambassadorToken)
    ).unreadCount;
    await target.first().getByRole('link').click();
    await page.waitForURL((url) => url.pathname.includes(round.id));
    await expect
      .poll(
        async () =>
          (await apiGet<{ unreadCount: number }>(server.url, '/me/notifications?limit=1', ambassadorToken)).unreadCount,
      )
      .toBe(unreadBefore - 1);

    // The full list is a page of its own.
    await page.goto('/notifications');
    await expect.poll(() => page.getByTestId('notifications-list').innerText()).toContain('Nieuwe feedbackronde');
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
    await mobile.close();
  });
});
