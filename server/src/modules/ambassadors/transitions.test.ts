import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMBASSADOR_TRANSITIONS, type AmbassadorStatus } from '@ambassador/shared';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

const STATUSES = Object.keys(AMBASSADOR_TRANSITIONS) as AmbassadorStatus[];
const LEGAL = STATUSES.flatMap((from) => AMBASSADOR_TRANSITIONS[from].map((to) => [from, to] as const));
const ILLEGAL = STATUSES.flatMap((from) =>
  STATUSES.filter((to) => to !== from && !AMBASSADOR_TRANSITIONS[from].includes(to)).map((to) => [from, to] as const),
);

/** The shortest legal way from `candidate` (where a new ambassador starts) to every status. */
function pathsFromCandidate(): Map<AmbassadorStatus, AmbassadorStatus[]> {
  const paths = new Map<AmbassadorStatus, AmbassadorStatus[]>([['candidate', []]]);
  const queue: AmbassadorStatus[] = ['candidate'];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const to of AMBASSADOR_TRANSITIONS[from]) {
      if (paths.has(to)) continue;
      paths.set(to, [...paths.get(from)!, to]);
      queue.push(to);
    }
  }
  return paths;
}
const PATHS = pathsFromCandidate();

type Change = { from: AmbassadorStatus | null; to: AmbassadorStatus; note: string | null; changedAt: string };
type Detail = {
  id: string;
  employeeId: string;
  status: AmbassadorStatus;
  startDate: string | null;
  endDate: string | null;
};
type Ambassador = Detail & { history: (Change & { changedBy: { id: string; name: string } | null })[] };

let t: TestApp;
let org: SignedUpOrg;
let employeeIds: string[];
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Overgangen');
  const lines = Array.from(
    { length: 60 },
    (_, i) => `T${100 + i},Medewerker ${i},Wonen en Zorg/De Linde,Zorg en behandeling`,
  );
  await api()
    .post('/api/v1/employees/import')
    .query({ dryRun: false })
    .set(bearer(org.token))
    .set('content-type', 'text/csv')
    .send(['employee_number,name,department,layer', ...lines].join('\n'))
    .expect(200);
  const { body } = await api().get('/api/v1/employees').query({ limit: 200 }).set(bearer(org.token)).expect(200);
  employeeIds = body.items.map((e: { id: string }) => e.id);
});
afterAll(() => t.close());

const api = () => request(t.app.server);
/** The organisation's day: start and end dates follow its time zone (Europe/Amsterdam), not UTC. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const patch = (id: string, body: object) => api().patch(`/api/v1/ambassadors/${id}`).set(bearer(org.token)).send(body);
const detail = async (id: string): Promise<Ambassador> =>
  (await api().get(`/api/v1/ambassadors/${id}`).set(bearer(org.token)).expect(200)).body;
const note = (to: AmbassadorStatus) => `Naar ${to}`;

/** A new ambassador (a fresh employee each time) brought to `status` along legal transitions only. */
async function ambassadorAt(status: AmbassadorStatus): Promise<Ambassador> {
  const employeeId = employeeIds.pop()!;
  const created = await api()
    .post('/api/v1/ambassadors')
    .set(bearer(org.token))
    .send({ employeeId, source: 'recruited' })
    .expect(201);
  expect(PATHS.has(status), `${status} cannot be reached from candidate`).toBe(true);
  for (const to of PATHS.get(status)!) await patch(created.body.id, { status: to, note: note(to) }).expect(200);
  return detail(created.body.id);
}

/** The history as from/to/note pairs, and a check that it is in time order and by the admin. */
function steps(history: Ambassador['history']) {
  const times = history.map((change) => Date.parse(change.changedAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  for (const change of history) expect(change.changedBy).toEqual({ id: org.user.id, name: org.user.name });
  return history.map(({ from, to, note }) => ({ from, to, note }));
}

function expectedSteps(path: AmbassadorStatus[]) {
  return [
    { from: null, to: 'candidate', note: null },
    ...path.map((to, i) => ({ from: i === 0 ? 'candidate' : path[i - 1]!, to, note: note(to) })),
  ];
}

describe('the status transitions', () => {
  it('are the ones DESIGN.md draws', () => {
    expect(AMBASSADOR_TRANSITIONS).toEqual({
      candidate: ['invited', 'onboarding', 'declined'],
      invited: ['onboarding', 'declined'],
      onboarding: ['active', 'alumni'],
      active: ['paused', 'alumni'],
      paused: ['active', 'alumni'],
      alumni: ['onboarding'],
      declined: ['candidate'],
    });
  });

  it('reaches every status from candidate', () => {
    expect([...PATHS.keys()].sort()).toEqual([...STATUSES].sort());
    expect(LEGAL.length + ILLEGAL.length).toBe(STATUSES.length * (STATUSES.length - 1));
  });

  it.each(LEGAL)('allows %s → %s and appends it to the history', async (from, to) => {
    const before = await ambassadorAt(from);
    const response = await patch(before.id, { status: to, note: note(to) }).expect(200);
    expect(response.body.status).toBe(to);
    expect(response.body.allowedTransitions).toEqual([...AMBASSADOR_TRANSITIONS[to]]);
    expect(steps(response.body.history)).toEqual(expectedSteps([...PATHS.get(from)!, to]));
    expect(response.body.history.slice(0, -1)).toEqual(before.history);
    expect(await detail(before.id)).toEqual(response.body);
  });

  const atStatus = new Map<AmbassadorStatus, Promise<Ambassador>>();
  it.each(ILLEGAL)('refuses %s → %s with 409 illegal_transition naming the allowed ones', async (from, to) => {
    if (!atStatus.has(from)) atStatus.set(from, ambassadorAt(from));
    const before = await atStatus.get(from)!;
    const response = await patch(before.id, { status: to, note: 'mag niet' }).expect(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('illegal_transition');
    expect([...response.body.allowed].sort()).toEqual([...AMBASSADOR_TRANSITIONS[from]].sort());
    const after = await detail(before.id);
    expect(after.status).toBe(from);
    expect(after.history).toEqual(before.history);
  });

  it('refuses an unknown status with 400', async () => {
    const ambassador = await ambassadorAt('candidate');
    const response = await patch(ambassador.id, { status: 'retired' }).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect((await detail(ambassador.id)).status).toBe('candidate');
  });
});

describe('dates and history along the way', () => {
  it('sets the start date when she becomes active, keeps it while paused, and the end date as alumni', async () => {
    const ambassador = await ambassadorAt('onboarding');
    expect(ambassador).toMatchObject({ startDate: null, endDate: null });
    expect((await patch(ambassador.id, { status: 'active' }).expect(200)).body).toMatchObject({
      startDate: today(),
      endDate: null,
    });
    expect((await patch(ambassador.id, { status: 'paused' }).expect(200)).body).toMatchObject({
      startDate: today(),
      endDate: null,
    });
    expect((await patch(ambassador.id, { status: 'alumni' }).expect(200)).body).toMatchObject({
      startDate: today(),
      endDate: today(),
    });
  });

  it('takes the dates a status change gives over the defaults', async () => {
    const ambassador = await ambassadorAt('onboarding');
    const active = await patch(ambassador.id, { status: 'active', startDate: '2025-09-01' }).expect(200);
    expect(active.body).toMatchObject({ startDate: '2025-09-01', endDate: null });
    const alumna = await patch(ambassador.id, { status: 'alumni', endDate: '2026-01-31' }).expect(200);
    expect(alumna.body).toMatchObject({ startDate: '2025-09-01', endDate: '2026-01-31' });
  });

  it('keeps the first start date when she returns from a pause', async () => {
    const created = await api()
      .post('/api/v1/ambassadors')
      .set(bearer(org.token))
      .send({ employeeId: employeeIds.pop(), source: 'self', status: 'paused', startDate: '2024-03-01' })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'paused', startDate: '2024-03-01', endDate: null });
    const response = await patch(created.body.id, { status: 'active' }).expect(200);
    expect(response.body).toMatchObject({ status: 'active', startDate: '2024-03-01', endDate: null });
  });

  it('keeps the whole history and clears the end date when an alumna rejoins', async () => {
    const alumna = await ambassadorAt('alumni');
    expect(alumna.endDate).toBe(today());
    const response = await patch(alumna.id, { status: 'onboarding', note: 'Komt terug' }).expect(200);
    expect(response.body).toMatchObject({ status: 'onboarding', endDate: null });
    expect(response.body.history).toHaveLength(alumna.history.length + 1);
    expect(response.body.history.slice(0, -1)).toEqual(alumna.history);
    expect(steps(response.body.history).at(-1)).toEqual({ from: 'alumni', to: 'onboarding', note: 'Komt terug' });
  });

  it('asks a declined candidate again: declined → candidate', async () => {
    const declined = await ambassadorAt('declined');
    const response = await patch(declined.id, { status: 'candidate' }).expect(200);
    expect(steps(response.body.history)).toEqual([
      { from: null, to: 'candidate', note: null },
      { from: 'candidate', to: 'declined', note: note('declined') },
      { from: 'declined', to: 'candidate', note: null },
    ]);
  });

  it('stores a blank note as none and trims a note', async () => {
    const ambassador = await ambassadorAt('candidate');
    await patch(ambassador.id, { status: 'invited', note: '   ' }).expect(200);
    const response = await patch(ambassador.id, { status: 'onboarding', note: '  Gesprek gehad  ' }).expect(200);
    expect(steps(response.body.history).slice(1)).toEqual([
      { from: 'candidate', to: 'invited', note: null },
      { from: 'invited', to: 'onboarding', note: 'Gesprek gehad' },
    ]);
  });

  it('edits roles, motivation, hours and consent without a status, adding no history', async () => {
    const ambassador = await ambassadorAt('invited');
    const response = await patch(ambassador.id, {
      roles: ['content', 'trainer'],
      motivation: 'Nieuwe motivatie',
      hoursPerMonth: 8,
      managerConsent: false,
    }).expect(200);
    expect(response.body).toMatchObject({
      status: 'invited',
      roles: ['content', 'trainer'],
      motivation: 'Nieuwe motivatie',
      hoursPerMonth: 8,
      managerConsent: false,
    });
    expect(response.body.history).toEqual(ambassador.history);
  });
});

describe('changes at the same time', () => {
  it('applies only one of two simultaneous transitions that exclude each other', async () => {
    const ambassador = await ambassadorAt('candidate');
    const responses = await Promise.all([
      patch(ambassador.id, { status: 'onboarding' }),
      patch(ambassador.id, { status: 'declined' }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await detail(ambassador.id);
    expect(after.history).toHaveLength(2);
    expect(after.history[1]).toMatchObject({ from: 'candidate', to: after.status });
  });

  it('creates one record, with one history entry, when the same employee is added twice at once', async () => {
    const employeeId = employeeIds.pop()!;
    const create = () => api().post('/api/v1/ambassadors').set(bearer(org.token)).send({ employeeId, source: 'self' });
    const responses = await Promise.all([create(), create()]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.status === 409)!.body.code).toBe('already_ambassador');
    const created = responses.find((r) => r.status === 201)!.body;
    expect((await detail(created.id)).history).toHaveLength(1);
  });
});

describe('an ambassador whose employee leaves', () => {
  it('is marked employeeLeft, keeps her status, and no longer counts in the coverage', async () => {
    const ambassador = await ambassadorAt('active');
    const coverageCell = async () => {
      const { body } = await api().get('/api/v1/coverage').set(bearer(org.token)).expect(200);
      expect(body.cells).toHaveLength(1);
      return { cell: body.cells[0], totals: body.totals };
    };
    const before = await coverageCell();
    const employeeId = (await detail(ambassador.id)).employeeId;
    await api().patch(`/api/v1/employees/${employeeId}`).set(bearer(org.token)).send({ status: 'left' }).expect(200);
    expect(await detail(ambassador.id)).toMatchObject({
      status: 'active',
      employeeLeft: true,
      employee: { id: employeeId, status: 'left' },
    });
    const after = await coverageCell();
    expect(after.cell).toMatchObject({
      employees: before.cell.employees - 1,
      ambassadors: before.cell.ambassadors - 1,
    });
    expect(after.totals.activeAmbassadors).toBe(before.totals.activeAmbassadors - 1);
    const others = (await api().get('/api/v1/ambassadors').set(bearer(org.token)).expect(200)).body.items;
    expect(others.filter((a: { employeeLeft: boolean }) => a.employeeLeft).map((a: { id: string }) => a.id)).toEqual([
      ambassador.id,
    ]);
  });
});
