import request, { type Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRoute } from '../plugins/auth.ts';
import { auditEvents } from '../db/schema/audit.ts';
import type { AuditActorKind } from '../modules/audit/audit.repository.ts';
import { outboxRowsTo } from '../modules/notifications/mail.fixtures.ts';
import { signUnsubscribe } from '../modules/notifications/unsubscribe-tokens.ts';
import {
  bearer,
  createUser,
  PASSWORD,
  refreshCookie,
  signupOrganisation,
  uniqueEmail,
  type SignedUpOrg,
} from './factories.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * The audit half of the route sweep for the routes no role guards: SCIM (an organisation's SCIM token) and the
 * public and cookie routes (signup, invitations, password resets, unsubscribe links). Their writes are made by no
 * logged-in user, so each must still leave events that say who acted (the SCIM connection, someone not logged in),
 * and a refused call must leave none. The list comes from the registered routes: a new one fails here until it is
 * exercised below or said to write nothing.
 */

type Writes = {
  /** The kind of actor every event of a successful call names. */
  actor: AuditActorKind;
  /** Makes what the call needs (an invitation's token, an employee's id); its own events are not the route's. */
  prepare?: () => Promise<string>;
  /** A call that succeeds and changes data. */
  succeeds: (prepared: string) => Test;
  /** A call that is refused, or names nothing to change, and so must leave no event. */
  refused: () => Test;
};
type WritesNothing = {
  /** Why a successful call leaves no event. */
  nothing: string;
  succeeds: () => Test;
};

const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const SCIM_ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const SCIM_PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** A SCIM token of the right form that no organisation holds. */
const WRONG_SCIM_SECRET = `amb_scim_${'x'.repeat(43)}`;
const NEW_PASSWORD = 'paars kasteel onder de brug 42';
const DEPARTMENT = 'Zorg';

let t: TestApp;
let org: SignedUpOrg;
let scimSecret: string;

const api = () => request(t.app.server);

const scimUser = () => {
  const number = uniqueEmail('scim').split('@')[0]!;
  return {
    schemas: [SCIM_USER, SCIM_ENTERPRISE],
    userName: `${number}@provisie.example`,
    externalId: `entra-${number}`,
    name: { givenName: 'Ilse', familyName: 'Jansen' },
    active: true,
    title: 'Verpleegkundige',
    [SCIM_ENTERPRISE]: { employeeNumber: number, department: DEPARTMENT },
  };
};

function scim(method: 'post' | 'put' | 'patch' | 'delete', path: string, body?: object, secret = scimSecret) {
  const call = api()[method](`/api/v1/scim/v2${path}`).set(bearer(secret));
  return body ? call.set('content-type', 'application/scim+json').send(JSON.stringify(body)) : call;
}

/** A user made by the SCIM connection, for the routes that change one. */
async function scimEmployee(): Promise<string> {
  return (await scim('post', '/Users', scimUser()).expect(201)).body.id;
}

/** A user of the organisation who is still to accept her invitation: the token of its link. */
async function invitation(): Promise<string> {
  const invited = await api()
    .post('/api/v1/users')
    .set(bearer(org.token))
    .send({ email: uniqueEmail('invitee'), name: 'Ivo Invite', role: 'hr' })
    .expect(201);
  return String(invited.body.inviteUrl).split('/invite/')[1]!;
}

/** A reset link asked for as a person would, read from the mail queue (no sender runs here). */
async function resetToken(): Promise<string> {
  const { email } = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
  await api().post('/api/v1/auth/forgot-password').send({ email }).expect(202);
  const [mail] = await outboxRowsTo(t.app.db, email);
  return new URLSearchParams(mail!.data.link!.split('?')[1]).get('token')!;
}

function unsubscribe(token: string) {
  return api()
    .post('/api/v1/unsubscribe')
    .query({ token })
    .set('content-type', 'application/x-www-form-urlencoded')
    .send('List-Unsubscribe=One-Click');
}

const login = () => api().post('/api/v1/auth/login').send({ email: org.user.email, password: PASSWORD });

const exercises: Record<string, Writes | WritesNothing> = {
  'POST /api/v1/auth/signup': {
    actor: 'anonymous',
    succeeds: () =>
      api()
        .post('/api/v1/auth/signup')
        .send({ organisationName: 'Zorggroep Nieuw', name: 'Nina Nieuw', email: uniqueEmail(), password: PASSWORD })
        .expect(201),
    // The address has an account already.
    refused: () =>
      api()
        .post('/api/v1/auth/signup')
        .send({ organisationName: 'Zorggroep Dubbel', name: 'Dubbel', email: org.user.email, password: PASSWORD })
        .expect(409),
  },
  'POST /api/v1/auth/login': {
    actor: 'user',
    succeeds: () => login().expect(200),
    // An unknown address belongs to no organisation; a known account's failed login is logged, on purpose.
    refused: () => api().post('/api/v1/auth/login').send({ email: uniqueEmail(), password: PASSWORD }).expect(401),
  },
  'POST /api/v1/auth/refresh': {
    nothing: 'it rotates the refresh token, which is not audited (migration 0011); the login it continues was logged',
    succeeds: () => api().post('/api/v1/auth/refresh').set('cookie', org.cookie).expect(200),
  },
  'POST /api/v1/auth/logout': {
    actor: 'user',
    prepare: async () => refreshCookie(await login().expect(200))!,
    succeeds: (cookie) => api().post('/api/v1/auth/logout').set('cookie', cookie).expect(204),
    // A cookie that names no login ends nothing.
    refused: () =>
      api()
        .post('/api/v1/auth/logout')
        .set('cookie', `ambassador_refresh=${'x'.repeat(43)}`)
        .expect(204),
  },
  'POST /api/v1/auth/accept-invite': {
    actor: 'anonymous',
    prepare: invitation,
    succeeds: (token) => api().post('/api/v1/auth/accept-invite').send({ token, password: NEW_PASSWORD }).expect(200),
    refused: () =>
      api()
        .post('/api/v1/auth/accept-invite')
        .send({ token: 'x'.repeat(43), password: NEW_PASSWORD })
        .expect(410),
  },
  'POST /api/v1/auth/forgot-password': {
    nothing: 'the link it mails and the mail are not audited (migration 0011); the reset that uses the link is',
    succeeds: () => api().post('/api/v1/auth/forgot-password').send({ email: org.user.email }).expect(202),
  },
  'POST /api/v1/auth/reset-password': {
    actor: 'anonymous',
    prepare: resetToken,
    succeeds: (token) => api().post('/api/v1/auth/reset-password').send({ token, password: NEW_PASSWORD }).expect(200),
    refused: () =>
      api()
        .post('/api/v1/auth/reset-password')
        .send({ token: 'x'.repeat(43), password: NEW_PASSWORD })
        .expect(410),
  },
  'POST /api/v1/auth/sso/start': {
    nothing: 'it only looks up the domain; a pending provider login is not audited (migration 0011), the login is',
    succeeds: () => api().post('/api/v1/auth/sso/start').send({ email: org.user.email }).expect(200),
  },
  'POST /api/v1/unsubscribe': {
    actor: 'anonymous',
    prepare: async () => {
      const { user } = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
      return signUnsubscribe(t.config.jwtSecret, user.id, 'round_opened');
    },
    succeeds: (token) => unsubscribe(token).expect(200),
    // Signed for another kind than it names.
    refused: () =>
      unsubscribe(
        signUnsubscribe(t.config.jwtSecret, org.user.id, 'round_opened').replace('round_opened', 'enrolment'),
      ).expect(404),
  },
  'POST /api/v1/scim/v2/Users': {
    actor: 'scim',
    succeeds: () => scim('post', '/Users', scimUser()).expect(201),
    refused: () => scim('post', '/Users', scimUser(), WRONG_SCIM_SECRET).expect(401),
  },
  'PUT /api/v1/scim/v2/Users/:id': {
    actor: 'scim',
    prepare: scimEmployee,
    succeeds: (id) => scim('put', `/Users/${id}`, { ...scimUser(), title: 'Teamleider' }).expect(200),
    refused: () => scim('put', `/Users/${crypto.randomUUID()}`, scimUser(), WRONG_SCIM_SECRET).expect(401),
  },
  'PATCH /api/v1/scim/v2/Users/:id': {
    actor: 'scim',
    prepare: scimEmployee,
    succeeds: (id) =>
      scim('patch', `/Users/${id}`, {
        schemas: [SCIM_PATCH],
        Operations: [{ op: 'replace', path: 'title', value: 'Teamleider' }],
      }).expect(200),
    refused: () =>
      scim(
        'patch',
        `/Users/${crypto.randomUUID()}`,
        { schemas: [SCIM_PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] },
        WRONG_SCIM_SECRET,
      ).expect(401),
  },
  'DELETE /api/v1/scim/v2/Users/:id': {
    actor: 'scim',
    prepare: scimEmployee,
    succeeds: (id) => scim('delete', `/Users/${id}`).expect(204),
    refused: () => scim('delete', `/Users/${crypto.randomUUID()}`, undefined, WRONG_SCIM_SECRET).expect(401),
  },
};

const nameOf = (route: ApiRoute) => `${route.method} ${route.url}`;

/** Every write no role guards, as the route sweep tells the public from the rest: its access is not a role list. */
const openWrites = () => t.app.apiRoutes.filter((route) => !Array.isArray(route.access) && route.method !== 'GET');

/** The call's answer and the audit events that appeared while it ran, in any organisation. */
async function withEvents(call: () => Test) {
  const ids = async () => (await t.app.db.select({ id: auditEvents.id }).from(auditEvents)).map((row) => row.id);
  const before = new Set(await ids());
  const response = await call();
  const events = (await t.app.db.select().from(auditEvents)).filter((event) => !before.has(event.id));
  return { response, events };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Provisie');
  await api().post('/api/v1/departments').set(bearer(org.token)).send({ name: DEPARTMENT }).expect(201);
  scimSecret = (await api().post('/api/v1/scim-tokens').set(bearer(org.token)).send({ name: 'Entra ID' }).expect(201))
    .body.secret;
});
afterAll(() => t.close());

describe('audit sweep of the SCIM and public writes', () => {
  it('knows how to call every SCIM and public write, or why it writes nothing', () => {
    const names = openWrites().map(nameOf);
    expect(names).toEqual(expect.arrayContaining(['POST /api/v1/auth/signup', 'DELETE /api/v1/scim/v2/Users/:id']));
    expect(names.filter((name) => !(name in exercises))).toEqual([]);
    expect(Object.keys(exercises).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('logs every such write that succeeds with who acted, and keeps nothing of one that is refused', async () => {
    for (const route of openWrites()) {
      const name = nameOf(route);
      const exercise = exercises[name];
      if (!exercise) continue;
      if ('nothing' in exercise) {
        const { events } = await withEvents(exercise.succeeds);
        expect(events, `${name} writes nothing: ${exercise.nothing}`).toEqual([]);
        continue;
      }
      const prepared = exercise.prepare ? await exercise.prepare() : '';
      const { events } = await withEvents(() => exercise.succeeds(prepared));
      expect(events.length, `events of ${name}`).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.actorKind, `actor of ${event.action} ${event.entity} by ${name}`).toBe(exercise.actor);
        // A change the triggers logged names the route that made it.
        if (['create', 'update', 'delete'].includes(event.action)) expect(event.route, name).toBe(name);
      }
      const refused = await withEvents(exercise.refused);
      expect(refused.events, `events of a refused ${name}`).toEqual([]);
    }
  });
});
