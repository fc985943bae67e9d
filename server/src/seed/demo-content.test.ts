import { DateTime } from 'luxon';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INACTIVITY_DAYS } from '@ambassador/shared/constants';
import { bearer } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo.ts';

/** The demo's content register and its year of logged activity, read back through the API. */

let t: TestApp;
const tokens: Record<string, string> = {};
const api = () => request(t.app.server);
const today = () => DateTime.now().setZone('Europe/Amsterdam').startOf('day');

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.app.db });
  for (const user of DEMO_USERS) {
    const login = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: DEMO_PASSWORD })
      .expect(200);
    tokens[user.role] = login.body.accessToken;
  }
}, 180_000);
afterAll(() => t.close());

const get = async (role: string, path: string, query: Record<string, string | number | boolean> = {}) =>
  (await api().get(path).query(query).set(bearer(tokens[role]!)).expect(200)).body;

describe('the demo content register', () => {
  it('holds about forty pages in the intranet’s sections, some overdue', async () => {
    const all = await get('admin', '/api/v1/content-items', { limit: 200 });
    expect(all.total).toBe(40);
    const sections = new Set(all.items.map((i: { section: string }) => i.section));
    expect([...sections]).toEqual(
      expect.arrayContaining(['Nieuws', 'Organisatie', 'Zorg', 'HR-zaken', 'ICT-hulp', 'Kwaliteit']),
    );
    const overdue = await get('admin', '/api/v1/content-items', { overdue: true, limit: 200 });
    expect(overdue.total).toBeGreaterThanOrEqual(8);
    expect(overdue.total).toBeLessThan(20);
    expect(
      all.items.filter((i: { ownerAmbassadorId: string | null }) => i.ownerAmbassadorId === null).length,
    ).toBeGreaterThan(0);
  });

  it('gives the demo ambassador pages of her own, one of them overdue', async () => {
    const mine = await get('ambassador', '/api/v1/content-items', { mine: true });
    expect(mine.total).toBeGreaterThanOrEqual(4);
    expect(
      mine.items.every((i: { mine: boolean; ownerName: string }) => i.mine && i.ownerName === 'Mohamed Scheerder'),
    ).toBe(true);
    expect(mine.items.some((i: { overdue: boolean }) => i.overdue)).toBe(true);
  });
});

describe('the demo activity', () => {
  it('spans a year of every loggable kind, with digital help among the colleagues helped', async () => {
    const summary = await get('hr', '/api/v1/activities/summary');
    const months = new Set(summary.months.map((m: { month: string }) => m.month));
    expect(months.size).toBeGreaterThanOrEqual(12);
    const kinds = new Set(summary.months.map((m: { kind: string }) => m.kind));
    for (const kind of ['colleague_helped', 'content_published', 'event', 'training_given', 'content_reviewed'])
      expect(kinds).toContain(kind);
    const oldest = (await get('admin', '/api/v1/activities', { to: today().minus({ days: 330 }).toISODate()! })).total;
    expect(oldest).toBeGreaterThan(0);
    expect((await get('admin', '/api/v1/activities', { from: today().plus({ days: 1 }).toISODate()! })).total).toBe(0);
    const helped = await get('admin', '/api/v1/activities', { kind: 'colleague_helped', limit: 200 });
    const digital = helped.items.filter((a: { digitalHelp: boolean }) => a.digitalHelp).length;
    expect(digital).toBeGreaterThan(20);
    expect(digital).toBeLessThan(helped.items.length);
  });

  it('has a few active ambassadors quiet for over 60 days and one for 30 to 60', async () => {
    const active = await get('admin', '/api/v1/ambassadors', { status: 'active', limit: 200 });
    const quiet: number[] = [];
    for (const ambassador of active.items as { id: string }[]) {
      const last = await get('admin', '/api/v1/activities', { ambassadorId: ambassador.id, limit: 1 });
      if (last.items.length === 0) continue;
      const days = today().diff(DateTime.fromISO(last.items[0].date, { zone: 'Europe/Amsterdam' }), 'days').days;
      quiet.push(Math.round(days));
    }
    expect(quiet.filter((days) => days > INACTIVITY_DAYS.dashboard).length).toBeGreaterThanOrEqual(3);
    expect(quiet.filter((days) => days > INACTIVITY_DAYS.nudge && days <= INACTIVITY_DAYS.dashboard)).toEqual([45]);
    expect(quiet.filter((days) => days <= INACTIVITY_DAYS.nudge).length).toBeGreaterThanOrEqual(10);
  });

  it('shows the demo ambassador only her own', async () => {
    const own = await get('ambassador', '/api/v1/activities', { limit: 200 });
    expect(own.total).toBeGreaterThan(20);
    expect(new Set(own.items.map((a: { ambassadorName: string }) => a.ambassadorName))).toEqual(
      new Set(['Mohamed Scheerder']),
    );
  });
});
