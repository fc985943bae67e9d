import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { RECOGNITION_DEFAULT_POINTS, type ActivityKinds } from '@ambassador/shared/constants';
import { bearer } from '../../test/factories.ts';
import { api, makeAmbassador, PATHS, useOrg, usePeople, useTestApp, ZONE } from '../training/training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Erkenning');
const people = usePeople(t, org);
const other = useOrg(t, 'Zorggroep Zonder Punten');

type Entry = {
  rank: number;
  ambassadorId: string;
  name: string;
  departmentId: string;
  points: number;
  entries: number;
};
type Board = { items: Entry[]; total: number; nextCursor: string | null; from: string; to: string; mine: Entry | null };
type Logged = { ambassadorId: string; kind: (typeof ActivityKinds)[number]; date: string; count: number };

const daysAgo = (days: number) => DateTime.now().setZone(ZONE).minus({ days }).toISODate()!;
const patchOrganisation = (token: string, body: object) =>
  api(t).patch('/api/v1/organisation').set(bearer(token)).send(body);
const board = (token: string, query: Record<string, string | number> = {}) =>
  api(t).get('/api/v1/activities/leaderboard').query(query).set(bearer(token));
const log = (body: Omit<Logged, 'count'> & { count?: number }) =>
  api(t)
    .post('/api/v1/activities')
    .set(bearer(org.token))
    .send({ ...body })
    .expect(201);

/** The leaderboard computed here from what was logged: the independent check of what the API answers. */
function expectedBoard(logged: Logged[], points: Record<string, number>, from: string, to: string) {
  const totals = new Map<string, { points: number; entries: number }>();
  for (const entry of logged) {
    if (entry.date < from || entry.date > to) continue;
    const line = totals.get(entry.ambassadorId) ?? { points: 0, entries: 0 };
    line.points += entry.count * points[entry.kind]!;
    line.entries += 1;
    totals.set(entry.ambassadorId, line);
  }
  const lines = [...totals].filter(([, line]) => line.points > 0).sort((a, b) => b[1].points - a[1].points);
  return lines.map(([ambassadorId, line]) => ({
    ambassadorId,
    ...line,
    rank: 1 + lines.filter(([, other]) => other.points > line.points).length,
  }));
}

describe('recognition settings', () => {
  it('is off by default, with the default points, and without a leaderboard', async () => {
    const organisation = await api(t).get('/api/v1/organisation').set(bearer(other.token)).expect(200);
    expect(organisation.body.recognition).toEqual({ enabled: false, points: RECOGNITION_DEFAULT_POINTS });
    const off = await board(other.token).expect(409);
    expect(off.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(off.body.code).toBe('recognition_off');
  });

  it('lets the admin switch it on and set some kinds’ points, keeping the others', async () => {
    await patchOrganisation(other.token, { recognition: { enabled: true, points: { event: 10 } } }).expect(200);
    const changed = await patchOrganisation(other.token, { recognition: { points: { colleague_helped: 0 } } }).expect(
      200,
    );
    expect(changed.body.recognition).toEqual({
      enabled: true,
      points: { ...RECOGNITION_DEFAULT_POINTS, event: 10, colleague_helped: 0 },
    });
    await board(other.token).expect(200);
    const off = await patchOrganisation(other.token, { recognition: { enabled: false } }).expect(200);
    expect(off.body.recognition.points.event).toBe(10);
    await board(other.token).expect(409);
  });

  it.each([
    [{ points: { event: 101 } }],
    [{ points: { event: -1 } }],
    [{ points: { event: 1.5 } }],
    [{ points: { applause: 3 } }],
    [{ enabled: 'yes' }],
    [{ points: {} }],
    [{}],
  ])('refuses %j with 400 and changes nothing', async (recognition) => {
    const before = await api(t).get('/api/v1/organisation').set(bearer(other.token)).expect(200);
    const response = await patchOrganisation(other.token, { recognition }).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const after = await api(t).get('/api/v1/organisation').set(bearer(other.token)).expect(200);
    expect(after.body.recognition).toEqual(before.body.recognition);
  });

  it('lets neither an ambassador nor HR switch it', async () => {
    for (const token of [people.anna.token, people.hr.token]) {
      const response = await patchOrganisation(token, { recognition: { enabled: true } }).expect(403);
      expect(response.body.code).toBe('forbidden');
    }
  });
});

describe('the leaderboard', () => {
  const points = { ...RECOGNITION_DEFAULT_POINTS, colleague_helped: 2, event: 7, training_given: 3 };
  const logged: Logged[] = [];
  let cor: string;

  it('ranks by points (kind’s points times the colleagues reached) against a computation of the same data', async () => {
    await patchOrganisation(org.token, { recognition: { enabled: true, points } }).expect(200);
    cor = (await makeAmbassador(t, org, 'E03')).id;
    const entries: (Omit<Logged, 'count'> & { count?: number })[] = [
      { ambassadorId: people.anna.id, kind: 'colleague_helped', date: daysAgo(2), count: 3 },
      { ambassadorId: people.anna.id, kind: 'event', date: daysAgo(40) },
      { ambassadorId: people.bram.id, kind: 'training_given', date: daysAgo(5), count: 4 },
      { ambassadorId: people.bram.id, kind: 'content_published', date: daysAgo(1) },
      { ambassadorId: cor, kind: 'event', date: daysAgo(3) },
      { ambassadorId: cor, kind: 'colleague_helped', date: daysAgo(400), count: 50 },
    ];
    for (const entry of entries) {
      const { body } = await log(entry);
      logged.push({ ambassadorId: body.ambassadorId, kind: body.kind, date: body.date, count: body.count });
    }
    const response = await board(org.token).expect(200);
    const body = response.body as Board;
    expect(body.to).toBe(daysAgo(0));
    expect(body.from).toBe(daysAgo(364));
    const expected = expectedBoard(logged, points, body.from, body.to);
    expect(
      body.items.map(({ ambassadorId, points, entries, rank }) => ({ ambassadorId, points, entries, rank })),
    ).toEqual(expected);
    expect(body.total).toBe(expected.length);
    expect(body.items.find((line) => line.ambassadorId === cor)?.points).toBe(points.event);
    expect(body.mine).toBeNull();
  });

  it('gives equal points the same rank, and skips the next', async () => {
    // Anna 3×2 + 7 = 13, Bram 4×3 + 5 = 17, Cor 7: three colleagues helped bring Cor level with Anna.
    const { body } = await log({ ambassadorId: cor, kind: 'colleague_helped', date: daysAgo(1), count: 3 });
    logged.push({ ambassadorId: cor, kind: 'colleague_helped', date: body.date, count: 3 });
    const response = (await board(org.token).expect(200)).body as Board;
    const expected = expectedBoard(logged, points, response.from, response.to);
    expect(response.items.map((line) => [line.ambassadorId, line.rank])).toEqual(
      expected.map((line) => [line.ambassadorId, line.rank]),
    );
    expect(response.items.map((line) => line.rank)).toEqual([1, 2, 2]);
    await log({ ambassadorId: people.anna.id, kind: 'event', date: daysAgo(2) });
    logged.push({ ambassadorId: people.anna.id, kind: 'event', date: daysAgo(2), count: 1 });
    // Another event brings Anna to 20, one more colleague trained Bram to 20 as well.
    await log({ ambassadorId: people.bram.id, kind: 'training_given', date: daysAgo(2), count: 1 });
    logged.push({ ambassadorId: people.bram.id, kind: 'training_given', date: daysAgo(2), count: 1 });
    const tied = (await board(org.token).expect(200)).body as Board;
    const expectedTied = expectedBoard(logged, points, tied.from, tied.to);
    expect(tied.items.map((line) => [line.ambassadorId, line.points, line.rank])).toEqual(
      expectedTied.map((line) => [line.ambassadorId, line.points, line.rank]),
    );
    expect(tied.items.map((line) => line.rank)).toEqual([1, 1, 3]);
  });

  it('pages, limits the period, filters by department, and shows an ambassador her own line', async () => {
    const first = (await board(org.token, { limit: 1 }).expect(200)).body as Board;
    expect(first.items).toHaveLength(1);
    expect(first.total).toBe(3);
    expect(first.nextCursor).not.toBeNull();
    const second = (await board(org.token, { limit: 1, cursor: first.nextCursor! }).expect(200)).body as Board;
    expect(second.items[0]!.ambassadorId).not.toBe(first.items[0]!.ambassadorId);

    const recent = (await board(org.token, { from: daysAgo(10), to: daysAgo(0) }).expect(200)).body as Board;
    expect(recent.items.map((line) => [line.ambassadorId, line.points])).toEqual(
      expectedBoard(logged, points, daysAgo(10), daysAgo(0)).map((line) => [line.ambassadorId, line.points]),
    );
    const eik = org.department(PATHS.eik);
    const inEik = (await board(org.token, { departmentId: eik }).expect(200)).body as Board;
    expect(inEik.items.map((line) => line.ambassadorId)).toEqual([cor]);
    const backwards = await board(org.token, { from: daysAgo(1), to: daysAgo(5) }).expect(400);
    expect(backwards.body.code).toBe('validation_failed');

    const anna = (await board(people.anna.token, { limit: 1, offset: 1 }).expect(200)).body as Board;
    const annaLine = expectedBoard(logged, points, anna.from, anna.to).find((l) => l.ambassadorId === people.anna.id)!;
    expect(anna.mine).toMatchObject({ ambassadorId: people.anna.id, points: annaLine.points, rank: annaLine.rank });
    const hr = (await board(people.hr.token).expect(200)).body as Board;
    expect(hr.total).toBe(3);
    expect(hr.mine).toBeNull();
  });

  it('shows no other organisation’s ambassadors', async () => {
    await patchOrganisation(other.token, { recognition: { enabled: true } }).expect(200);
    const elsewhere = (await board(other.token).expect(200)).body as Board;
    expect(elsewhere.total).toBe(0);
    expect(elsewhere.items).toEqual([]);
  });
});
