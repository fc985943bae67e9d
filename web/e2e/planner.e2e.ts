import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, apiGet, desk, login, withoutToasts, ZONE } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const WAVE = 'golf e2e';
const ROOMS = [
  { name: 'Zaal De Linde', capacity: '12' },
  { name: 'Leslokaal 2', capacity: '8' },
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Session = { id: string; location: string | null; trainers: { ambassadorId: string }[] };

describe('the wave planner in a browser', () => {
  it('plans a wave with rooms and digital help, reviews it compactly and applies it', async () => {
    const office = await desk(browser, server.url);
    const admin = await login(office, ADMIN);
    const errors = watchErrors(admin);

    await admin.goto('/training/planner');
    await admin.getByTestId('plan-form').waitFor();

    // Two rooms, added in the planner.
    await admin.getByTestId('plan-rooms-panel').locator('summary').click();
    for (const room of ROOMS) {
      await admin.getByTestId('plan-room-name').fill(room.name);
      await admin.getByTestId('plan-room-capacity').fill(room.capacity);
      await admin.getByTestId('plan-room-add').click();
      await admin.getByTestId('plan-rooms-table').getByRole('rowheader', { name: room.name }).waitFor();
    }

    // Two weeks from the Monday after next, in both rooms, with digital help.
    const monday = DateTime.now().setZone(ZONE).plus({ weeks: 2 }).startOf('week');
    await admin.locator('#plan-from').fill(monday.toISODate()!);
    await admin.locator('#plan-to').fill(monday.plus({ days: 11 }).toISODate()!);
    await admin.locator('#plan-wave').fill(WAVE);
    await admin.locator('label[for="plan-digital-help"]').click();
    await admin.locator('#plan-help-capacity').fill('6');
    const roomChoices = admin.getByTestId('plan-rooms');
    for (const room of ROOMS) await roomChoices.getByRole('checkbox', { name: new RegExp(room.name) }).check();
    await admin.getByTestId('plan-submit').click();

    const review = admin.getByTestId('plan-sessions');
    await review.or(admin.getByTestId('plan-form-error')).waitFor({ timeout: 60_000 });
    expect(await admin.getByTestId('plan-form-error').allTextContents(), 'the form is refused').toEqual([]);
    expect(errors).toEqual([]);
    // Compact: a table per week, a row per session, locations filled in from the rooms.
    const weeks = admin.locator('[data-testid^="plan-week-"]');
    expect(await weeks.count()).toBe(2);
    const rows = review.locator('tbody.plan-table__session');
    const count = await rows.count();
    expect(count).toBeGreaterThan(4);
    const rooms = await review
      .locator('select[data-testid$="-room"]')
      .evaluateAll((selects) =>
        selects.map((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
      );
    expect(rooms.every((room) => /Zaal De Linde|Leslokaal 2/.test(room))).toBe(true);
    // Sessions of mostly low-skill colleagues, with a digital buddy.
    expect(await review.locator('[data-testid$="-digital-help"]').count()).toBeGreaterThan(0);
    expect(await review.locator('[data-testid$="-buddy"]').count()).toBeGreaterThan(0);
    // Who is not planned, by reason.
    await admin.getByTestId('plan-unplanned-reasons').waitFor();

    // A row opens with the keyboard to show its participants.
    const toggle = rows.first().locator('[data-testid$="-participants-toggle"]');
    await toggle.focus();
    await admin.keyboard.press('Enter');
    await rows.first().locator('[data-testid$="-participants"] li').first().waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    // The apply bar stays in view while the proposal is long.
    const bar = await admin.getByTestId('plan-apply').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(admin.viewportSize()!.height);
    expect(await seriousAxeFindings(admin)).toEqual([]);
    await admin.screenshot({ path: `${screenshots}planner-review.png`, ...withoutToasts });

    const widths = await admin.evaluate(() =>
      ['.planner-review', '.plan-table'].map((selector) => document.querySelector(selector)!.scrollWidth),
    );
    expect(widths[1], 'the table is as wide as the review').toBeLessThanOrEqual(widths[0]!);
    // The table fits the window: nothing sticks out sideways, here nor at phone width, where the rows are cards.
    expect(await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await admin.setViewportSize({ width: 390, height: 844 });
    const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const wide = await admin.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => {
          for (let up = element.parentElement; up; up = up.parentElement)
            if (/(hidden|auto|scroll|clip)/.test(getComputedStyle(up).overflowX)) return false;
          return true;
        })
        .filter(
          (element) =>
            ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 1),
        )
        .slice(0, 15)
        .map(
          (element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`,
        ),
    );
    expect(wide, 'wider than the phone').toEqual([]);
    expect(overflow).toBeLessThanOrEqual(1);
    await admin.setViewportSize({ width: 1360, height: 900 });

    await admin.getByTestId('plan-apply').click();
    await admin.getByTestId('plan-applied').waitFor({ timeout: 60_000 });

    const token = await accessToken(server.url, ADMIN);
    const created = await apiGet<{ items: Session[]; total: number }>(
      server.url,
      `/training-sessions?wave=${encodeURIComponent(WAVE)}&limit=200`,
      token,
    );
    expect(created.total).toBe(count);
    expect(created.items.every((session) => ROOMS.some((room) => room.name === session.location))).toBe(true);
    expect(created.items.some((session) => session.trainers.length === 2)).toBe(true);

    expect(errors).toEqual([]);
    await office.close();
  });
});
