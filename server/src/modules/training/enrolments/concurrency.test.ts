/**
 * The acceptance test for capacity: many enrolments at once never overfill a session. Runs on whichever database the
 * suite runs on (PGlite, or PostgreSQL with TEST_DATABASE_URL): nothing here is skipped on either.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  enrol,
  enrolmentRows,
  getSession,
  makeAmbassador,
  newSession,
  setupOrg,
  slot,
  useTestApp,
  type Org,
} from '../training.fixtures.ts';
import { trainingSessionTrainers } from '../../../db/schema/training.ts';

const t = useTestApp();
let org: Org;
beforeAll(async () => {
  // Listening once keeps supertest from starting (and closing) a server per request under Promise.all.
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  org = await setupOrg(t, 'Zorggroep Drukte', { extra: 110 });
}, 120_000);

describe('enrolling at the same time', () => {
  it('runs on the database this suite was started for', () => {
    expect(t.database.driver).toBe(process.env.TEST_DATABASE_URL ? 'pg' : 'pglite');
  });

  it('fills a session of capacity 10 from 100 parallel enrolments: 10 registered, 90 waitlisted 1..90', async () => {
    const session = await newSession(t, org.token, { ...slot(1, 2, 10), capacity: 10 });
    const employeeIds = org.extra.slice(0, 100).map((employee) => employee.id);
    expect(new Set(employeeIds).size).toBe(100);

    const responses = await Promise.all(employeeIds.map((employeeId) => enrol(t, org.token, session.id, employeeId)));

    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(201));
    const bodies = responses.map(
      (response) => response.body as { employeeId: string; status: string; position: number | null },
    );
    expect(bodies.map((body) => body.employeeId)).toEqual(employeeIds);
    expect(bodies.filter((body) => body.status === 'registered')).toHaveLength(10);
    expect(bodies.filter((body) => body.status === 'waitlisted')).toHaveLength(90);
    const answered = bodies.flatMap((body) => (body.status === 'waitlisted' ? [body.position] : []));
    expect([...answered].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));

    const rows = await enrolmentRows(t, session.id);
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((row) => row.employeeId)).size).toBe(100);
    expect(rows.filter((row) => row.status === 'registered')).toHaveLength(10);
    expect(rows.filter((row) => row.status === 'waitlisted')).toHaveLength(90);

    const { body } = await getSession(t, org.token, session.id).expect(200);
    expect(body).toMatchObject({ registeredCount: 10, waitlistedCount: 90 });
    const enrolments = body.enrolments as { employeeId: string; status: string; position: number | null }[];
    const positions = enrolments.filter((e) => e.status === 'waitlisted').map((e) => e.position);
    expect(positions).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(enrolments.filter((e) => e.status === 'registered').every((e) => e.position === null)).toBe(true);
    // The position each request was told is the one the session shows.
    const shown = new Map(enrolments.map((e) => [e.employeeId, e.position]));
    for (const answer of bodies) expect(shown.get(answer.employeeId)).toBe(answer.position);
  }, 120_000);

  it('enrols the same employee once from 20 parallel requests: one 201, nineteen 409 already_enrolled', async () => {
    const session = await newSession(t, org.token, { ...slot(1, 3, 10), capacity: 5 });
    const employeeId = org.extra[100]!.id;

    const responses = await Promise.all(Array.from({ length: 20 }, () => enrol(t, org.token, session.id, employeeId)));

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'already_enrolled')).toBe(true);
    expect(responses.find((r) => r.status === 201)!.body).toEqual({ employeeId, status: 'registered', position: null });
    expect(await enrolmentRows(t, session.id)).toEqual([{ employeeId, status: 'registered' }]);
  });

  it('books a trainer once from 10 parallel clashing creates: one 201, nine 409 schedule_conflict', async () => {
    const anna = await makeAmbassador(t, org, 'E01');
    const create = () => createSession(t, org.token, { ...slot(1, 4, 10), trainerIds: [anna.id] });
    const responses = await Promise.all(Array.from({ length: 10 }, create));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const created = responses.find((r) => r.status === 201)!.body.id;
    for (const response of responses.filter((r) => r.status === 409))
      expect(response.body.conflicts[0].sessionId).toBe(created);
    const booked = await t.app.db
      .select({ sessionId: trainingSessionTrainers.sessionId })
      .from(trainingSessionTrainers)
      .where(eq(trainingSessionTrainers.ambassadorId, anna.id));
    expect(booked).toEqual([{ sessionId: created }]);
  });
});
