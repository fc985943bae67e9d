import { eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ssoConfigs, ssoLogins } from '../../db/schema/sso.ts';
import {
  bearer,
  createUser,
  PASSWORD,
  refreshCookie,
  signupOrganisation,
  type SignedUpOrg,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { latestAuditEvents } from '../audit/audit.repository.ts';
import { hashPassword, hashToken } from '../auth/secrets.ts';
import { insertDepartments } from '../departments/departments.repository.ts';
import { insertEmployee } from '../employees/employees.repository.ts';
import { layerRows } from '../layers/layers.repository.ts';
import { findUser, insertUser } from '../users/users.repository.ts';
import { loginAtProvider, startProvider, type TestProvider } from './sso.fixtures.ts';

const DOMAIN = 'zorggroep-sso.example';

let t: TestApp;
let provider: TestProvider;
let org: SignedUpOrg;
let other: SignedUpOrg;

const api = () => request(t.app.server);

function settings(overrides: object = {}) {
  return {
    enabled: true,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    allowedDomains: [DOMAIN],
    createUsers: false,
    defaultRole: 'ambassador',
    passwordLogin: true,
    ...overrides,
  };
}

async function configure(overrides: object = {}) {
  return api().put('/api/v1/organisation/sso').set(bearer(org.token)).send(settings(overrides)).expect(200);
}

/** Starts a login for `email`, as the login page does: the redirect URL and the browser's state cookie. */
async function start(email: string) {
  const response = await api().post('/api/v1/auth/sso/start').send({ email }).expect(200);
  expect(response.body).toMatchObject({ sso: true });
  const cookie = [response.headers['set-cookie']]
    .flat()
    .find((line: string | undefined) => line?.startsWith('ambassador_sso_state='));
  return { redirectUrl: response.body.redirectUrl as string, cookie: cookie!.split(';')[0]! };
}

/** The provider's redirect back, as the browser follows it to our callback. */
function callback(url: URL, cookie?: string) {
  const call = api().get(`${url.pathname}${url.search}`);
  return cookie ? call.set('cookie', cookie) : call;
}

/** A whole login through the provider as `login`, logging in there as `providerLogin` (default: the same). */
async function ssoLogin(login: string, providerLogin = login) {
  const { redirectUrl, cookie } = await start(login);
  const back = await loginAtProvider(redirectUrl, providerLogin);
  return callback(back, cookie);
}

async function addUser(
  email: string,
  overrides: { role?: 'admin' | 'hr' | 'ambassador'; status?: 'deactivated' } = {},
) {
  return insertUser({
    db: t.app.db,
    organisationId: org.organisation.id,
    user: {
      email,
      name: 'Sanne SSO',
      role: overrides.role ?? 'ambassador',
      status: overrides.status ?? 'active',
      passwordHash: await hashPassword(PASSWORD),
    },
  });
}

type Event = {
  action: string;
  actor: { id: string; name: string | null } | null;
  actorKind: string;
  entity: string;
  entityId: string | null;
  changes: unknown;
  route: string | null;
};

/** One account's logins and failed logins in the organisation's audit log, newest first, as its admins read them. */
async function loginEvents(userId: string): Promise<Event[]> {
  const response = await api()
    .get('/api/v1/audit-events')
    .query({ entity: 'user', entityId: userId, limit: 200 })
    .set(bearer(org.token))
    .expect(200);
  return (response.body.items as Event[]).filter(
    (event) => event.action === 'login' || event.action === 'login_failed',
  );
}

/** A known account's failed login, shaped as a failed password login's (no actor, no values), by single sign-on. */
const failedLogin = (userId: string) =>
  expect.objectContaining({
    action: 'login_failed',
    actor: null,
    actorKind: 'anonymous',
    entity: 'user',
    entityId: userId,
    changes: null,
    route: 'sso',
  });

beforeAll(async () => {
  t = await createTestApp();
  provider = await startProvider({ redirectUri: `${t.config.publicUrl}/api/v1/auth/sso/callback` });
  org = await signupOrganisation(t.app, 'Zorggroep SSO');
  other = await signupOrganisation(t.app, 'Zorggroep Anders');
});
afterAll(async () => {
  await provider?.close();
  await t?.close();
});

describe('SSO settings', () => {
  it('start empty, are saved, and never show the client secret', async () => {
    const empty = await api().get('/api/v1/organisation/sso').set(bearer(org.token)).expect(200);
    expect(empty.body).toMatchObject({ enabled: false, issuer: null, clientSecretSet: false, allowedDomains: [] });
    expect(empty.body.redirectUri).toBe('http://localhost:3000/api/v1/auth/sso/callback');

    const saved = await configure();
    expect(saved.body).toMatchObject({ enabled: true, issuer: provider.issuer, clientSecretSet: true });
    expect(JSON.stringify(saved.body)).not.toContain(provider.clientSecret);
    const read = await api().get('/api/v1/organisation/sso').set(bearer(org.token)).expect(200);
    expect(read.body).toEqual(saved.body);
    expect(JSON.stringify(read.body)).not.toContain(provider.clientSecret);

    const [row] = await t.app.db.select().from(ssoConfigs).where(eq(ssoConfigs.organisationId, org.organisation.id));
    expect(row!.clientSecretEncrypted).not.toContain(provider.clientSecret);
    expect(row!.clientSecretEncrypted.split('.')).toHaveLength(3);
  });

  it('keep the stored secret when a save leaves it out', async () => {
    const { clientSecret: _, ...withoutSecret } = settings({ createUsers: true });
    const saved = await api().put('/api/v1/organisation/sso').set(bearer(org.token)).send(withoutSecret).expect(200);
    expect(saved.body).toMatchObject({ createUsers: true, clientSecretSet: true });
    const email = `keeps.secret@${DOMAIN}`;
    provider.accounts.set(email, { email });
    const response = await ssoLogin(email);
    expect(response.headers.location).toBe('/login?sso=done');
    await configure();
  });

  it('log in the audit log which domains were added and removed, without the client secret', async () => {
    await configure();
    const domainEvents = async () =>
      (
        await api()
          .get('/api/v1/audit-events')
          .query({ entity: 'sso_domain', limit: 200 })
          .set(bearer(org.token))
          .expect(200)
      ).body.items as { action: string; changes: Record<string, { before?: unknown; after?: unknown }> }[];
    const before = (await domainEvents()).length;
    await configure();
    expect(await domainEvents()).toHaveLength(before);

    await configure({ allowedDomains: [DOMAIN, 'extra-sso.example'] });
    await configure();
    const [removed, added] = await domainEvents();
    expect(added).toMatchObject({ action: 'create', changes: { domain: { after: 'extra-sso.example' } } });
    expect(removed).toMatchObject({ action: 'delete', changes: { domain: { before: 'extra-sso.example' } } });
    const configs = await api().get('/api/v1/audit-events').query({ entity: 'sso_config' }).set(bearer(org.token));
    expect(configs.text).not.toContain(provider.clientSecret);
  });

  it('are for admins only', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const ambassador = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    for (const { token } of [hr, ambassador]) {
      await api().get('/api/v1/organisation/sso').set(bearer(token)).expect(403);
      await api().put('/api/v1/organisation/sso').set(bearer(token)).send(settings()).expect(403);
    }
    await api().get('/api/v1/organisation/sso').expect(401);
  });

  it('refuse an invalid configuration with a 4xx naming the field', async () => {
    const cases: [object, string][] = [
      [{ issuer: 'http://idp.example.org' }, 'issuer'],
      [{ issuer: 'not a url' }, 'issuer'],
      [{ allowedDomains: ['Zorg.Example'] }, 'allowedDomains'],
      [{ allowedDomains: ['zorg.example/x'] }, 'allowedDomains'],
      [{ defaultRole: 'owner' }, 'defaultRole'],
      [{ clientId: 'with space' }, 'clientId'],
      [{ clientSecret: 'x'.repeat(501) }, 'clientSecret'],
      [{ issuer: `https://idp.example/${'x'.repeat(500)}` }, 'issuer'],
    ];
    for (const [overrides, field] of cases) {
      const response = await api().put('/api/v1/organisation/sso').set(bearer(org.token)).send(settings(overrides));
      expect(response.status, JSON.stringify(overrides)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.body.errors), JSON.stringify(overrides)).toContain(field);
    }
    const { clientSecret: _, ...withoutSecret } = settings();
    const first = await api().put('/api/v1/organisation/sso').set(bearer(other.token)).send(withoutSecret).expect(400);
    expect(first.body.errors[0]).toMatchObject({ field: 'clientSecret', code: 'required' });
  });

  it('refuse a domain whose addresses already sign in to another organisation, and a new provider without its secret', async () => {
    const othersDomain = other.user.email.split('@')[1]!;
    const taken = await api()
      .put('/api/v1/organisation/sso')
      .set(bearer(org.token))
      .send(settings({ allowedDomains: [DOMAIN, othersDomain] }))
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'sso_domain_taken' });

    // The stored secret never goes to another provider: changing the issuer needs the secret again.
    const { clientSecret: _, ...withoutSecret } = settings({ issuer: 'https://login.example.com/tenant/v2.0' });
    const refused = await api().put('/api/v1/organisation/sso').set(bearer(org.token)).send(withoutSecret).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'clientSecret', code: 'required' })]);
    const kept = await api().get('/api/v1/organisation/sso').set(bearer(org.token)).expect(200);
    expect(kept.body.issuer).toBe(provider.issuer);
  });

  it('refuse a domain another organisation logs in with (409)', async () => {
    const response = await api().put('/api/v1/organisation/sso').set(bearer(other.token)).send(settings()).expect(409);
    expect(response.body).toMatchObject({ code: 'sso_domain_taken' });
  });
});

describe('SSO login', () => {
  beforeAll(() => configure());

  it('starts only for a domain with single sign-on, with the same answer for every other address', async () => {
    for (const email of ['nobody@unknown.example', org.user.email, 'not-an-address', `x@${DOMAIN}.evil`]) {
      const response = await api().post('/api/v1/auth/sso/start').send({ email }).expect(200);
      expect(response.body).toEqual({ sso: false });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const { redirectUrl, cookie } = await start(`Someone@${DOMAIN.toUpperCase()}`);
    const url = new URL(redirectUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(cookie.split('=')[1]);
    expect(url.searchParams.get('nonce')).toBeTruthy();
  });

  it('logs an existing user in with our own refresh cookie, and sends her into the app', async () => {
    const email = `sanne@${DOMAIN}`;
    const user = await addUser(email);
    provider.accounts.set(email, { email, name: 'Sanne SSO' });
    const response = await ssoLogin(email);
    expect(response.headers.location).toBe('/login?sso=done');
    const cookie = refreshCookie(response);
    expect(cookie).toBeDefined();
    const refreshed = await api().post('/api/v1/auth/refresh').set('cookie', cookie!).expect(200);
    const me = await api().get('/api/v1/me').set(bearer(refreshed.body.accessToken)).expect(200);
    expect(me.body.user).toMatchObject({ id: user.id, email });
  });

  it("binds an account to the provider's subject: another provider account with her address is refused", async () => {
    const email = `gebonden@${DOMAIN}`;
    const user = await addUser(email);
    provider.accounts.set(email, { email });
    expect((await ssoLogin(email)).headers.location).toBe('/login?sso=done');
    const row = await findUser({ db: t.app.db, organisationId: org.organisation.id, userId: user.id });
    expect(row!.ssoSubject).toBe(`${provider.issuer} ${email}`);

    // Someone whose claim says her address (a guest, an edited attribute) is not her.
    const impostor = `ander-account@${DOMAIN}`;
    provider.accounts.set(impostor, { email });
    expect((await ssoLogin(email, impostor)).headers.location).toBe('/login?sso_error=account_mismatch');
    // Her own provider account still logs her in, also after her address changed there.
    provider.accounts.set(email, { email: `nieuw.adres@${DOMAIN}` });
    expect((await ssoLogin(email)).headers.location).toBe('/login?sso=done');
    // The refused one is a failed login of her account in the audit log.
    const logins = await loginEvents(user.id);
    expect(logins.map((event) => event.action)).toEqual(['login', 'login_failed', 'login']);
    expect(logins[1]).toEqual(failedLogin(user.id));
  });

  it('refuses a callback with a wrong, missing or reused state', async () => {
    const email = `state@${DOMAIN}`;
    const user = await addUser(email);
    provider.accounts.set(email, { email });
    const { redirectUrl, cookie } = await start(email);
    const back = await loginAtProvider(redirectUrl, email);

    const tampered = new URL(back);
    tampered.searchParams.set('state', 'not-the-state');
    const wrong = await callback(tampered, 'ambassador_sso_state=not-the-state').expect(302);
    expect(wrong.headers.location).toBe('/login?sso_error=invalid_state');
    // Another browser's callback (no state cookie of this login) is refused too.
    expect((await callback(back).expect(302)).headers.location).toBe('/login?sso_error=invalid_state');

    expect((await callback(back, cookie).expect(302)).headers.location).toBe('/login?sso=done');
    const replay = await callback(back, cookie).expect(302);
    expect(replay.headers.location).toBe('/login?sso_error=invalid_state');
    expect(refreshCookie(replay)).toBeUndefined();
    // A callback without its login names no one: those refusals are in the server log only, not hers.
    expect((await loginEvents(user.id)).map((event) => event.action)).toEqual(['login']);
  });

  it('refuses an ID token whose nonce is not the one the login started with', async () => {
    const email = `nonce@${DOMAIN}`;
    await addUser(email);
    provider.accounts.set(email, { email });
    const { redirectUrl, cookie } = await start(email);
    const state = new URL(redirectUrl).searchParams.get('state')!;
    await t.app.db
      .update(ssoLogins)
      .set({ nonce: 'another-nonce' })
      .where(eq(ssoLogins.stateHash, hashToken(state)));
    const response = await callback(await loginAtProvider(redirectUrl, email), cookie).expect(302);
    expect(response.headers.location).toBe('/login?sso_error=invalid_nonce');
    expect(refreshCookie(response)).toBeUndefined();
  });

  it('refuses an expired ID token', async () => {
    const email = `expired@${DOMAIN}`;
    await addUser(email);
    provider.accounts.set(email, { email });
    const { redirectUrl, cookie } = await start(email);
    const back = await loginAtProvider(redirectUrl, email);
    provider.expireNextIdToken();
    const response = await callback(back, cookie).expect(302);
    expect(response.headers.location).toBe('/login?sso_error=token_expired');
  });

  it('refuses a login that has expired before the provider sent the browser back', async () => {
    const email = `slow@${DOMAIN}`;
    await addUser(email);
    provider.accounts.set(email, { email });
    const { redirectUrl, cookie } = await start(email);
    const state = new URL(redirectUrl).searchParams.get('state')!;
    await t.app.db
      .update(ssoLogins)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(ssoLogins.stateHash, hashToken(state)));
    const response = await callback(await loginAtProvider(redirectUrl, email), cookie).expect(302);
    expect(response.headers.location).toBe('/login?sso_error=invalid_state');
  });

  it("refuses an address whose domain is not one of the organisation's", async () => {
    const outsider = 'intruder@elsewhere.example';
    provider.accounts.set(outsider, { email: outsider });
    const response = await ssoLogin(`someone@${DOMAIN}`, outsider);
    expect(response.headers.location).toBe('/login?sso_error=domain_not_allowed');
  });

  it('refuses an unknown user while createUsers is off, and a deactivated one', async () => {
    const since = new Date();
    const unknown = `unknown@${DOMAIN}`;
    provider.accounts.set(unknown, { email: unknown });
    expect((await ssoLogin(unknown)).headers.location).toBe('/login?sso_error=user_unknown');
    const users = await api().get('/api/v1/users').query({ q: unknown }).set(bearer(org.token)).expect(200);
    expect(users.body.items).toHaveLength(0);

    const gone = `gone@${DOMAIN}`;
    const deactivated = await addUser(gone, { status: 'deactivated' });
    provider.accounts.set(gone, { email: gone });
    expect((await ssoLogin(gone)).headers.location).toBe('/login?sso_error=user_deactivated');

    // Her account's failed login is in its audit log; the unknown address is no account's, so in the server log only.
    expect(await loginEvents(deactivated.id)).toEqual([failedLogin(deactivated.id)]);
    const logged = await latestAuditEvents({ db: t.app.db, organisationId: org.organisation.id, since });
    expect(logged.filter((event) => event.action === 'login_failed').map((event) => event.entityId)).toEqual([
      deactivated.id,
    ]);
  });

  it('logs her login by single sign-on, and a failed one once her provider account left the domains', async () => {
    const email = `verhuisd@${DOMAIN}`;
    const user = await addUser(email);
    provider.accounts.set(email, { email });
    expect((await ssoLogin(email)).headers.location).toBe('/login?sso=done');
    expect(await loginEvents(user.id)).toEqual([
      expect.objectContaining({
        action: 'login',
        actor: { id: user.id, name: 'Sanne SSO' },
        actorKind: 'user',
        entity: 'user',
        entityId: user.id,
        changes: null,
        route: 'sso',
      }),
    ]);

    // The provider account bound to her now vouches for an address outside the domains: still her account's login.
    provider.accounts.set(email, { email: 'verhuisd@elsewhere.example' });
    const { redirectUrl, cookie } = await start(email);
    const back = await loginAtProvider(redirectUrl, email);
    const refused = await callback(back, cookie).expect(302);
    expect(refused.headers.location).toBe('/login?sso_error=domain_not_allowed');
    const [failed, login] = await loginEvents(user.id);
    expect(failed).toEqual(failedLogin(user.id));
    expect(login).toMatchObject({ action: 'login' });

    const log = await api().get('/api/v1/audit-events').query({ limit: 200 }).set(bearer(org.token)).expect(200);
    for (const secret of [back.searchParams.get('code')!, back.searchParams.get('state')!, provider.clientSecret])
      expect(log.text).not.toContain(secret);
  });

  it('creates an unknown user with the default role on first login, linked to her employee', async () => {
    await configure({ createUsers: true, defaultRole: 'hr' });
    const email = `nieuw@${DOMAIN}`;
    const scope = { db: t.app.db, organisationId: org.organisation.id };
    const [layer] = await layerRows(scope);
    const [department] = await insertDepartments({ ...scope, values: [{ name: 'Afdeling SSO', parentId: null }] });
    const employee = await insertEmployee({
      ...scope,
      values: {
        employeeNumber: 'SSO-1',
        name: 'Noor Nieuw',
        email: `Nieuw@${DOMAIN}`,
        departmentId: department!.id,
        layerId: layer!.id,
      },
    });
    provider.accounts.set(email, { email, name: 'Noor Nieuw' });

    const response = await ssoLogin(email);
    expect(response.headers.location).toBe('/login?sso=done');
    const users = await api().get('/api/v1/users').query({ q: email }).set(bearer(org.token)).expect(200);
    expect(users.body.items).toEqual([
      expect.objectContaining({
        email,
        name: 'Noor Nieuw',
        role: 'hr',
        status: 'active',
        employeeId: employee.id,
      }),
    ]);
    // The second login finds her account instead of making another.
    expect((await ssoLogin(email)).headers.location).toBe('/login?sso=done');
    await configure();
  });

  it('creates an unknown user as an ambassador when the settings leave the default role out', async () => {
    // Saved over settings with another role: a save is the whole configuration, so a role left out is the default.
    await configure({ createUsers: true, defaultRole: 'hr' });
    const { defaultRole: _, ...withoutRole } = settings({ createUsers: true });
    const saved = await api().put('/api/v1/organisation/sso').set(bearer(org.token)).send(withoutRole).expect(200);
    expect(saved.body).toMatchObject({ createUsers: true, defaultRole: 'ambassador' });
    const email = `zonder.rol@${DOMAIN}`;
    provider.accounts.set(email, { email, name: 'Rosa Zonderrol' });

    expect((await ssoLogin(email)).headers.location).toBe('/login?sso=done');
    const users = await api().get('/api/v1/users').query({ q: email }).set(bearer(org.token)).expect(200);
    expect(users.body.items).toEqual([
      expect.objectContaining({ email, name: 'Rosa Zonderrol', role: 'ambassador', status: 'active' }),
    ]);
    await configure();
  });

  it('refuses password login to non-admins when it is switched off, but keeps it for admins', async () => {
    const email = `wachtwoord@${DOMAIN}`;
    await addUser(email);
    await configure({ passwordLogin: false });
    const refused = await api().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(403);
    expect(refused.body.code).toBe('password_login_disabled');
    // A wrong password is still just wrong: the refusal tells nothing to someone without the password.
    await api().post('/api/v1/auth/login').send({ email, password: 'wrong password here' }).expect(401);
    await api().post('/api/v1/auth/login').send({ email: org.user.email, password: PASSWORD }).expect(200);
    // Nor through an invitation's password: the invited colleague logs in through the provider.
    const invited = await api()
      .post('/api/v1/users')
      .set(bearer(org.token))
      .send({ email: `uitgenodigd@${DOMAIN}`, name: 'Ilse Uitgenodigd', role: 'ambassador' })
      .expect(201);
    const token = String(invited.body.inviteUrl).split('/invite/')[1]!;
    const accept = () =>
      api().post('/api/v1/auth/accept-invite').send({ token, password: 'paars kasteel onder de brug 42' });
    expect((await accept().expect(403)).body.code).toBe('password_login_disabled');
    await configure({ passwordLogin: false, enabled: false });
    await api().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    await accept().expect(200);
    await configure();
  });

  it('stops when an admin switches single sign-on off', async () => {
    const email = `uit@${DOMAIN}`;
    await addUser(email);
    provider.accounts.set(email, { email });
    const { redirectUrl, cookie } = await start(email);
    const back = await loginAtProvider(redirectUrl, email);
    await configure({ enabled: false });
    const off = await api().post('/api/v1/auth/sso/start').send({ email }).expect(200);
    expect(off.body).toEqual({ sso: false });
    expect((await callback(back, cookie)).headers.location).toBe('/login?sso_error=sso_disabled');
    await configure();
  });

  it('redirects with an error code, never a 500, for whatever comes back', async () => {
    for (const query of ['', '?state=x', '?error=access_denied', '?code=abc', `?state=${'s'.repeat(600)}`]) {
      const response = await api().get(`/api/v1/auth/sso/callback${query}`);
      expect(response.status, query).toBeLessThan(500);
    }
    const denied = await api().get('/api/v1/auth/sso/callback?error=access_denied&state=abc').expect(302);
    expect(denied.headers.location).toMatch(/^\/login\?sso_error=/);
  });
});
