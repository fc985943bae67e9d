import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import {
  bearer,
  createUser,
  PASSWORD,
  refreshCookie,
  signupOrganisation,
  type SignedUpOrg,
} from '../../test/factories.ts';

let t: TestApp;
let org: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Sessies');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const refresh = (cookie: string) => api().post('/api/v1/auth/refresh').set('cookie', cookie);

/** A fresh login (refresh-token family) of a new member of the organisation. */
async function newLogin() {
  const member = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
  const response = await api().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
  return { member, cookie: refreshCookie(response)! };
}

describe('refresh', () => {
  it('returns a new access token and rotates the refresh cookie', async () => {
    const { cookie } = await newLogin();
    const response = await refresh(cookie).expect(200);
    expect(response.body).toEqual({ accessToken: expect.any(String) });
    await api().get('/api/v1/me').set(bearer(response.body.accessToken)).expect(200);
    const rotated = refreshCookie(response);
    expect(rotated).toMatch(/^ambassador_refresh=.+/);
    expect(rotated).not.toBe(cookie);
  });

  it('answers 401 invalid_refresh_token without a cookie or with an unknown one', async () => {
    const none = await api().post('/api/v1/auth/refresh').expect(401);
    expect(none.body.code).toBe('invalid_refresh_token');
    const unknown = await refresh('ambassador_refresh=not-a-token-we-ever-issued').expect(401);
    expect(unknown.body.code).toBe('invalid_refresh_token');
  });

  it('refuses a replayed (already rotated) token and then revokes the whole family', async () => {
    const { cookie: first } = await newLogin();
    const second = refreshCookie(await refresh(first).expect(200))!;
    const third = refreshCookie(await refresh(second).expect(200))!;

    const replay = await refresh(first).expect(401);
    expect(replay.body.code).toBe('invalid_refresh_token');

    // The newest token of the family was never used, yet it must stop working: the thief may hold it.
    const newest = await refresh(third).expect(401);
    expect(newest.body.code).toBe('invalid_refresh_token');
  });

  it('leaves other logins of the same user alone when one family is revoked', async () => {
    const { member, cookie: stolen } = await newLogin();
    const other = await api().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
    await refresh(stolen).expect(200);
    await refresh(stolen).expect(401);
    await refresh(refreshCookie(other)!).expect(200);
  });

  it('stops refreshing the login of a user who is deactivated', async () => {
    const { member, cookie } = await newLogin();
    await api().delete(`/api/v1/users/${member.user.id}`).set(bearer(org.token)).expect(204);
    const response = await refresh(cookie).expect(401);
    expect(response.body.code).toBe('invalid_refresh_token');
  });
});

describe('logout', () => {
  it('answers 204, clears the cookie and revokes the refresh token', async () => {
    const { cookie } = await newLogin();
    const response = await api().post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    expect([response.headers['set-cookie']].flat().join('\n')).toMatch(/ambassador_refresh=;/);
    const after = await refresh(cookie).expect(401);
    expect(after.body.code).toBe('invalid_refresh_token');
  });

  it('answers 204 without a cookie', async () => {
    await api().post('/api/v1/auth/logout').expect(204);
  });
});

describe('login throttling', () => {
  it('refuses the 11th attempt after 10 failed logins for one account with 429 and Retry-After, even with the right password', async () => {
    const member = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await api()
        .post('/api/v1/auth/login')
        .send({ email: member.email, password: `wrong password ${attempt}` });
      expect(response.status, `attempt ${attempt}`).toBe(401);
    }

    const eleventh = await api().post('/api/v1/auth/login').send({ email: member.email, password: 'wrong again!!' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(eleventh.body.code).toBe('rate_limited');
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0);

    const right = await api().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('rate_limited');
    expect(refreshCookie(right)).toBeUndefined();
  });

  it('does not throttle another account while one is throttled', async () => {
    const member = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
  });
});
