import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDate, launchBrowser, watchErrors } from './browser.ts';
import { ADMIN, AMBASSADOR, DEMO_PASSWORD, desk, login, phone, withoutToasts, ZONE } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** Colleagues of Afdeling Beuk in the demo export, not trained yet. */
const PARTICIPANTS = ['Eva Dekker', 'Femke Kok'];

let server: RunningServer;
let browser: Browser;
let adminToken: string;

/** The start-up refresh without a cookie answers 401, and the refused first save answers 409: both on purpose. */
const EXPECTED_STATUSES = [401, 409];

type Session = { id: string; title: string; startsAt: string; endsAt: string; trainers: { name: string }[] };

async function api<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const trained = async () =>
  (await api<{ totals: { trained: number } }>('/training/coverage', { token: adminToken })).totals.trained;

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  adminToken = (
    await api<{ accessToken: string }>('/auth/login', {
      method: 'POST',
      body: { email: ADMIN, password: DEMO_PASSWORD },
    })
  ).accessToken;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('training in a browser', () => {
  it('schedules a session past a conflict, enrols people, takes attendance on a phone and sees coverage change', async () => {
    const office = await desk(browser, server.url);
    const admin = await login(office, ADMIN);
    const adminErrors = watchErrors(admin, EXPECTED_STATUSES);

    // Mohamed's first-wave session of the demo is what the first attempt collides with.
    const { items } = await api<{ items: Session[] }>('/training-sessions?wave=golf%201', { token: adminToken });
    const busy = items.find((session) => session.trainers.some((trainer) => trainer.name === 'Mohamed Scheerder'))!;
    const clashStart = DateTime.fromISO(busy.startsAt, { zone: ZONE });

    await admin.getByRole('link', { name: 'Trainingen', exact: true }).click();
    await admin.getByTestId('calendar').waitFor();
    await admin.getByTestId('session-plan').click();
    const form = admin.getByTestId('session-form');
    await form.getByTestId('session-title').fill('Intranet voor Afdeling Beuk');
    const setTimes = async (start: DateTime, end: DateTime) => {
      // Typed as the Dutch interface writes dates, whatever the browser's language.
      await fillDate(form.getByTestId('session-start-date'), start.toFormat('dd-MM-yyyy'));
      await form.getByTestId('session-start-time').fill(start.toFormat('HH:mm'));
      await fillDate(form.getByTestId('session-end-date'), end.toFormat('dd-MM-yyyy'));
      await form.getByTestId('session-end-time').fill(end.toFormat('HH:mm'));
    };
    await setTimes(clashStart, clashStart.plus({ hours: 1 }));
    await form.getByTestId('session-location').fill('De Linde, vergaderzaal');
    const trainers = form.getByTestId('session-trainers');
    await trainers.getByRole('checkbox', { name: /Mohamed Scheerder/ }).check();
    await expect.poll(() => trainers.locator('.checklist__chosen').innerText()).toContain('Mohamed Scheerder');
    await form.getByTestId('session-save').click();

    // The form answers with the clash; should it answer otherwise, the failure shows what the form said instead.
    const conflict = admin.getByTestId('conflict-message');
    const otherAnswers = form
      .getByTestId('session-missing-warning')
      .or(form.getByTestId('session-form-error'))
      .or(form.locator('.form-field--invalid'));
    await conflict.or(otherAnswers).first().waitFor();
    expect(await conflict.isVisible(), await form.innerText()).toBe(true);
    expect(await conflict.textContent()).toContain(busy.title);

    // Moved to a time that has already begun today, so its trainer can take attendance right away.
    const now = DateTime.now().setZone(ZONE).startOf('minute');
    await setTimes(now.minus({ minutes: 45 }), now.plus({ minutes: 45 }));
    // A start in the past is refused unless the form says the session is being recorded as it happens.
    await form.locator('#session-records-past').check();
    await form.getByTestId('session-save').click();
    await admin.waitForURL(/\/training\/sessions\/[0-9a-f-]{36}$/);
    const sessionId = admin.url().split('/').pop()!;

    for (const name of PARTICIPANTS) {
      await admin.getByLabel('Collega inschrijven').fill(name);
      await admin
        .getByRole('option', { name: new RegExp(name) })
        .first()
        .click();
      await admin.getByTestId('enrol-employee').click();
      await expect.poll(async () => (await admin.getByTestId('enrol-result').textContent()) ?? '').toContain(name);
    }
    await admin.getByTestId('enrolments-table').getByText(PARTICIPANTS[1]!).waitFor();
    const before = await trained();

    // The trainer, on her phone.
    const mobile = await phone(browser, server.url);
    const ambassador = await login(mobile, AMBASSADOR);
    const ambassadorErrors = watchErrors(ambassador, EXPECTED_STATUSES);
    await ambassador.getByTestId(`record-attendance-${sessionId}`).click();
    await ambassador.waitForURL(`**/training/sessions/${sessionId}/attendance`);
    const detail = await api<{ enrolments: { employeeId: string; name: string }[] }>(
      `/training-sessions/${sessionId}`,
      {
        token: adminToken,
      },
    );
    for (const enrolment of detail.enrolments)
      await ambassador.getByTestId(`attendance-attended-${enrolment.employeeId}`).click();
    // "Opslaan" stays within reach at the bottom of the phone's screen.
    const save = await ambassador.getByTestId('attendance-save').boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(ambassador.viewportSize()!.height);
    await ambassador.screenshot({ path: `${screenshots}attendance-phone.png`, ...withoutToasts });
    await ambassador.getByTestId('attendance-save').click();
    await ambassador.waitForURL(`**/training/sessions/${sessionId}`);
    expect(await trained()).toBe(before + PARTICIPANTS.length);

    // Training coverage in the browser shows the two new trained colleagues.
    await admin.goto('/training/coverage');
    const totals = admin.getByTestId('training-coverage-totals');
    await totals.waitFor();
    await expect.poll(async () => (await totals.textContent()) ?? '').toContain(String(before + PARTICIPANTS.length));
    await admin.screenshot({ path: `${screenshots}training-coverage.png`, fullPage: true, ...withoutToasts });

    await admin.goto('/training');
    await admin.getByRole('button', { name: /maand/i }).click();
    await admin.locator('[data-testid^="calendar-event-"]').first().waitFor();
    await admin.screenshot({ path: `${screenshots}training-calendar.png`, fullPage: true, ...withoutToasts });

    expect(adminErrors).toEqual([]);
    expect(ambassadorErrors).toEqual([]);
    await office.close();
    await mobile.close();
  });
});
