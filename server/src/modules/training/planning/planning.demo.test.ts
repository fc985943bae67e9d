import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@ambassador/shared';
import { seedDemo, DEMO_PASSWORD, DEMO_USERS } from '../../../seed/demo.ts';
import { bearer } from '../../../test/factories.ts';
import { api, useTestApp, ZONE } from '../training.fixtures.ts';

/**
 * The wave planner on the demo organisation, checked by rules written here from scratch (plain SQL and interval
 * arithmetic), not by the planner's own code: everyone untrained exactly once, capacity, no clashes, the range and
 * the weekdays.
 */

const t = useTestApp();
let token: string;

async function query<T>(text: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.app.db.execute(text)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  await seedDemo({ db: t.app.db });
  const admin = DEMO_USERS.find((user) => user.role === 'admin')!;
  const login = await api(t)
    .post('/api/v1/auth/login')
    .send({ email: admin.email, password: DEMO_PASSWORD })
    .expect(200);
  token = login.body.accessToken;
}, 120_000);

/** Next month's weekdays from a Monday, so the range never starts in the past. */
function range() {
  const monday = DateTime.now().setZone(ZONE).plus({ weeks: 2 }).startOf('week');
  return { from: monday.toISODate()!, to: monday.plus({ weeks: 6 }).minus({ days: 1 }).toISODate()! };
}

describe('the wave plan for the demo organisation', () => {
  const { from, to } = range();
  const body = { from, to, sessionMinutes: 75, capacity: 12, weekdays: [2, 4], startTime: '09:30', pilotFirst: true };
  let plan: Plan;
  let untrained: Set<string>;
  let trainersEmployee: Map<string, string>;

  beforeAll(async () => {
    plan = (await api(t).post('/api/v1/training/plan').set(bearer(token)).send(body).expect(200)).body;
    const rows = await query<{ id: string }>(sql`
      select e.id from employees e
      join organisations o on o.id = e.organisation_id and o.slug = 'zorggroep-horizon'
      where e.status = 'active' and not exists (
        select 1 from training_enrolments en join training_sessions s on s.id = en.session_id
        where en.employee_id = e.id and en.status = 'attended' and s.kind = 'end_user' and s.status = 'completed')`);
    untrained = new Set(rows.map((row) => row.id));
    const ambassadors = await query<{ id: string; employee_id: string }>(sql`select id, employee_id from ambassadors`);
    trainersEmployee = new Map(ambassadors.map((row) => [row.id, row.employee_id]));
  });

  it('lists every untrained active employee exactly once, in a session or as unplanned', () => {
    const listed = [
      ...plan.sessions.flatMap((session) => session.employeeIds),
      ...plan.unplanned.map((u) => u.employeeId),
    ];
    expect(untrained.size).toBeGreaterThan(400);
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(untrained);
    // Only those already holding a place in a planned session are left out; the range is wide enough for the rest.
    expect(plan.unplanned.every((u) => u.reason === 'already_scheduled')).toBe(true);
    expect(plan.summary).toEqual({
      untrained: untrained.size,
      planned: listed.length - plan.unplanned.length,
      sessions: plan.sessions.length,
      unplannedByReason: { already_scheduled: plan.unplanned.length, no_trainer: 0, no_room: 0, no_slot: 0 },
    });
  });

  it('keeps every session within capacity, in the range, on the weekdays and at the start time', () => {
    for (const session of plan.sessions) {
      const start = DateTime.fromISO(session.startsAt, { zone: ZONE });
      const end = DateTime.fromISO(session.endsAt, { zone: ZONE });
      expect(session.employeeIds.length).toBeGreaterThan(0);
      expect(session.employeeIds.length).toBeLessThanOrEqual(body.capacity);
      expect(end.diff(start, 'minutes').minutes).toBe(body.sessionMinutes);
      expect(start.toISODate()! >= from && start.toISODate()! <= to).toBe(true);
      expect(body.weekdays).toContain(start.weekday);
      // Consecutive slots of 75 minutes with a 15-minute break from 09:30.
      expect(['09:30', '11:00']).toContain(start.toFormat('HH:mm'));
    }
  });

  it('never books a trainer or a person twice at a time, within the plan or against existing sessions', async () => {
    const booked: { employeeId: string; startsAt: number; endsAt: number; what: string }[] = [];
    plan.sessions.forEach((session, index) => {
      const startsAt = Date.parse(session.startsAt);
      const endsAt = Date.parse(session.endsAt);
      for (const employeeId of session.employeeIds)
        booked.push({ employeeId, startsAt, endsAt, what: `plan ${index}` });
      for (const trainerId of session.trainerIds)
        booked.push({ employeeId: trainersEmployee.get(trainerId)!, startsAt, endsAt, what: `plan ${index} trainer` });
    });
    const existing = await query<{ employee_id: string; starts_at: string; ends_at: string }>(sql`
      select en.employee_id, s.starts_at, s.ends_at from training_enrolments en join training_sessions s on s.id = en.session_id
      where s.status <> 'cancelled' and en.status in ('registered', 'waitlisted', 'attended')
      union all
      select a.employee_id, s.starts_at, s.ends_at from training_session_trainers t
      join training_sessions s on s.id = t.session_id join ambassadors a on a.id = t.ambassador_id
      where s.status <> 'cancelled'`);
    for (const row of existing)
      booked.push({
        employeeId: row.employee_id,
        startsAt: Date.parse(new Date(row.starts_at).toISOString()),
        endsAt: Date.parse(new Date(row.ends_at).toISOString()),
        what: 'existing',
      });
    const byPerson = new Map<string, typeof booked>();
    for (const booking of booked)
      byPerson.set(booking.employeeId, [...(byPerson.get(booking.employeeId) ?? []), booking]);
    for (const [employeeId, bookings] of byPerson)
      for (let i = 0; i < bookings.length; i++)
        for (let j = i + 1; j < bookings.length; j++) {
          const [a, b] = [bookings[i]!, bookings[j]!];
          const clash = a.startsAt < b.endsAt && b.startsAt < a.endsAt;
          expect(clash, `${employeeId}: ${a.what} and ${b.what}`).toBe(false);
        }
  });

  it('gives each session a certified trainer, from its own department where the department has one', async () => {
    const certified = await query<{ id: string; department_id: string }>(sql`
      select distinct a.id, e.department_id from ambassadors a join employees e on e.id = a.employee_id
      join training_enrolments en on en.employee_id = e.id and en.status = 'attended'
      join training_sessions s on s.id = en.session_id and s.kind = 'train_the_trainer' and s.status = 'completed'
      where a.status = 'active'`);
    const certifiedIds = new Set(certified.map((row) => row.id));
    const departmentOf = new Map(certified.map((row) => [row.id, row.department_id]));
    for (const session of plan.sessions) {
      expect(session.trainerIds).toHaveLength(1);
      expect(certifiedIds.has(session.trainerIds[0]!)).toBe(true);
      expect(session.trainerFromDepartment).toBe(
        session.departmentIds.includes(departmentOf.get(session.trainerIds[0]!)!),
      );
      // A trainer never sits in her own session.
      expect(session.employeeIds).not.toContain(trainersEmployee.get(session.trainerIds[0]!));
    }
    const rivierzicht = plan.sessions.filter((s) => s.title.includes('Rivierzicht'));
    expect(rivierzicht.some((s) => s.trainerFromDepartment)).toBe(true);
  });

  it('stores nothing until applied; applying creates the sessions and registers the people in one go', async () => {
    const before = await query<{ n: number }>(sql`select count(*)::int as n from training_sessions`);
    expect(before[0]!.n).toBe(5);
    const chosen = plan.sessions.slice(0, 3);
    const applied = await api(t)
      .post('/api/v1/training/plan/apply')
      .set(bearer(token))
      .send({ sessions: chosen.map(({ trainerFromDepartment: _t, ...session }) => ({ ...session, wave: 'golf 2' })) })
      .expect(201);
    expect(applied.body.items).toHaveLength(3);
    expect(applied.body.items.map((s: { registeredCount: number }) => s.registeredCount)).toEqual(
      chosen.map((s) => s.employeeIds.length),
    );
    // Applying the same plan again clashes with itself: the trainers are now booked.
    const again = await api(t)
      .post('/api/v1/training/plan/apply')
      .set(bearer(token))
      .send({ sessions: chosen.map(({ trainerFromDepartment: _t, ...session }) => session) })
      .expect(409);
    expect(again.body.code).toBe('schedule_conflict');
    // Forced over the trainers, it still may not put someone in two places at once, and it says who and where.
    const overlap = await api(t)
      .post('/api/v1/training/plan/apply?force=true')
      .set(bearer(token))
      .send({ sessions: [{ ...chosen[0], trainerFromDepartment: undefined, trainerIds: [] }] })
      .expect(409);
    expect(overlap.body.code).toBe('enrolment_overlap');
    expect(overlap.body.errors[0]).toMatchObject({ field: 'sessions.0.employeeIds', code: 'enrolment_overlap' });
    const after = await query<{ n: number }>(sql`select count(*)::int as n from training_sessions`);
    expect(after[0]!.n).toBe(8);
    // A new plan leaves the applied people out as already scheduled.
    const next: Plan = (await api(t).post('/api/v1/training/plan').set(bearer(token)).send(body).expect(200)).body;
    const scheduled = new Set(next.unplanned.filter((u) => u.reason === 'already_scheduled').map((u) => u.employeeId));
    for (const employeeId of chosen.flatMap((s) => s.employeeIds)) expect(scheduled.has(employeeId)).toBe(true);
  });

  it('refuses a range that ends before it starts, and unknown departments', async () => {
    const backwards = await api(t)
      .post('/api/v1/training/plan')
      .set(bearer(token))
      .send({ ...body, from: to, to: from })
      .expect(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'to', code: 'before_from' });
    const unknown = await api(t)
      .post('/api/v1/training/plan')
      .set(bearer(token))
      .send({ ...body, departmentIds: [crypto.randomUUID()] })
      .expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'departmentIds.0', code: 'not_found' });
  });
});

describe('the demo training story', () => {
  it('shows the cascade: the communication team certified three trainers, one of whom trained nine colleagues', async () => {
    const cascade = (await api(t).get('/api/v1/training/cascade').set(bearer(token)).expect(200)).body;
    expect(cascade.roots).toHaveLength(1);
    expect(cascade.roots[0]).toMatchObject({ kind: 'user', name: 'Marieke van der Meer' });
    expect(cascade.roots[0].children.map((child: { name: string }) => child.name).sort()).toEqual([
      'Jeroen van Wanrooy',
      'Mohamed Scheerder',
      'Rik van der Meer',
    ]);
    const mohamed = cascade.roots[0].children.find((child: { name: string }) => child.name === 'Mohamed Scheerder');
    expect(mohamed).toMatchObject({ certified: true, sessionsGiven: 1, colleaguesTrained: 9 });
    expect(cascade.totals).toEqual({ certifiedTrainers: 3, colleaguesTrained: 9 });
  });

  it('shows training coverage with nine trained and the departments without a trainer', async () => {
    const coverage = (await api(t).get('/api/v1/training/coverage').set(bearer(token)).expect(200)).body;
    expect(coverage.totals).toMatchObject({ employees: 529, trained: 9, certifiedTrainers: 3 });
    expect(coverage.cells.reduce((sum: number, cell: { trained: number }) => sum + cell.trained, 0)).toBe(9);
    const paths = coverage.departmentsWithoutTrainer.map((d: { path: string }) => d.path);
    expect(paths).not.toContain('Wonen en Zorg / Rivierzicht');
    expect(paths).toContain('Ondersteunende diensten / ICT');
  });
});
