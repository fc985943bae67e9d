/**
 * GET /dashboard and GET /me/home. The organisation is built here (employees by CSV, ambassadors through the API, the
 * rest written straight to the tables), and every figure is checked against a computation in this file over what it
 * wrote, never against the service.
 */
import { sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AmbassadorStatuses, type Dashboard, type MyHome } from '@ambassador/shared';
import { rows } from '../../db/rows.ts';
import { bearer, createUser } from '../../test/factories.ts';
import {
  api,
  linkedUser,
  makeAmbassador,
  setupOrg,
  useOrg,
  useTestApp,
  type Org,
} from '../training/training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Dashboard Zorg', { extra: 3 });
const other = useOrg(t, 'Dashboard Ander');

afterEach(() => {
  vi.useRealTimers();
});

const run = <T = Record<string, unknown>>(query: SQL) => rows<T>(t.app.db, query);

/** A token signed on the (possibly faked) clock. */
const sign = (o: Org, userId: string, role: 'admin' | 'hr' | 'ambassador') =>
  t.app.jwt.sign({ sub: userId, org: o.organisation.id, role });

/** Fakes only Date, frozen at `instant`: "now" and "today" are the same for the test and the app. */
function freeze(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
}

async function zoneOf(o: Org): Promise<string> {
  const [row] = await run<{ timezone: string }>(
    sql`select timezone from organisations where id = ${o.organisation.id}`,
  );
  return row!.timezone;
}

const dayOf = (zone: string, at: Date) => DateTime.fromJSDate(at, { zone }).toISODate()!;
const daysBefore = (day: string, days: number) => DateTime.fromISO(day).minus({ days }).toISODate()!;
const iso = (at: Date) => at.toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function setStatus(o: Org, ambassadorId: string, status: string) {
  await run(sql`update ambassadors set status = ${status} where organisation_id = ${o.organisation.id}
    and id = ${ambassadorId}`);
}

async function activity(o: Org, ambassadorId: string, on: string, kind = 'colleague_helped', count = 1) {
  await run(sql`insert into activities (organisation_id, ambassador_id, kind, occurred_on, count)
    values (${o.organisation.id}, ${ambassadorId}, ${kind}, ${on}::date, ${count})`);
}

type SessionSpec = {
  kind?: 'end_user' | 'train_the_trainer';
  status?: 'planned' | 'completed' | 'cancelled';
  startsAt: Date;
  minutes?: number;
  trainer?: string;
  trainerUser?: string;
  enrolments?: [string, string][];
  title?: string;
};

async function session(o: Org, spec: SessionSpec): Promise<string> {
  const ends = new Date(spec.startsAt.getTime() + (spec.minutes ?? 60) * 60_000);
  const [row] = await run<{ id: string }>(sql`insert into training_sessions
      (organisation_id, kind, title, starts_at, ends_at, capacity, status, location)
    values (${o.organisation.id}, ${spec.kind ?? 'end_user'}, ${spec.title ?? 'Sessie'}, ${iso(spec.startsAt)}::timestamptz,
      ${iso(ends)}::timestamptz, 20, ${spec.status ?? 'planned'}, 'Zaal 1')
    returning id`);
  const id = row!.id;
  if (spec.trainer)
    await run(sql`insert into training_session_trainers (organisation_id, session_id, ambassador_id)
      values (${o.organisation.id}, ${id}, ${spec.trainer})`);
  if (spec.trainerUser)
    await run(sql`insert into training_session_trainers (organisation_id, session_id, user_id)
      values (${o.organisation.id}, ${id}, ${spec.trainerUser})`);
  for (const [employeeId, status] of spec.enrolments ?? [])
    await run(sql`insert into training_enrolments (organisation_id, session_id, employee_id, status)
      values (${o.organisation.id}, ${id}, ${employeeId}, ${status})`);
  return id;
}

async function round(
  o: Org,
  status: 'draft' | 'open' | 'closed',
  title: string,
  participants: [string, boolean][],
  closesAt: Date | null = null,
): Promise<string> {
  const [row] = await run<{
    id: string;
  }>(sql`insert into feedback_rounds (organisation_id, purpose, title, status, closes_at)
    values (${o.organisation.id}, 'pulse', ${title}, ${status}, ${closesAt ? iso(closesAt) : null}::timestamptz) returning id`);
  for (const [ambassadorId, responded] of participants)
    await run(sql`insert into feedback_participants (organisation_id, round_id, ambassador_id, responded_at)
      values (${o.organisation.id}, ${row!.id}, ${ambassadorId}, ${responded ? sql`now()` : null})`);
  return row!.id;
}

async function finding(o: Org, title: string, status: string, raisedBy: string, createdAt: Date) {
  const [row] = await run<{
    id: string;
  }>(sql`insert into feedback_items (organisation_id, title, body, status, raised_by, created_at)
    values (${o.organisation.id}, ${title}, 'Body', ${status}, ${raisedBy}, ${iso(createdAt)}::timestamptz) returning id`);
  return row!.id;
}

async function page(o: Org, title: string, owner: string | null, lastReviewedOn: string, interval: number) {
  const [row] = await run<{ id: string }>(sql`insert into content_items
      (organisation_id, title, url, owner_ambassador_id, last_reviewed_on, review_interval_days)
    values (${o.organisation.id}, ${title}, ${`https://intranet.test/${encodeURIComponent(title)}`}, ${owner},
      ${lastReviewedOn}::date, ${interval}) returning id`);
  return row!.id;
}

const getDashboard = async (token: string) =>
  (await api(t).get('/api/v1/dashboard').set(bearer(token)).expect(200)).body as Dashboard;
const getHome = async (token: string) =>
  (await api(t).get('/api/v1/me/home').set(bearer(token)).expect(200)).body as MyHome;

/** Fills another organisation with everything the dashboard counts: none of it may show in the first one. */
async function noise(o: Org, now: Date, today: string) {
  const lone = await makeAmbassador(t, o, 'E03');
  const buddy = await makeAmbassador(t, o, 'E05', { roles: ['digital_buddy'] });
  await activity(o, buddy.id, daysBefore(today, 1), 'training_given', 40);
  await session(o, { startsAt: new Date(now.getTime() + 2 * DAY), trainer: lone.id });
  await session(o, {
    startsAt: new Date(now.getTime() - 3 * DAY),
    enrolments: [[o.employee('E01').id, 'registered']],
  });
  await session(o, {
    status: 'completed',
    startsAt: new Date(now.getTime() - 20 * DAY),
    enrolments: o.extra.map((e) => [e.id, 'attended'] as [string, string]),
  });
  await round(o, 'open', 'Ander rondje', [[lone.id, false]]);
  await finding(o, 'Ander punt', 'new', o.user.id, now);
  await page(o, 'Andere pagina', lone.id, daysBefore(today, 400), 30);
  return lone;
}

describe('GET /dashboard', () => {
  const NOW = '2030-03-15T11:00:00Z';
  let zone: string;
  let today: string;
  let now: Date;
  let hrUserId: string;
  const ids: Record<string, string> = {};
  let annaUser: { id: string; token: string };

  beforeAll(async () => {
    // Written on the real clock (the setup's tokens are signed on it), dated relative to NOW, read on a clock frozen at NOW.
    now = new Date(NOW);
    zone = await zoneOf(org);
    today = dayOf(zone, now);
    hrUserId = (await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' })).user.id;
    const e = (n: string) => org.employee(n).id;

    // E08 has left (with a low skill, so that the digital help ignores her); the extras have no skill.
    await run(sql`update employees set status = 'left', digital_skill = 'low' where organisation_id = ${org.organisation.id}
      and id = ${e('E08')}`);
    ids.anna = (await makeAmbassador(t, org, 'E01', { roles: ['trainer'] })).id;
    ids.bram = (await makeAmbassador(t, org, 'E02', { roles: ['digital_buddy'] })).id;
    ids.cor = (await makeAmbassador(t, org, 'E03')).id;
    ids.dirk = (await makeAmbassador(t, org, 'E04')).id;
    ids.eva = (await makeAmbassador(t, org, 'E05')).id;
    ids.fleur = (await makeAmbassador(t, org, 'E06')).id;
    ids.gijs = (await makeAmbassador(t, org, 'E07')).id;
    await setStatus(org, ids.cor, 'paused');
    await setStatus(org, ids.fleur, 'alumni');
    annaUser = await linkedUser(t, org, 'E01');

    await activity(org, ids.anna, daysBefore(today, 10), 'colleague_helped', 3);
    await activity(org, ids.anna, daysBefore(today, 40), 'training_given', 12);
    await activity(org, ids.anna, daysBefore(today, 400), 'event');
    await activity(org, ids.bram, daysBefore(today, 59));
    await activity(org, ids.gijs, daysBefore(today, 60));
    await activity(org, ids.eva, daysBefore(today, 61));
    await activity(org, ids.fleur, daysBefore(today, 100));

    const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
    // Trained: E03, E04 (and E08, who left); E05 did not show. Anna (E01) is a certified trainer.
    await session(org, {
      status: 'completed',
      startsAt: at(-30 * 24),
      enrolments: [
        [e('E03'), 'attended'],
        [e('E04'), 'attended'],
        [e('E08'), 'attended'],
        [e('E05'), 'no_show'],
      ],
    });
    await session(org, {
      kind: 'train_the_trainer',
      status: 'completed',
      startsAt: at(-60 * 24),
      enrolments: [[e('E01'), 'attended']],
    });
    ids.s3 = await session(org, {
      title: 'Over twee dagen',
      startsAt: at(48),
      trainer: ids.anna,
      enrolments: [[e('E05'), 'registered']],
    });
    ids.s4 = await session(org, { startsAt: at(13 * 24) });
    await session(org, { startsAt: at(15 * 24) });
    await session(org, { startsAt: at(-24), trainer: ids.anna, enrolments: [[e('E06'), 'registered']] });
    await session(org, { startsAt: at(-26), enrolments: [[e('E07'), 'cancelled']] });
    await session(org, { status: 'cancelled', startsAt: at(72), trainer: ids.anna });
    ids.s9 = await session(org, {
      title: 'Nu bezig',
      startsAt: at(-0.5),
      minutes: 90,
      trainer: ids.anna,
      enrolments: [[e('E02'), 'registered']],
    });
    ids.s10 = await session(org, { startsAt: at(5 * 24), enrolments: [[e('E01'), 'waitlisted']] });
    ids.s11 = await session(org, { startsAt: at(20 * 24), trainerUser: annaUser.id });
    ids.s12 = await session(org, { startsAt: at(21 * 24), trainer: ids.anna });
    ids.s13 = await session(org, { startsAt: at(22 * 24), enrolments: [[e('E01'), 'registered']] });
    await session(org, { startsAt: at(23 * 24), enrolments: [[e('E01'), 'cancelled']] });

    ids.r1 = await round(org, 'open', 'Ronde een', [
      [ids.anna, false],
      [ids.bram, true],
    ]);
    ids.r2 = await round(org, 'open', 'Ronde twee', [[ids.bram, false]], at(100));
    await round(org, 'closed', 'Ronde drie', [[ids.anna, false]]);
    await round(org, 'draft', 'Ronde vier', [[ids.anna, false]]);
    ids.r5 = await round(org, 'open', 'Ronde vijf', [[ids.anna, true]]);

    ids.f1 = await finding(org, 'Punt een', 'new', annaUser.id, at(-48));
    ids.f2 = await finding(org, 'Punt twee', 'reviewing', annaUser.id, at(-24));
    await finding(org, 'Punt drie', 'planned', org.user.id, at(-5));
    await finding(org, 'Punt vier', 'done', org.user.id, at(-4));
    await finding(org, 'Punt vijf', 'new', org.user.id, at(-3));

    ids.c1 = await page(org, 'Verlopen', ids.anna, daysBefore(today, 200), 180);
    ids.c2 = await page(org, 'Bijna', ids.anna, daysBefore(today, 170), 180);
    await page(org, 'Later', ids.anna, daysBefore(today, 100), 180);
    await page(org, 'Van Bram', ids.bram, daysBefore(today, 400), 180);
    await page(org, 'Vandaag', null, daysBefore(today, 180), 180);

    await noise(other, now, today);
  });

  it('counts every figure as this file computes it from what it wrote', async () => {
    freeze(NOW);
    const token = sign(org, org.user.id, 'admin');
    const body = await getDashboard(token);

    // The organisation's own rows, read back raw: the ground truth for the computations below.
    const employees = await run<{
      id: string;
      department_id: string;
      layer_id: string;
      status: string;
      digital_skill: string | null;
    }>(
      sql`select id, department_id, layer_id, status, digital_skill from employees where organisation_id = ${org.organisation.id}`,
    );
    const ambassadors = await run<{ id: string; employee_id: string; status: string; roles: string[] }>(
      sql`select id, employee_id, status, roles from ambassadors where organisation_id = ${org.organisation.id}`,
    );
    const [settings] = await run<{ per: number; min: number; phase: string }>(
      sql`select coverage_per_employees as per, coverage_min_per_cell as min, phase from organisations where id = ${org.organisation.id}`,
    );
    const active = employees.filter((x) => x.status === 'active');
    const employeeOf = new Map(employees.map((x) => [x.id, x]));

    // Coverage: active employees per department × layer, active ambassadors of active employees in their own cell.
    const cells = new Map<string, { departmentId: string; layerId: string; employees: number; ambassadors: number }>();
    for (const x of active) {
      const key = `${x.department_id}/${x.layer_id}`;
      const cell = cells.get(key) ?? {
        departmentId: x.department_id,
        layerId: x.layer_id,
        employees: 0,
        ambassadors: 0,
      };
      cell.employees += 1;
      cells.set(key, cell);
    }
    for (const a of ambassadors.filter((x) => x.status === 'active')) {
      const x = employeeOf.get(a.employee_id)!;
      if (x.status === 'active') cells.get(`${x.department_id}/${x.layer_id}`)!.ambassadors += 1;
    }
    const target = (n: number) => Math.max(settings!.min, Math.ceil(n / settings!.per));
    const all = [...cells.values()];
    const covered = all.filter((c) => c.ambassadors >= target(c.employees));
    const uncovered = all
      .filter((c) => c.ambassadors === 0)
      .sort(
        (a, b) =>
          b.employees - a.employees ||
          a.departmentId.localeCompare(b.departmentId) ||
          a.layerId.localeCompare(b.layerId),
      );
    expect(body.phase).toBe(settings!.phase);
    expect(body.coverage).toEqual({
      employees: active.length,
      activeAmbassadors: all.reduce((s, c) => s + c.ambassadors, 0),
      coveragePct: Math.round((covered.length / all.length) * 1000) / 10,
      employeesInCoveredCellsPct:
        Math.round((covered.reduce((s, c) => s + c.employees, 0) / active.length) * 1000) / 10,
      cells: all.length,
      coveredCells: covered.length,
      uncoveredCells: uncovered.length,
      worstCells: uncovered.slice(0, 5),
    });
    expect(body.coverage.worstCells[0]).toMatchObject({ departmentId: org.extra[0]!.departmentId, employees: 3 });
    // The same totals as the coverage screen.
    const screen = (await api(t).get('/api/v1/coverage').set(bearer(token)).expect(200)).body;
    expect(body.coverage).toMatchObject({
      employees: screen.totals.employees,
      activeAmbassadors: screen.totals.activeAmbassadors,
      coveragePct: screen.totals.coveragePct,
      employeesInCoveredCellsPct: screen.totals.employeesInCoveredCellsPct,
      cells: screen.totals.cells,
      coveredCells: screen.totals.coveredCells,
    });

    expect(body.ambassadorsByStatus).toEqual(
      Object.fromEntries(AmbassadorStatuses.map((s) => [s, ambassadors.filter((a) => a.status === s).length])),
    );
    expect(body.ambassadorsByStatus).toMatchObject({ active: 5, paused: 1, alumni: 1 });

    // Training: trained = active employees who attended a completed end-user session (E03, E04); one trainer (E01).
    const trained = ['E03', 'E04'].length;
    const trainerDepartments = new Set([org.employee('E01').departmentId]);
    const departmentsWithEmployees = new Set(active.map((x) => x.department_id));
    expect(body.training).toEqual({
      trainedPct: Math.round((trained / active.length) * 1000) / 10,
      // Planned, starting from now to fourteen days on: in two days (s3), five days (s10) and thirteen days (s4).
      sessionsNext14Days: 3,
      certifiedTrainers: 1,
      departmentsWithoutTrainer: [...departmentsWithEmployees].filter((d) => !trainerDepartments.has(d)).length,
      // Ended yesterday, still planned, one registered enrolment; the one with only a cancelled enrolment is not due.
      attendanceDue: 1,
    });
    const trainingScreen = (await api(t).get('/api/v1/training/coverage').set(bearer(token)).expect(200)).body;
    expect(body.training.trainedPct).toBe(trainingScreen.totals.trainedPct);
    expect(body.training.departmentsWithoutTrainer).toBe(trainingScreen.departmentsWithoutTrainer.length);

    expect(body.feedback.openRounds).toBe(3);
    expect(body.feedback.openItems).toBe(4);
    expect(new Map(body.feedback.rounds.map((r) => [r.id, [r.participantCount, r.respondedCount]]))).toEqual(
      new Map([
        [ids.r1, [2, 1]],
        [ids.r2, [1, 0]],
        [ids.r5, [1, 1]],
      ]),
    );
    expect(body.content).toEqual({ items: 5, overdue: 2 });

    // Activity: the twelve months up to this one, oldest first, from the rows written above (the 400-day-old one is out).
    const written = await run<{ on: string; count: number }>(
      sql`select occurred_on::text as on, count from activities where organisation_id = ${org.organisation.id}`,
    );
    const months = Array.from({ length: 12 }, (_, i) =>
      DateTime.fromISO(today)
        .startOf('month')
        .minus({ months: 11 - i })
        .toFormat('yyyy-MM'),
    );
    expect(body.activity.months).toEqual(
      months.map((month) => {
        const of = written.filter((w) => w.on.startsWith(month));
        return { month, entries: of.length, count: of.reduce((s, w) => s + w.count, 0) };
      }),
    );
    expect(body.activity.months.reduce((s, m) => s + m.entries, 0)).toBe(6);

    // Inactive: Dirk never logged, Eva 61 days ago; Gijs (60), Bram (59) and Anna are recent; Cor paused, Fleur alumni.
    expect(body.inactiveAmbassadors).toEqual([
      {
        ambassadorId: ids.dirk,
        name: org.employee('E04').name,
        departmentId: org.employee('E04').departmentId,
        lastActivityOn: null,
      },
      {
        ambassadorId: ids.eva,
        name: org.employee('E05').name,
        departmentId: org.employee('E05').departmentId,
        lastActivityOn: daysBefore(today, 61),
      },
    ]);

    // Digital help: E03 (Eik) and E07 (Beuk) are low and active; Bram is the digital buddy of Beuk.
    const low = active.filter((x) => x.digital_skill === 'low');
    const buddies = new Set(
      ambassadors
        .filter((a) => a.status === 'active' && a.roles.includes('digital_buddy'))
        .map((a) => employeeOf.get(a.employee_id)!.department_id),
    );
    const withoutBuddy = new Set(low.map((x) => x.department_id).filter((d) => !buddies.has(d)));
    expect(body.digitalHelp).toEqual({ lowSkillEmployees: low.length, departmentsWithoutBuddy: withoutBuddy.size });
    expect(body.digitalHelp).toEqual({ lowSkillEmployees: 2, departmentsWithoutBuddy: 1 });

    expect(body.actions).toEqual([
      { kind: 'layers_without_ambassador', count: uncovered.length, departmentId: uncovered[0]!.departmentId },
      { kind: 'attendance_due', count: 1 },
      { kind: 'inactive_ambassadors', count: 2 },
      { kind: 'content_overdue', count: 2 },
      { kind: 'findings_new', count: 2 },
      {
        kind: 'departments_without_trainer',
        count: body.training.departmentsWithoutTrainer,
        departmentId: org.extra[0]!.departmentId,
      },
      { kind: 'digital_help_without_buddy', count: 1, departmentId: org.employee('E03').departmentId },
    ]);
  });

  it('is for admins and HR: HR reads it, an ambassador is refused', async () => {
    freeze(NOW);
    const hr = await getDashboard(sign(org, hrUserId, 'hr'));
    expect(hr.inactiveAmbassadors).toHaveLength(2);
    await api(t)
      .get('/api/v1/dashboard')
      .set(bearer(sign(org, annaUser.id, 'ambassador')))
      .expect(403);
    await api(t).get('/api/v1/dashboard').expect(401);
  });

  it("shows only the caller's organisation", async () => {
    freeze(NOW);
    const body = await getDashboard(sign(other, other.user.id, 'admin'));
    expect(body.ambassadorsByStatus).toMatchObject({ active: 2, paused: 0 });
    expect(body.coverage.employees).toBe(8);
    expect(body.training).toMatchObject({ sessionsNext14Days: 1, attendanceDue: 1, certifiedTrainers: 0 });
    expect(body.feedback).toMatchObject({ openRounds: 1, openItems: 1 });
    expect(body.content).toEqual({ items: 1, overdue: 1 });
    expect(body.inactiveAmbassadors.map((a) => a.name)).toEqual([other.employee('E03').name]);
    expect(body.activity.months.reduce((s, m) => s + m.count, 0)).toBe(40);
  });

  it('gives an ambassador her home: next sessions, rounds to answer, pages due, findings and activity', async () => {
    freeze(NOW);
    const token = sign(org, annaUser.id, 'ambassador');
    const home = await getHome(token);
    expect(home.nextSessions.map((s) => [s.id, s.isTrainer, s.attendanceDue])).toEqual([
      [ids.s9, true, true],
      [ids.s3, true, false],
      [ids.s10, false, false],
      [ids.s11, true, false],
      [ids.s12, true, false],
    ]);
    expect(home.nextSessions[0]).toMatchObject({ title: 'Nu bezig', location: 'Zaal 1' });
    expect(home.openRounds).toEqual([{ id: ids.r1, title: 'Ronde een', closesAt: null }]);
    expect(home.contentDue).toEqual([
      {
        id: ids.c1,
        title: 'Verlopen',
        url: 'https://intranet.test/Verlopen',
        nextReviewDue: daysBefore(today, 20),
        overdue: true,
      },
      {
        id: ids.c2,
        title: 'Bijna',
        url: 'https://intranet.test/Bijna',
        nextReviewDue: daysBefore(today, -10),
        overdue: false,
      },
    ]);
    expect(home.findings).toEqual([
      { id: ids.f2, title: 'Punt twee', status: 'reviewing', resolution: null },
      { id: ids.f1, title: 'Punt een', status: 'new', resolution: null },
    ]);
    expect(home.recentActivity.map((a) => [a.date, a.kind, a.count])).toEqual([
      [daysBefore(today, 10), 'colleague_helped', 3],
      [daysBefore(today, 40), 'training_given', 12],
      [daysBefore(today, 400), 'event', 1],
    ]);
    expect(home.lastActivityOn).toBe(daysBefore(today, 10));
    expect(home.nudge).toBe(false);
    // Her activity as GET /activities gives it.
    const list = (await api(t).get('/api/v1/activities').set(bearer(token)).expect(200)).body;
    expect(home.recentActivity).toEqual(list.items.slice(0, 5));
  });

  it('is for ambassadors only; one without an ambassador record gets an empty home', async () => {
    freeze(NOW);
    await api(t)
      .get('/api/v1/me/home')
      .set(bearer(sign(org, hrUserId, 'hr')))
      .expect(403);
    await api(t)
      .get('/api/v1/me/home')
      .set(bearer(sign(org, org.user.id, 'admin')))
      .expect(403);
    await api(t).get('/api/v1/me/home').expect(401);
    vi.useRealTimers();
    const bare = await linkedUser(t, other, 'E08');
    freeze(NOW);
    expect(await getHome(sign(other, bare.id, 'ambassador'))).toEqual({
      nextSessions: [],
      openRounds: [],
      contentDue: [],
      findings: [],
      recentActivity: [],
      lastActivityOn: null,
      nudge: false,
    });
  });
});

describe('inactivity boundaries', () => {
  const NOW = '2031-01-20T12:00:00Z';

  async function orgWith(name: string, days: (number | null)[]) {
    const o = await setupOrg(t, name);
    const zone = await zoneOf(o);
    const today = dayOf(zone, new Date(NOW));
    const numbers = days.map((_, i) => `E0${i + 1}`);
    const members: { id: string; userId: string; lastOn: string | null }[] = [];
    for (const [i, back] of days.entries()) {
      const { id } = await makeAmbassador(t, o, numbers[i]!);
      const lastOn = back === null ? null : daysBefore(today, back);
      if (lastOn) {
        await activity(o, id, daysBefore(lastOn, 5));
        await activity(o, id, lastOn);
      }
      members.push({ id, userId: (await linkedUser(t, o, numbers[i]!)).id, lastOn });
    }
    return { o, members };
  }

  it('lists an active ambassador on the dashboard after more than 60 days without activity', async () => {
    const { o, members } = await orgWith('Grens Zestig', [59, 60, 61, null, 200, null]);
    const [, , d61, never, paused, alumni] = members;
    await setStatus(o, paused!.id, 'paused');
    await setStatus(o, alumni!.id, 'alumni');
    freeze(NOW);
    const token = sign(o, o.user.id, 'admin');
    const body = await getDashboard(token);
    expect(body.inactiveAmbassadors.map((a) => [a.ambassadorId, a.lastActivityOn])).toEqual([
      [never!.id, null],
      [d61!.id, d61!.lastOn],
    ]);
    expect(body.actions).toContainEqual({ kind: 'inactive_ambassadors', count: 2 });
  });

  it('nudges an active ambassador on her home after more than 30 days without activity', async () => {
    const { o, members } = await orgWith('Grens Dertig', [29, 30, 31, null, null]);
    await setStatus(o, members[4]!.id, 'paused');
    freeze(NOW);
    const homes = [];
    for (const member of members) homes.push(await getHome(sign(o, member.userId, 'ambassador')));
    expect(homes.map((h) => h.nudge)).toEqual([false, false, true, true, false]);
    expect(homes.map((h) => h.lastActivityOn)).toEqual(members.map((m) => m.lastOn));
  });
});
