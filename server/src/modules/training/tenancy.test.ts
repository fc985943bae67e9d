import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../test/factories.ts';
import {
  ambassadorWithUser,
  api,
  attendance,
  enrol,
  enrolmentRows,
  getSession,
  newSession,
  patchSession,
  PATHS,
  slot,
  unenrol,
  useOrg,
  useTestApp,
  type Session,
} from './training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Eigen');
const other = useOrg(t, 'Zorggroep Vreemd');
/** A session of the other organisation, with an enrolment: past, so attendance could be taken. */
let foreign: Session;
beforeAll(async () => {
  foreign = await newSession(t, other.token, { ...slot(-1, 2, 10), title: 'Vreemde sessie' });
  await enrol(t, other.token, foreign.id, other.employee('E03').id).expect(201);
});

/** Every session route, for a session id, as the given user; the employee is one of `org`'s. */
const calls = (token: string, employeeId: string) => ({
  get: (id: string) => getSession(t, token, id),
  ics: (id: string) => api(t).get(`/api/v1/training-sessions/${id}.ics`).set(bearer(token)),
  patch: (id: string) => patchSession(t, token, id, { title: 'Overgenomen' }),
  delete: (id: string) => api(t).delete(`/api/v1/training-sessions/${id}`).set(bearer(token)),
  enrol: (id: string) => enrol(t, token, id, employeeId),
  bulk: (id: string) =>
    api(t)
      .post(`/api/v1/training-sessions/${id}/enrolments/bulk`)
      .set(bearer(token))
      .send({ departmentId: org.department(PATHS.ict) }),
  unenrol: (id: string) => unenrol(t, token, id, employeeId),
  attendance: (id: string) => attendance(t, token, id, [{ employeeId, status: 'attended' }]),
});

describe("another organisation's sessions", () => {
  it('answer 404 on every session route, with the same body as a random id', async () => {
    const routes = calls(org.token, org.employee('E03').id);
    for (const [name, call] of Object.entries(routes)) {
      const missing = await call(randomUUID());
      const stranger = await call(foreign.id);
      expect([name, stranger.status]).toEqual([name, 404]);
      expect([name, stranger.body]).toEqual([name, missing.body]);
      expect(stranger.body.code).toBe('not_found');
    }
  });

  it('answer 404 to an ambassador of this organisation too', async () => {
    const ambassador = (await ambassadorWithUser(t, org, 'E01')).token;
    const routes = calls(ambassador, org.employee('E03').id);
    for (const name of ['get', 'ics', 'enrol', 'bulk', 'unenrol', 'attendance'] as const) {
      const stranger = await routes[name](foreign.id);
      expect([name, stranger.status]).toEqual([name, 404]);
      expect([name, stranger.body]).toEqual([name, (await routes[name](randomUUID())).body]);
    }
  });

  it('are left untouched, and do not show in the list', async () => {
    const { body } = await getSession(t, other.token, foreign.id).expect(200);
    expect(body).toMatchObject({ title: 'Vreemde sessie', status: 'planned', registeredCount: 1 });
    expect(await enrolmentRows(t, foreign.id)).toEqual([
      { employeeId: other.employee('E03').id, status: 'registered' },
    ]);
    expect((await api(t).get('/api/v1/training-sessions').set(bearer(org.token)).expect(200)).body.total).toBe(0);
  });

  it("refuse to enrol another organisation's employee in one's own session", async () => {
    const own = await newSession(t, org.token, { ...slot(1, 2, 10) });
    const response = await enrol(t, org.token, own.id, other.employee('E04').id).expect(400);
    expect(response.body.code).toBe('validation_failed');
    await unenrol(t, org.token, own.id, other.employee('E03').id).expect(404);
  });
});
