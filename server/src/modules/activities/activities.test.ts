import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bearer, createUser } from '../../test/factories.ts';
import {
  api,
  linkedUser,
  makeAmbassador,
  PATHS,
  useOrg,
  usePeople,
  useTestApp,
  ZONE,
} from '../training/training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Activiteit');
const people = usePeople(t, org);
const other = useOrg(t, 'Zorggroep Elders');

type Activity = {
  id: string;
  ambassadorId: string;
  ambassadorName: string;
  kind: string;
  date: string;
  count: number;
  note: string | null;
  digitalHelp: boolean;
  automatic: boolean;
};

const today = () => DateTime.now().setZone(ZONE).toISODate()!;
const daysAgo = (days: number) => DateTime.now().setZone(ZONE).minus({ days }).toISODate()!;

const log = (token: string, body: object) => api(t).post('/api/v1/activities').set(bearer(token)).send(body);
const list = async (token: string, query: Record<string, string | number> = {}) =>
  (await api(t).get('/api/v1/activities').query(query).set(bearer(token)).expect(200)).body as {
    items: Activity[];
    total: number;
    nextCursor: string | null;
  };
const fieldErrors = (body: { errors?: { field: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => [e.field, e.code]);

describe('logging activity', () => {
  it('logs an ambassador’s activity for herself, with a count of 1 unless given', async () => {
    const response = await log(people.anna.token, { kind: 'event', date: daysAgo(3), note: ' Inloopspreekuur ' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      ambassadorId: people.anna.id,
      ambassadorName: 'Anna Beuk',
      kind: 'event',
      date: daysAgo(3),
      count: 1,
      note: 'Inloopspreekuur',
      digitalHelp: false,
      automatic: false,
    });
    const helped = await log(people.anna.token, {
      kind: 'colleague_helped',
      date: today(),
      count: 4,
      digitalHelp: true,
    }).expect(201);
    expect(helped.body).toMatchObject({ count: 4, digitalHelp: true });
  });

  it('lets an admin log for an ambassador she names, and only one of the organisation', async () => {
    const missing = await log(org.token, { kind: 'content_published', date: today() }).expect(400);
    expect(fieldErrors(missing.body)).toEqual([['ambassadorId', 'required']]);
    const foreign = await makeAmbassador(t, other, 'E03');
    const elsewhere = await log(org.token, {
      kind: 'content_published',
      date: today(),
      ambassadorId: foreign.id,
    }).expect(400);
    expect(fieldErrors(elsewhere.body)).toEqual([['ambassadorId', 'not_found']]);
    const logged = await log(org.token, {
      kind: 'training_given',
      date: daysAgo(1),
      count: 6,
      ambassadorId: people.bram.id,
      note: 'Teams-uitleg aan de nachtdienst',
    }).expect(201);
    expect(logged.body).toMatchObject({ ambassadorId: people.bram.id, count: 6, automatic: false });
  });

  it('refuses a day after today (in the organisation’s time zone) or before 2000', async () => {
    const tomorrow = DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!;
    expect(fieldErrors((await log(people.anna.token, { kind: 'event', date: tomorrow }).expect(400)).body)).toEqual([
      ['date', 'in_future'],
    ]);
    expect(fieldErrors((await log(people.anna.token, { kind: 'event', date: '1999-12-31' }).expect(400)).body)).toEqual(
      [['date', 'too_early']],
    );
    await log(people.anna.token, { kind: 'event', date: '2000-01-01' }).expect(201);
  });

  it('allows digital help only when helping a colleague, and a count only where colleagues are counted', async () => {
    const digital = await log(people.anna.token, { kind: 'event', date: today(), digitalHelp: true }).expect(400);
    expect(fieldErrors(digital.body)).toEqual([['digitalHelp', 'not_allowed']]);
    const counted = await log(people.anna.token, { kind: 'content_published', date: today(), count: 3 }).expect(400);
    expect(fieldErrors(counted.body)).toEqual([['count', 'not_allowed']]);
    for (const count of [0, 501, 2.5])
      await log(people.anna.token, { kind: 'colleague_helped', date: today(), count }).expect(400);
    await log(people.anna.token, { kind: 'colleague_helped', date: today(), count: 500 }).expect(201);
    // Kinds the app writes cannot be logged by hand.
    await log(people.anna.token, { kind: 'feedback_given', date: today() }).expect(400);
    await log(people.anna.token, { kind: 'content_reviewed', date: today() }).expect(400);
  });

  it('refuses an ambassador who is not (or not yet) active, and HR altogether', async () => {
    const candidate = await makeAmbassador(t, org, 'E05', { status: 'candidate' });
    const user = await linkedUser(t, org, 'E05');
    expect(candidate.id).toBeTruthy();
    await log(user.token, { kind: 'event', date: today() }).expect(403);
    const noRecord = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    await log(noRecord.token, { kind: 'event', date: today() }).expect(403);
    expect((await list(noRecord.token)).total).toBe(0);
    await log(people.hr.token, { kind: 'event', date: today(), ambassadorId: people.anna.id }).expect(403);
  });
});

describe('reading activity', () => {
  it('shows an ambassador only her own, whatever she asks for', async () => {
    await log(people.bram.token, { kind: 'event', date: daysAgo(2), note: 'Bram zijn eigen' }).expect(201);
    const own = await list(people.anna.token);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((a) => a.ambassadorId === people.anna.id)).toBe(true);
    const asked = await list(people.anna.token, { ambassadorId: people.bram.id });
    expect(asked.items.every((a) => a.ambassadorId === people.anna.id)).toBe(true);
    expect(asked.total).toBe(own.total);
  });

  it('shows admins and HR everyone’s, newest first, with filters', async () => {
    for (const token of [org.token, people.hr.token]) {
      const all = await list(token, { limit: 200 });
      expect(new Set(all.items.map((a) => a.ambassadorId))).toEqual(new Set([people.anna.id, people.bram.id]));
      const dates = all.items.map((a) => a.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    const bram = await list(people.hr.token, { ambassadorId: people.bram.id });
    expect(bram.items.every((a) => a.ambassadorId === people.bram.id)).toBe(true);
    const events = await list(org.token, { kind: 'event', from: daysAgo(3), to: daysAgo(2) });
    expect(events.items.map((a) => [a.ambassadorName, a.date]).sort()).toEqual([
      ['Anna Beuk', daysAgo(3)],
      ['Bram Beuk', daysAgo(2)],
    ]);
    const paged = await list(org.token, { limit: 2 });
    expect(paged.items).toHaveLength(2);
    expect(paged.nextCursor).not.toBeNull();
  });

  it('filters by the ambassador’s department, subdepartments included', async () => {
    const cor = await makeAmbassador(t, org, 'E03');
    await log(org.token, { kind: 'event', date: today(), ambassadorId: cor.id }).expect(201);
    const linde = await list(org.token, { departmentId: org.department(PATHS.linde), limit: 200 });
    expect(new Set(linde.items.map((a) => a.ambassadorId))).toEqual(new Set([people.anna.id, people.bram.id, cor.id]));
    const eik = await list(org.token, { departmentId: org.department(PATHS.eik) });
    expect(eik.items.map((a) => a.ambassadorId)).toEqual([cor.id]);
    expect((await list(org.token, { departmentId: org.department(PATHS.ict) })).total).toBe(0);
  });

  it('sums entries and colleagues reached per month and kind, and per department', async () => {
    const from = daysAgo(400);
    const summary = (await api(t).get('/api/v1/activities/summary').query({ from }).set(bearer(org.token)).expect(200))
      .body as {
      months: { month: string; kind: string; entries: number; count: number }[];
      byDepartment: { departmentId: string; entries: number; count: number }[];
    };
    const all = await list(org.token, { from, limit: 200 });
    const expected = new Map<string, { entries: number; count: number }>();
    for (const a of all.items) {
      const key = `${a.date.slice(0, 7)} ${a.kind}`;
      const sum = expected.get(key) ?? { entries: 0, count: 0 };
      expected.set(key, { entries: sum.entries + 1, count: sum.count + a.count });
    }
    expect(
      new Map(summary.months.map((m) => [`${m.month} ${m.kind}`, { entries: m.entries, count: m.count }])),
    ).toEqual(expected);
    const byDepartment = new Map(summary.byDepartment.map((d) => [d.departmentId, d.entries]));
    expect([...byDepartment.keys()].sort()).toEqual([org.department(PATHS.beuk), org.department(PATHS.eik)].sort());
    const own = (await api(t).get('/api/v1/activities/summary').set(bearer(people.bram.token)).expect(200)).body;
    const ownEntries = own.months.reduce((n: number, m: { entries: number }) => n + m.entries, 0);
    expect(ownEntries).toBe((await list(people.bram.token)).total);
  });
});

describe('deleting activity', () => {
  it('lets an ambassador delete her own, not a colleague’s (as unknown to her as in her list)', async () => {
    const own = await log(people.anna.token, { kind: 'event', date: today() }).expect(201);
    const bram = await log(people.bram.token, { kind: 'event', date: today() }).expect(201);
    await api(t).delete(`/api/v1/activities/${bram.body.id}`).set(bearer(people.anna.token)).expect(404);
    await api(t).delete(`/api/v1/activities/${own.body.id}`).set(bearer(people.anna.token)).expect(204);
    await api(t).delete(`/api/v1/activities/${own.body.id}`).set(bearer(people.anna.token)).expect(404);
    await api(t).delete(`/api/v1/activities/${bram.body.id}`).set(bearer(people.hr.token)).expect(403);
    await api(t).delete(`/api/v1/activities/${bram.body.id}`).set(bearer(org.token)).expect(204);
  });

  it('keeps what the app recorded: 409 activity_automatic', async () => {
    const page = await api(t)
      .post('/api/v1/content-items')
      .set(bearer(org.token))
      .send({ title: 'Intranet: nieuwsoverzicht', ownerAmbassadorId: people.anna.id })
      .expect(201);
    await api(t).post(`/api/v1/content-items/${page.body.id}/review`).set(bearer(people.anna.token)).expect(200);
    const reviewed = (await list(people.anna.token, { kind: 'content_reviewed' })).items[0]!;
    expect(reviewed).toMatchObject({ automatic: true, date: today() });
    for (const token of [people.anna.token, org.token]) {
      const response = await api(t).delete(`/api/v1/activities/${reviewed.id}`).set(bearer(token)).expect(409);
      expect(response.body.code).toBe('activity_automatic');
    }
  });

  it('answers 404 for another organisation’s activity', async () => {
    const foreign = await makeAmbassador(t, other, 'E04');
    const logged = await log(other.token, { kind: 'event', date: today(), ambassadorId: foreign.id }).expect(201);
    await api(t).delete(`/api/v1/activities/${logged.body.id}`).set(bearer(org.token)).expect(404);
    expect((await list(org.token, { limit: 200 })).items.map((a) => a.id)).not.toContain(logged.body.id);
    expect((await list(org.token, { ambassadorId: foreign.id })).total).toBe(0);
  });
});
