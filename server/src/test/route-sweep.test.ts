import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@ambassador/shared';
import type { ApiRoute } from '../plugins/auth.ts';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../db/schema/audit.ts';
import { notifications } from '../db/schema/notifications.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from './factories.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * Walks every registered API route, so that routes added later are swept without anyone remembering to:
 * anonymous calls are refused, roles that may not call a route get 403, another organisation's token never
 * reaches this organisation's records (404) or data, and an ambassador never sees a colleague's private fields or a
 * session she has no part in.
 */

type Fixture = {
  org: SignedUpOrg;
  users: Record<Role, { id: string; token: string; email: string }>;
  records: {
    layerId: string;
    departmentId: string;
    employeeId: string;
    ambassadorId: string;
    sessionId: string;
    findingId: string;
    roundId: string;
    contentItemId: string;
    activityId: string;
    roomId: string;
    notificationId: string;
    scimTokenId: string;
    mailId: string;
    /** The secret of a SCIM token of the organisation. */
    scimSecret: string;
  };
  /** What the ambassador user (linked to an ambassador record of her own) must never see, by any GET route. */
  hidden: {
    colleagueValues: string[];
    sessionId: string;
    sessionTitle: string;
    findingRaiser: string;
    colleagueActivityNote: string;
  };
};

let t: TestApp;
let alpha: Fixture;
let beta: Fixture;

const SESSION = {
  kind: 'end_user',
  title: 'Sweep training',
  startsAt: '2030-03-05T09:00:00.000Z',
  endsAt: '2030-03-05T10:00:00.000Z',
  capacity: 5,
};
const PAST = { startsAt: '2021-03-02T09:00:00.000Z', endsAt: '2021-03-02T10:00:00.000Z', recordsPast: true };

/** Private values of the colleague's record: distinctive, so that finding one in an answer can only be a leak. */
const colleagueValues = (name: string) => ({
  notes: `${name}: notitie alleen voor beheer`,
  motivation: `${name}: motivatie van de collega`,
  managerConsentDate: '2011-11-11',
});

async function fixture(name: string): Promise<Fixture> {
  const org = await signupOrganisation(t.app, name);
  const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
  const admin = bearer(org.token);
  const layers = await request(t.app.server).get('/api/v1/layers').set(admin).expect(200);
  const layerId = layers.body.items[0].id as string;
  const department = await request(t.app.server)
    .post('/api/v1/departments')
    .set(admin)
    .send({ name: `${name} Afdeling` })
    .expect(201);
  const employee = await request(t.app.server)
    .post('/api/v1/employees')
    .set(admin)
    .send({ employeeNumber: 'E-1', name: `${name} Medewerker`, departmentId: department.body.id, layerId })
    .expect(201);
  const secrets = colleagueValues(name);
  const ambassadorRecord = await request(t.app.server)
    .post('/api/v1/ambassadors')
    .set(admin)
    .send({ employeeId: employee.body.id, source: 'self', managerConsent: true, ...secrets })
    .expect(201);
  // The ambassador user is an employee with an ambassador record of her own; the one above is her colleague's.
  const own = await request(t.app.server)
    .post('/api/v1/employees')
    .set(admin)
    .send({ employeeNumber: 'E-2', name: `${name} Ambassadeur`, departmentId: department.body.id, layerId })
    .expect(201);
  const ownAmbassador = await request(t.app.server)
    .post('/api/v1/ambassadors')
    .set(admin)
    .send({ employeeId: own.body.id, source: 'self', status: 'active', motivation: `${name}: eigen motivatie` })
    .expect(201);
  const ambassador = await createUser(t.app, {
    organisationId: org.organisation.id,
    role: 'ambassador',
    employeeId: own.body.id,
  });
  const session = await request(t.app.server).post('/api/v1/training-sessions').set(admin).send(SESSION).expect(201);
  await request(t.app.server)
    .post(`/api/v1/training-sessions/${session.body.id}/enrolments`)
    .set(admin)
    .send({ employeeId: employee.body.id })
    .expect(201);
  // A session that is over, attended by the colleague: not the ambassador's, and no longer open to her.
  const completed = await request(t.app.server)
    .post('/api/v1/training-sessions')
    .set(admin)
    .send({ ...SESSION, title: `${name} afgeronde training`, ...PAST })
    .expect(201);
  await request(t.app.server)
    .post(`/api/v1/training-sessions/${completed.body.id}/enrolments`)
    .set(admin)
    .send({ employeeId: employee.body.id })
    .expect(201);
  await request(t.app.server)
    .put(`/api/v1/training-sessions/${completed.body.id}/attendance`)
    .set(admin)
    .send({ attendance: [{ employeeId: employee.body.id, status: 'attended' }] })
    .expect(200);
  // A finding raised by a colleague: who raised it is for admins and HR only.
  const raiser = await createUser(t.app, {
    organisationId: org.organisation.id,
    role: 'ambassador',
    name: `${name} Melder`,
  });
  const finding = await request(t.app.server)
    .post('/api/v1/feedback-items')
    .set(bearer(raiser.token))
    .send({ title: `${name} bevinding`, body: 'Het rooster is niet te vinden.' })
    .expect(201);
  // An open feedback round the ambassador user takes part in.
  const round = await request(t.app.server)
    .post('/api/v1/feedback-rounds')
    .set(admin)
    .send({
      purpose: 'sounding_board',
      title: `${name} klankbord`,
      questions: [{ kind: 'yes_no', text: 'Werkt het?' }],
      participantIds: [ownAmbassador.body.id],
    })
    .expect(201);
  await request(t.app.server).post(`/api/v1/feedback-rounds/${round.body.id}/open`).set(admin).expect(200);
  // A page of the content register the ambassador user looks after, and what her colleague did (hers alone to see).
  const contentItem = await request(t.app.server)
    .post('/api/v1/content-items')
    .set(admin)
    .send({ title: `${name} pagina`, section: 'Zorg', ownerAmbassadorId: ownAmbassador.body.id })
    .expect(201);
  const colleagueActivityNote = `${name}: wat de collega deed`;
  const activity = await request(t.app.server)
    .post('/api/v1/activities')
    .set(admin)
    .send({ kind: 'event', date: '2024-05-01', note: colleagueActivityNote, ambassadorId: ambassadorRecord.body.id })
    .expect(201);
  const [notification] = await t.app.db
    .insert(notifications)
    .values({
      organisationId: org.organisation.id,
      userId: org.user.id,
      kind: 'round_opened',
      title: 'Feedbackronde geopend',
      body: 'Sweep',
      link: null,
      dedupeKey: `sweep:${org.user.id}`,
    })
    .returning();
  const room = await request(t.app.server)
    .post('/api/v1/rooms')
    .set(admin)
    .send({ name: `${name} zaal`, capacity: 12 })
    .expect(201);
  const scimToken = await request(t.app.server).post('/api/v1/scim-tokens').set(admin).send({ name }).expect(201);
  const invited = `uitnodiging.${Math.random()}@example.test`;
  await request(t.app.server)
    .post('/api/v1/users')
    .set(admin)
    .send({ email: invited, name: 'Uitgenodigd', role: 'hr' });
  const mails = await request(t.app.server).get('/api/v1/outbox').set(admin).expect(200);
  return {
    hidden: {
      colleagueValues: [secrets.notes, secrets.motivation, secrets.managerConsentDate],
      sessionId: completed.body.id,
      sessionTitle: completed.body.title,
      findingRaiser: raiser.user.name,
      colleagueActivityNote,
    },
    records: {
      layerId,
      departmentId: department.body.id,
      employeeId: employee.body.id,
      ambassadorId: ambassadorRecord.body.id,
      sessionId: session.body.id,
      findingId: finding.body.id,
      roundId: round.body.id,
      contentItemId: contentItem.body.id,
      activityId: activity.body.id,
      roomId: room.body.id,
      notificationId: notification!.id,
      scimTokenId: scimToken.body.id,
      mailId: mails.body.items[0].id,
      scimSecret: scimToken.body.secret,
    },
    org,
    users: {
      admin: { id: org.user.id, token: org.token, email: org.user.email },
      ambassador: { id: ambassador.user.id, token: ambassador.token, email: ambassador.email },
      hr: { id: hr.user.id, token: hr.token, email: hr.email },
    },
  };
}

/** A record of the given organisation for each `:param` of a route; a new route with params must add its own. */
function paramsFor(route: ApiRoute, of: Fixture): Record<string, string> | undefined {
  const byRoute: Record<string, Record<string, string>> = {
    '/api/v1/users/:id': { id: of.users.hr.id },
    '/api/v1/users/:id/invite': { id: of.users.hr.id },
    '/api/v1/layers/:id': { id: of.records.layerId },
    '/api/v1/departments/:id': { id: of.records.departmentId },
    '/api/v1/employees/:id': { id: of.records.employeeId },
    '/api/v1/employees/:id/personal-data': { id: of.records.employeeId },
    '/api/v1/employees/:id/erase': { id: of.records.employeeId },
    '/api/v1/ambassadors/:id': { id: of.records.ambassadorId },
    '/api/v1/training-sessions/:id': { id: of.records.sessionId },
    '/api/v1/training-sessions/:id.ics': { id: of.records.sessionId },
    '/api/v1/training-sessions/:id/enrolments': { id: of.records.sessionId },
    '/api/v1/training-sessions/:id/enrolments/bulk': { id: of.records.sessionId },
    '/api/v1/training-sessions/:id/enrolments/:employeeId': {
      id: of.records.sessionId,
      employeeId: of.records.employeeId,
    },
    '/api/v1/training-sessions/:id/attendance': { id: of.records.sessionId },
    '/api/v1/feedback-rounds/:id': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/open': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/close': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/remind': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/copy': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/response': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/responses': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/results': { id: of.records.roundId },
    '/api/v1/feedback-rounds/:id/results.csv': { id: of.records.roundId },
    '/api/v1/feedback-items/:id': { id: of.records.findingId },
    '/api/v1/content-items/:id': { id: of.records.contentItemId },
    '/api/v1/content-items/:id/review': { id: of.records.contentItemId },
    '/api/v1/activities/:id': { id: of.records.activityId },
    '/api/v1/rooms/:id': { id: of.records.roomId },
    '/api/v1/me/notifications/:id/read': { id: of.records.notificationId },
    '/api/v1/scim-tokens/:id': { id: of.records.scimTokenId },
    '/api/v1/outbox/:id': { id: of.records.mailId },
    '/api/v1/scim/v2/Users/:id': { id: of.records.employeeId },
  };
  return byRoute[route.url];
}

/** A valid body for each route that takes one, so that the sweep reaches the handler and not the validator. */
function bodyFor(route: ApiRoute): object | undefined {
  const bodies: Record<string, object> = {
    'PATCH /api/v1/users/:id': { name: 'Renamed By Sweep' },
    'POST /api/v1/users': { email: `sweep.${Date.now()}.${Math.random()}@example.test`, name: 'Swept', role: 'hr' },
    'PATCH /api/v1/organisation': { phase: 'build' },
    'POST /api/v1/layers': { name: `Laag ${Math.random()}` },
    'PUT /api/v1/layers/order': { ids: [crypto.randomUUID()] },
    'PATCH /api/v1/layers/:id': { name: `Laag ${Math.random()}` },
    'POST /api/v1/departments': { name: `Afdeling ${Math.random()}` },
    'PATCH /api/v1/departments/:id': { name: `Afdeling ${Math.random()}` },
    'POST /api/v1/employees': {
      employeeNumber: `N-${Math.random()}`,
      name: 'Swept',
      departmentId: crypto.randomUUID(),
      layerId: crypto.randomUUID(),
    },
    'PATCH /api/v1/employees/:id': { name: 'Renamed By Sweep' },
    'POST /api/v1/ambassadors': { employeeId: crypto.randomUUID(), source: 'self' },
    'PATCH /api/v1/ambassadors/:id': { motivation: 'Swept' },
    'POST /api/v1/training-sessions': { ...SESSION, startsAt: '2031-01-01T09:00:00Z', endsAt: '2031-01-01T10:00:00Z' },
    'PATCH /api/v1/training-sessions/:id': { title: 'Renamed By Sweep' },
    'POST /api/v1/training-sessions/:id/enrolments': { employeeId: crypto.randomUUID() },
    'POST /api/v1/training-sessions/:id/enrolments/bulk': { departmentId: crypto.randomUUID() },
    'PUT /api/v1/training-sessions/:id/attendance': {
      attendance: [{ employeeId: crypto.randomUUID(), status: 'attended' }],
    },
    'POST /api/v1/feedback-rounds': { purpose: 'pulse', title: 'Sweep round' },
    'PATCH /api/v1/feedback-rounds/:id': { title: 'Renamed By Sweep' },
    'POST /api/v1/feedback-rounds/:id/copy': {},
    'PUT /api/v1/feedback-rounds/:id/response': { answers: [] },
    'POST /api/v1/training/plan': {
      from: '2031-01-06',
      to: '2031-01-31',
      sessionMinutes: 60,
      capacity: 10,
      weekdays: [2, 4],
      startTime: '10:00',
    },
    'POST /api/v1/feedback-items': { title: 'Swept finding', body: 'Found by the sweep' },
    'PATCH /api/v1/feedback-items/:id': { status: 'reviewing' },
    'POST /api/v1/content-items': { title: 'Swept page', section: 'Sweep' },
    'PATCH /api/v1/content-items/:id': { status: 'rewrite' },
    'POST /api/v1/activities': { kind: 'event', date: '2024-06-01', note: 'Swept' },
    'POST /api/v1/rooms': { name: `Zaal ${Math.random()}`, capacity: 10 },
    'PATCH /api/v1/rooms/:id': { name: `Zaal ${Math.random()}` },
    'POST /api/v1/me/password': { currentPassword: 'not the password', newPassword: 'paars kasteel onder de brug 42' },
    'PATCH /api/v1/me/preferences': { locale: 'nl', email: { round_opened: 'immediate' } },
    'POST /api/v1/scim-tokens': { name: 'Sweep token' },
    'PUT /api/v1/organisation/sso': {
      enabled: true,
      issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
      clientId: 'sweep-client',
      clientSecret: 'sweep-secret',
      allowedDomains: [`sweep-${crypto.randomUUID()}.example`],
      createUsers: false,
      passwordLogin: true,
    },
    'POST /api/v1/training/plan/apply': {
      sessions: [
        {
          title: 'Swept',
          startsAt: '2031-01-07T09:00:00Z',
          endsAt: '2031-01-07T10:00:00Z',
          trainerIds: [],
          departmentIds: [],
          employeeIds: [crypto.randomUUID()],
        },
      ],
    },
  };
  return bodies[`${route.method} ${route.url}`];
}

function pathOf(route: ApiRoute, params: Record<string, string> = {}): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`No value for :${name} in ${route.method} ${route.url}: add it to paramsFor`);
    return value;
  });
}

function call(route: ApiRoute, path: string, token?: string) {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  let req = request(t.app.server)[method](path);
  if (token) req = req.set(bearer(token));
  const body = bodyFor(route);
  return body ? req.send(body) : req;
}

const roleRoutes = () =>
  t.app.apiRoutes.filter((r): r is ApiRoute & { access: readonly Role[] } => Array.isArray(r.access));

beforeAll(async () => {
  t = await createTestApp();
  alpha = await fixture('Alpha Sweep Zorg');
  beta = await fixture('Beta Sweep Wonen');
});
afterAll(() => t.close());

describe('route sweep', () => {
  it('finds the routes of every module', () => {
    const urls = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('POST /api/v1/auth/login');
    expect(urls).toContain('GET /api/v1/users');
    expect(urls).toContain('GET /api/v1/organisation');
    expect(urls).toContain('GET /api/v1/dashboard');
    expect(urls).toContain('GET /api/v1/me/home');
    expect(urls).toContain('GET /api/v1/rooms');
    expect(urls).toContain('GET /api/v1/me/notifications');
    expect(urls).toContain('GET /api/v1/outbox');
  });

  it('has a closed schema (no unknown properties) and a sample body for every route that takes a body', () => {
    for (const route of t.app.apiRoutes.filter((r) => r.body)) {
      expect(route.body?.additionalProperties, `${route.method} ${route.url}`).toBe(false);
      if (Array.isArray(route.access))
        expect(bodyFor(route), `sample body for ${route.method} ${route.url}`).toBeDefined();
    }
  });

  it('refuses every non-public route without a token with 401 problem+json', async () => {
    for (const route of roleRoutes()) {
      const response = await call(route, pathOf(route, paramsFor(route, alpha)));
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('unauthorized');
    }
  });

  it('refuses every role that a route does not allow with 403', async () => {
    let checked = 0;
    for (const route of roleRoutes()) {
      for (const role of (['admin', 'ambassador', 'hr'] as const).filter((r) => !route.access.includes(r))) {
        const response = await call(route, pathOf(route, paramsFor(route, alpha)), alpha.users[role].token);
        expect(response.status, `${role} on ${route.method} ${route.url}`).toBe(403);
        expect(response.body.code).toBe('forbidden');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("refuses every SCIM route without a SCIM token (a user's token is not one) and finds no other organisation's users", async () => {
    const scimRoutes = t.app.apiRoutes.filter((r) => r.access === 'scim');
    expect(scimRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/scim/v2/Users', 'PATCH /api/v1/scim/v2/Users/:id']),
    );
    for (const route of scimRoutes) {
      const path = pathOf(route, paramsFor(route, alpha));
      for (const token of [undefined, alpha.users.admin.token]) {
        const response = await call(route, path, token);
        expect(response.status, `${route.method} ${route.url}`).toBe(401);
        expect(response.headers['content-type']).toContain('application/scim+json');
        expect(response.body.code).toBe('unauthorized');
      }
      if (route.url.includes(':')) {
        const foreign = await call(route, path, beta.records.scimSecret);
        expect(foreign.status, `${route.method} ${route.url} with another organisation's SCIM token`).toBe(404);
      }
    }
  });

  it("answers 404 for another organisation's records, exactly as for a missing one", async () => {
    for (const route of roleRoutes().filter((r) => r.url.includes(':'))) {
      const params = paramsFor(route, alpha);
      expect(params, `paramsFor ${route.method} ${route.url}`).toBeDefined();
      const role = route.access[0]!;
      const foreign = await call(route, pathOf(route, params), beta.users[role].token);
      expect(foreign.status, `${route.method} ${route.url} with another organisation's ids`).toBe(404);
      const missingParams = Object.fromEntries(Object.keys(params!).map((k) => [k, crypto.randomUUID()]));
      const missing = await call(route, pathOf(route, missingParams), beta.users[role].token);
      expect(missing.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
  });

  it("never returns this organisation's data to another organisation's users", async () => {
    const secrets = [
      alpha.org.organisation.id,
      alpha.org.organisation.name,
      ...Object.values(alpha.users).flatMap((u) => [u.id, u.email]),
    ];
    for (const route of roleRoutes().filter((r) => !r.url.includes(':'))) {
      for (const role of route.access) {
        const response = await call(route, route.url, beta.users[role].token);
        expect(response.status, `${role} on ${route.method} ${route.url}`).toBeLessThan(500);
        const text = JSON.stringify(response.body);
        for (const secret of secrets)
          expect(text, `${route.method} ${route.url} leaks ${secret}`).not.toContain(secret);
      }
    }
  });

  it("never shows an ambassador a colleague's private fields or a session she has no part in", async () => {
    const { colleagueValues, sessionId, sessionTitle, findingRaiser, colleagueActivityNote } = alpha.hidden;
    const secrets = [...colleagueValues, sessionId, sessionTitle, findingRaiser, colleagueActivityNote];
    const token = alpha.users.ambassador.token;
    const swept: string[] = [];
    const leaks: string[] = [];
    for (const route of roleRoutes().filter((r) => r.method === 'GET' && r.access.includes('ambassador'))) {
      const params = paramsFor(route, alpha) ?? {};
      // Wherever a route takes the fixture's session, it is asked for the hidden one too.
      const takesSession = Object.values(params).includes(alpha.records.sessionId);
      const variants = takesSession ? [params, { ...params, id: sessionId }] : [params];
      for (const variant of variants) {
        const path = pathOf(route, variant);
        const response = await call(route, path, token);
        expect(response.status, `ambassador on GET ${path}`).toBeLessThan(500);
        leaks.push(...secrets.filter((secret) => response.text.includes(secret)).map((secret) => `${path}: ${secret}`));
      }
      swept.push(route.url);
    }
    expect(leaks).toEqual([]);
    expect(swept).toEqual(
      expect.arrayContaining([
        '/api/v1/ambassadors',
        '/api/v1/training-sessions/:id',
        '/api/v1/training-sessions',
        '/api/v1/feedback-items',
        '/api/v1/feedback-items/:id',
        '/api/v1/feedback-rounds',
        '/api/v1/feedback-rounds/:id',
        '/api/v1/feedback-rounds/:id/response',
        '/api/v1/activities',
        '/api/v1/activities/summary',
        '/api/v1/content-items',
        '/api/v1/me/home',
      ]),
    );
  });

  // Last: it changes and deletes the fixture's records.
  it('logs every write that succeeds in the audit log, with its route, and keeps nothing of one that fails', async () => {
    const { records } = alpha;
    // Where the sample body names records that do not exist, the audit sweep names the fixture's, to reach a write.
    const valid: Record<string, object> = {
      'POST /api/v1/employees': {
        employeeNumber: `A-${Math.random()}`,
        name: 'Swept',
        departmentId: records.departmentId,
        layerId: records.layerId,
      },
      'POST /api/v1/training-sessions/:id/enrolments/bulk': { departmentId: records.departmentId },
    };
    const removal = (route: ApiRoute) => Number(route.method === 'DELETE' || route.url.endsWith('/erase'));
    const writes = roleRoutes()
      .filter((route) => route.method !== 'GET')
      // Removals last, so that the other writes still find the records they name.
      .sort((a, b) => removal(a) - removal(b));
    const logged = async (route: string) =>
      (await t.app.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.route, route))).length;
    const succeeded: string[] = [];
    const unlogged: string[] = [];
    const kept: string[] = [];
    for (const route of writes) {
      const name = `${route.method} ${route.url}`;
      const role = route.access.includes('admin') ? 'admin' : route.access[0]!;
      const before = await logged(name);
      let req = request(t.app.server)
        [route.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](pathOf(route, paramsFor(route, alpha)))
        .set(bearer(alpha.users[role].token));
      const body = valid[name] ?? bodyFor(route);
      if (body) req = req.send(body);
      const response = await req;
      expect(response.status, name).toBeLessThan(500);
      const after = await logged(name);
      if (response.status < 300) {
        succeeded.push(name);
        if (after === before) unlogged.push(name);
      } else if (after !== before) kept.push(`${name} (${response.status})`);
    }
    // A proposal is computed, not stored; and the fixture's one unread notification was read by the route before.
    const writeNothing = ['POST /api/v1/training/plan', 'POST /api/v1/me/notifications/read-all'];
    expect(unlogged.filter((name) => !writeNothing.includes(name))).toEqual([]);
    expect(kept).toEqual([]);
    expect(succeeded).toEqual(
      expect.arrayContaining([
        'POST /api/v1/users',
        'PATCH /api/v1/organisation',
        'POST /api/v1/departments',
        'POST /api/v1/employees',
        'PATCH /api/v1/employees/:id',
        'POST /api/v1/training-sessions',
        'PATCH /api/v1/training-sessions/:id',
        'POST /api/v1/training-sessions/:id/enrolments/bulk',
        'POST /api/v1/employees/:id/erase',
        'DELETE /api/v1/users/:id',
        'POST /api/v1/feedback-items',
        'POST /api/v1/rooms',
        'DELETE /api/v1/rooms/:id',
        'POST /api/v1/scim-tokens',
        'PATCH /api/v1/me/preferences',
      ]),
    );
  });
});
