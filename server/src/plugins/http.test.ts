import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { bearer, createUser, PASSWORD, signupOrganisation, type SignedUpOrg } from '../test/factories.ts';

let t: TestApp;
let org: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep HTTP');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const PROBLEM_JSON = /^application\/problem\+json/;

describe('errors at the HTTP level', () => {
  it('answers an unknown path under /api/v1 with 404 problem+json not_found', async () => {
    for (const response of [
      await api().get('/api/v1/does-not-exist'),
      await api().post('/api/v1/users/oops/extra').set(bearer(org.token)),
      await api().get('/api/v1/does-not-exist').set('accept', 'text/html'),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('answers a malformed JSON body with 400 malformed_json', async () => {
    const response = await api()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": "a@example.test", "password": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.code).toBe('malformed_json');
  });

  it('answers a body over 1 MiB with 413 payload_too_large', async () => {
    const body = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(1024 * 1024) });
    const response = await api().post('/api/v1/auth/login').set('content-type', 'application/json').send(body);
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('answers an unsupported content type with 415 unsupported_media_type', async () => {
    const response = await api().post('/api/v1/auth/login').set('content-type', 'application/xml').send('<login/>');
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('unsupported_media_type');
  });
});

describe('operations endpoints', () => {
  it('answers GET /healthz with 200 and no token', async () => {
    const response = await api().get('/healthz').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers GET /readyz with 200 while the database is reachable', async () => {
    const response = await api().get('/readyz').expect(200);
    expect(response.body).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI 3 document listing the API routes', async () => {
    const response = await api().get('/api/docs/json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.paths).toHaveProperty(['/api/v1/auth/login', 'post']);
    expect(response.body.paths).toHaveProperty(['/api/v1/users', 'get']);
    // Public routes need no bearer; the rest do.
    expect(response.body.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(response.body.paths['/api/v1/users'].get.security).toBeUndefined();
  });

  it('documents the members a module’s problem adds on the routes that answer it', async () => {
    const { paths } = (await api().get('/api/docs/json').expect(200)).body;
    const members = (path: string, method: string, status: number) =>
      Object.keys(paths[path][method].responses[status].content['application/json'].schema.properties);
    expect(members('/api/v1/training-sessions', 'post', 409)).toEqual(expect.arrayContaining(['conflicts', 'session']));
    expect(members('/api/v1/training-sessions/{id}', 'patch', 409)).toEqual(
      expect.arrayContaining(['conflicts', 'session']),
    );
    expect(members('/api/v1/training/plan/apply', 'post', 409)).toContain('conflicts');
    expect(members('/api/v1/ambassadors/{id}', 'patch', 409)).toContain('allowed');
    expect(members('/api/v1/auth/signup', 'post', 422)).toEqual(expect.arrayContaining(['errors', 'feedback']));
    expect(members('/api/v1/auth/accept-invite', 'post', 422)).toContain('feedback');
    // Elsewhere a problem lists the standard members and field errors only.
    expect(members('/api/v1/users', 'get', 403)).toEqual(['type', 'title', 'status', 'detail', 'code', 'errors']);
  });
});

describe('security headers', () => {
  it.each([
    ['the API', '/api/v1/me'],
    ['a 404', '/api/v1/nope'],
    ['the health check', '/healthz'],
    ['the API docs', '/api/docs/json'],
  ])('sets a CSP and nosniff, and no X-Powered-By, on %s', async (_label, path) => {
    const response = await api().get(path).set(bearer(org.token));
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });

  // security.ts: "The interactive API docs are served under the same CSP". The app is often served over plain HTTP
  // on a LAN address, where upgrade-insecure-requests would make the browser fetch the docs' scripts over https.
  it.each([
    ['the API', '/api/v1/me'],
    ['the API docs page', '/api/docs'],
  ])('serves %s under the app’s own CSP: framing forbidden, no upgrade-insecure-requests', async (_label, path) => {
    const response = await api().get(path).set(bearer(org.token)).expect(200);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});

describe('caching of API answers', () => {
  it('answers every API route, its CSV and iCalendar downloads and its errors with Cache-Control: no-store', async () => {
    const { startsAt, endsAt } = {
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000).toISOString(),
    };
    const session = await api()
      .post('/api/v1/training-sessions')
      .set(bearer(org.token))
      .send({ kind: 'end_user', title: 'Caching', capacity: 5, startsAt, endsAt })
      .expect(201);
    const responses = {
      me: await api().get('/api/v1/me').set(bearer(org.token)).expect(200),
      users: await api().get('/api/v1/users').set(bearer(org.token)).expect(200),
      employeesCsv: await api().get('/api/v1/employees/export.csv').set(bearer(org.token)).expect(200),
      coverageCsv: await api().get('/api/v1/reports/coverage.csv').set(bearer(org.token)).expect(200),
      sessionIcs: await api()
        .get(`/api/v1/training-sessions/${session.body.id}.ics`)
        .set(bearer(org.token))
        .expect(200),
      login: await api().post('/api/v1/auth/login').send({ email: org.user.email, password: PASSWORD }).expect(200),
      unauthorized: await api().get('/api/v1/me').expect(401),
      notFound: await api().get('/api/v1/nope').set(bearer(org.token)).expect(404),
      invalid: await api().post('/api/v1/auth/login').send({}).expect(400),
    };
    for (const [label, response] of Object.entries(responses)) {
      expect(response.headers['cache-control'], label).toBe('no-store');
    }
  });

  it('leaves a route its own caching: the secret calendar feed stays private to the client', async () => {
    const { url } = (await api().get('/api/v1/calendar/feed').set(bearer(org.token)).expect(200)).body;
    const response = await api().get(new URL(url).pathname).expect(200);
    expect(response.headers['cache-control']).toBe('private, max-age=300');
  });

  it('does not touch the health check', async () => {
    const response = await api().get('/healthz').expect(200);
    expect(response.headers['cache-control']).toBeUndefined();
  });
});

describe('secrets in responses', () => {
  it('never sends a password hash from login, /me or the users list', async () => {
    const member = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const responses = [
      await api().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD }).expect(200),
      await api().get('/api/v1/me').set(bearer(member.token)).expect(200),
      await api().get('/api/v1/users').set(bearer(org.token)).expect(200),
      await api().patch(`/api/v1/users/${member.user.id}`).set(bearer(org.token)).send({ name: 'Nieuw' }).expect(200),
    ];
    // The list must actually contain the member, or the check below would prove nothing.
    expect(responses[2]!.text).toContain(member.user.id);
    for (const response of responses) {
      expect(response.text).not.toMatch(/passwordHash|password_hash|\$argon2/i);
    }
  });
});
