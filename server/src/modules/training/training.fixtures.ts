/**
 * Test-only setup shared by the training and calendar tests: the app of a test file, and an organisation with
 * employees, ambassadors, users and sessions.
 */
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import request from 'supertest';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import {
  bearer,
  createUser,
  PASSWORD,
  signupOrganisation,
  uniqueEmail,
  type SignedUpOrg,
} from '../../test/factories.ts';
import { hashPassword } from '../auth/secrets.ts';
import { insertUser } from '../users/users.repository.ts';
import { trainingEnrolments } from '../../db/schema/training.ts';

export const ZONE = 'Europe/Amsterdam';

/** Eight employees in a small tree: Wonen en Zorg > De Linde > Afdeling Beuk / Afdeling Eik; Rivierzicht; ICT. */
export const EMPLOYEES_CSV = `employee_number,name,department,layer,job_title,digital_skill
E01,Anna Beuk,Wonen en Zorg/De Linde/Afdeling Beuk,Zorg en behandeling,Verzorgende IG,high
E02,Bram Beuk,Wonen en Zorg/De Linde/Afdeling Beuk,Teamleiding,Teamleider,medium
E03,Cor Eik,Wonen en Zorg/De Linde/Afdeling Eik,Zorg en behandeling,Verpleegkundige,low
E04,Dirk Rivier,Wonen en Zorg/Rivierzicht,Zorg en behandeling,Helpende,medium
E05,Eva Servicedesk,Ondersteunende diensten/ICT,Ondersteuning,Servicedeskmedewerker,high
E06,Fleur Manager,Ondersteunende diensten/ICT,Management,Manager ICT,high
E07,Gijs Beuk,Wonen en Zorg/De Linde/Afdeling Beuk,Zorg en behandeling,Helpende,low
E08,Hanna Eik,Wonen en Zorg/De Linde/Afdeling Eik,Zorg en behandeling,Helpende,medium
`;

export const PATHS = {
  woz: 'Wonen en Zorg',
  linde: 'Wonen en Zorg / De Linde',
  beuk: 'Wonen en Zorg / De Linde / Afdeling Beuk',
  eik: 'Wonen en Zorg / De Linde / Afdeling Eik',
  rivier: 'Wonen en Zorg / Rivierzicht',
  ict: 'Ondersteunende diensten / ICT',
  massa: 'Massa',
} as const;

export type Employee = { id: string; employeeNumber: string; name: string; departmentId: string; layerId: string };
export type Org = SignedUpOrg & {
  employee: (number: string) => Employee;
  /** The `extra` generated employees (M001…), in number order. */
  extra: Employee[];
  department: (path: string) => string;
  layers: Map<string, string>;
};

export const api = (t: TestApp) => request(t.app.server);

/**
 * An empty object that a beforeAll (of the file, or of the describe block this is called in) fills with what `setup`
 * gives: the file can name it at the top and read it in later hooks and in tests.
 */
function filledBeforeAll<T extends object>(setup: () => Promise<T>): T {
  const value = {} as T;
  beforeAll(async () => {
    Object.assign(value, await setup());
  });
  return value;
}

/** The real app over a fresh migrated database of its own, started before the file's tests and closed after them. */
export function useTestApp(): TestApp {
  const t = filledBeforeAll(() => createTestApp());
  afterAll(() => t.close());
  return t;
}

/** `setupOrg` in a beforeAll of the file or describe block: the organisation is there from later hooks on. */
export const useOrg = (t: TestApp, name: string, options: { extra?: number } = {}) =>
  filledBeforeAll(() => setupOrg(t, name, options));

/** A new organisation with the eight employees above and `extra` more in department "Massa", imported as CSV. */
export async function setupOrg(t: TestApp, name: string, { extra = 0 } = {}): Promise<Org> {
  const org = await signupOrganisation(t.app, name);
  const lines = Array.from(
    { length: extra },
    (_, i) => `M${String(i + 1).padStart(3, '0')},Medewerker ${i + 1},Massa,Zorg en behandeling,,`,
  );
  await api(t)
    .post('/api/v1/employees/import')
    .query({ dryRun: false })
    .set(bearer(org.token))
    .set('content-type', 'text/csv')
    .send(EMPLOYEES_CSV + lines.join('\n'))
    .expect(200);
  const get = async (path: string) => (await api(t).get(path).set(bearer(org.token)).expect(200)).body.items;
  const employees: Employee[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (
      await api(t).get('/api/v1/employees').query({ limit: 200, offset }).set(bearer(org.token)).expect(200)
    ).body;
    employees.push(...page.items);
    if (page.nextCursor === null) break;
  }
  expect(employees).toHaveLength(8 + extra);
  const byNumber = new Map(employees.map((e) => [e.employeeNumber, e]));
  const departments = new Map(
    ((await get('/api/v1/departments')) as { id: string; path: string }[]).map((d) => [d.path, d.id]),
  );
  const layers: { id: string; name: string }[] = await get('/api/v1/layers');
  return {
    ...org,
    employee: (number) => {
      const found = byNumber.get(number);
      if (!found) throw new Error(`no employee ${number}`);
      return found;
    },
    extra: employees
      .filter((e) => e.employeeNumber.startsWith('M'))
      .sort((a, b) => a.employeeNumber.localeCompare(b.employeeNumber)),
    department: (path) => {
      const found = departments.get(path);
      if (!found) throw new Error(`no department ${path}`);
      return found;
    },
    layers: new Map(layers.map((l) => [l.name, l.id])),
  };
}

/** An ambassador record for one of the organisation's employees (no roles unless given). */
export async function makeAmbassador(t: TestApp, org: Org, number: string, body: object = {}): Promise<{ id: string }> {
  const response = await api(t)
    .post('/api/v1/ambassadors')
    .set(bearer(org.token))
    .send({ employeeId: org.employee(number).id, source: 'recruited', status: 'active', ...body })
    .expect(201);
  return response.body;
}

/** A user linked to an employee record (an ambassador user is "her" ambassador through it); returns a token. */
export async function linkedUser(t: TestApp, org: Org, number: string, role: 'ambassador' | 'hr' = 'ambassador') {
  const user = await insertUser({
    db: t.app.db,
    organisationId: org.organisation.id,
    user: {
      email: uniqueEmail(number.toLowerCase()),
      name: org.employee(number).name,
      role,
      status: 'active',
      passwordHash: await hashPassword(PASSWORD),
      employeeId: org.employee(number).id,
    },
  });
  return { id: user.id, token: t.app.jwt.sign({ sub: user.id, org: org.organisation.id, role }) };
}

/** An ambassador who can sign in: `id` is her ambassador record, `token` that of the user linked to her employee. */
export type Member = { id: string; token: string };

/** Makes one of the organisation's employees an ambassador (no roles) with a user of her own. */
export async function ambassadorWithUser(t: TestApp, org: Org, number: string): Promise<Member> {
  const { id } = await makeAmbassador(t, org, number);
  return { id, token: (await linkedUser(t, org, number)).token };
}

export type People = {
  /** Anna Beuk (E01), an ambassador with a user: the tests make her the trainer of their sessions. */
  anna: Member;
  /** Bram Beuk (E02), an ambassador with a user, who trains none of the sessions unless a test says so. */
  bram: Member;
  /** A user with the hr role. */
  hr: { token: string };
};

/** The people of `setupOrg`'s organisation who sign in, besides its admin (`org.token`): see `People`. */
async function setupPeople(t: TestApp, org: Org): Promise<People> {
  return {
    anna: await ambassadorWithUser(t, org, 'E01'),
    bram: await ambassadorWithUser(t, org, 'E02'),
    hr: { token: (await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' })).token },
  };
}

/** `setupPeople` in a beforeAll, after the one that fills `org`. */
export const usePeople = (t: TestApp, org: Org) => filledBeforeAll(() => setupPeople(t, org));

/**
 * A time slot in Europe/Amsterdam: `week` weeks from this week (0 = this week, -1 = last week), ISO weekday
 * (1 = Monday), at hour:minute local time, lasting `minutes`. Week ≥ 1 is always in the future, week ≤ -1 in the past.
 */
export function slot(week: number, weekday: number, hour: number, minute = 0, minutes = 90) {
  const start = DateTime.now()
    .setZone(ZONE)
    .startOf('week')
    .plus({ weeks: week })
    .set({ weekday: weekday as 1, hour, minute, second: 0, millisecond: 0 });
  return { startsAt: start.toUTC().toISO()!, endsAt: start.plus({ minutes }).toUTC().toISO()! };
}

/** An ISO instant a number of minutes after another one. */
export const plusMinutes = (iso: string, minutes: number) => DateTime.fromISO(iso).plus({ minutes }).toUTC().toISO()!;

export type SessionInput = Record<string, unknown> & { startsAt?: string; endsAt?: string };

/** A valid create body: an end-user session next week on Tuesday 10:00–11:30, for 10 people; override any field. */
export function sessionBody(overrides: SessionInput = {}) {
  const body = { kind: 'end_user', title: 'Werken met het ECD', capacity: 10, ...slot(1, 2, 10), ...overrides };
  // A session set in the past is one being recorded after it happened, unless the test says otherwise.
  const inPast = typeof body.startsAt === 'string' && new Date(body.startsAt).getTime() < Date.now();
  return inPast && !('recordsPast' in overrides) ? { recordsPast: true, ...body } : body;
}

export const createSession = (t: TestApp, token: string, body: SessionInput = {}, force?: boolean) =>
  api(t)
    .post('/api/v1/training-sessions')
    .query(force === undefined ? {} : { force })
    .set(bearer(token))
    .send(sessionBody(body));

/** Creates a session (201 expected) and returns its detail. */
export async function newSession(t: TestApp, token: string, body: SessionInput = {}, force?: boolean) {
  const response = await createSession(t, token, body, force);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Session;
}

export type Session = {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  status: string;
  registeredCount: number;
  waitlistedCount: number;
  warnings?: { code: string; message: string }[];
  enrolments?: { employeeId: string; status: string; position: number | null }[];
  [key: string]: unknown;
};

export const getSession = (t: TestApp, token: string, id: string) =>
  api(t).get(`/api/v1/training-sessions/${id}`).set(bearer(token));
export const patchSession = (t: TestApp, token: string, id: string, body: object, force?: boolean) =>
  api(t)
    .patch(`/api/v1/training-sessions/${id}`)
    .query(force === undefined ? {} : { force })
    .set(bearer(token))
    .send(body);
export const enrol = (t: TestApp, token: string, sessionId: string, employeeId: string) =>
  api(t).post(`/api/v1/training-sessions/${sessionId}/enrolments`).set(bearer(token)).send({ employeeId });
export const unenrol = (t: TestApp, token: string, sessionId: string, employeeId: string) =>
  api(t).delete(`/api/v1/training-sessions/${sessionId}/enrolments/${employeeId}`).set(bearer(token));
export const attendance = (
  t: TestApp,
  token: string,
  sessionId: string,
  marks: { employeeId: string; status: 'attended' | 'no_show' }[],
) => api(t).put(`/api/v1/training-sessions/${sessionId}/attendance`).set(bearer(token)).send({ attendance: marks });

/** The session's enrolments as [employeeId, status, position] from the admin's detail view. */
export async function enrolmentsOf(t: TestApp, token: string, id: string) {
  const { body } = await getSession(t, token, id).expect(200);
  return (body as Session).enrolments!.map((e) => [e.employeeId, e.status, e.position] as const);
}

/** Enrolment rows straight from the database (to check what the API cannot show). */
export async function enrolmentRows(t: TestApp, sessionId: string) {
  return t.app.db
    .select({ employeeId: trainingEnrolments.employeeId, status: trainingEnrolments.status })
    .from(trainingEnrolments)
    .where(eq(trainingEnrolments.sessionId, sessionId));
}

/** The enrolment status of one employee in one session, from the database. */
export async function enrolmentStatus(t: TestApp, sessionId: string, employeeId: string) {
  const [row] = await t.app.db
    .select({ status: trainingEnrolments.status })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.sessionId, sessionId), eq(trainingEnrolments.employeeId, employeeId)));
  return row?.status;
}

/** Runs a completed session in the past (last week, the given weekday and hour) and marks these employees attended. */
export async function trainedInPast(
  t: TestApp,
  org: Org,
  employeeIds: string[],
  body: SessionInput & { weekday?: number; hour?: number } = {},
) {
  const { weekday = 2, hour = 10, ...rest } = body;
  const session = await newSession(t, org.token, { ...slot(-1, weekday, hour), capacity: 50, ...rest });
  for (const employeeId of employeeIds) await enrol(t, org.token, session.id, employeeId).expect(201);
  await attendance(
    t,
    org.token,
    session.id,
    employeeIds.map((employeeId) => ({ employeeId, status: 'attended' as const })),
  ).expect(200);
  return session;
}

export const codes = (session: { warnings?: { code: string }[] }) => (session.warnings ?? []).map((w) => w.code);
