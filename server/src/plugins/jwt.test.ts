import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../test/factories.ts';
import { JWT_AUDIENCE, JWT_ISSUER } from './auth.ts';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
let member: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep JWT');
  other = await signupOrganisation(t.app, 'Zorggroep Ander');
  member = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
});
afterAll(() => t.close());

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** An HS256 token signed by hand, so every claim (and the header) is ours to choose. */
function hs256(
  payload: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
) {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function claims(overrides: Record<string, unknown> = {}) {
  return {
    sub: member.user.id,
    org: org.organisation.id,
    role: 'ambassador',
    iss: JWT_ISSUER,
    aud: JWT_AUDIENCE,
    iat: now(),
    exp: now() + 600,
    ...overrides,
  };
}

async function expectUnauthorized(authorization: string) {
  const response = await request(t.app.server).get('/api/v1/me').set('authorization', authorization);
  expect(response.status).toBe(401);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe('unauthorized');
  return response;
}

describe('access tokens', () => {
  it('accepts a token signed by hand with the app secret and the right claims (the forgeries below differ only in one way)', async () => {
    await request(t.app.server)
      .get('/api/v1/me')
      .set(bearer(hs256(claims(), t.config.jwtSecret)))
      .expect(200);
  });

  it('refuses an alg "none" token with a valid-looking payload', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims({ role: 'admin' }))}`;
    await expectUnauthorized(`Bearer ${unsigned}.`);
    await expectUnauthorized(`Bearer ${unsigned}`);
  });

  it('refuses a token whose signature was tampered with', async () => {
    const token = t.app.jwt.sign({ sub: member.user.id, org: org.organisation.id, role: 'ambassador' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    await expectUnauthorized(`Bearer ${header}.${payload}.${flipped}`);
    await expectUnauthorized(`Bearer ${header}.${payload}.`);
  });

  it('refuses a payload changed to admin or to another organisation under the original signature', async () => {
    const token = t.app.jwt.sign({ sub: member.user.id, org: org.organisation.id, role: 'ambassador' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const original = JSON.parse(Buffer.from(payload, 'base64url').toString());
    for (const change of [{ role: 'admin' }, { org: other.organisation.id }, { sub: org.user.id }]) {
      await expectUnauthorized(`Bearer ${header}.${b64({ ...original, ...change })}.${signature}`);
    }
  });

  it('refuses an expired token signed with the app secret', async () => {
    await expectUnauthorized(`Bearer ${hs256(claims({ iat: now() - 3600, exp: now() - 60 }), t.config.jwtSecret)}`);
  });

  it('refuses a token for another audience or from another issuer', async () => {
    await expectUnauthorized(`Bearer ${hs256(claims({ aud: 'some-other-api' }), t.config.jwtSecret)}`);
    await expectUnauthorized(`Bearer ${hs256(claims({ iss: 'someone-else' }), t.config.jwtSecret)}`);
  });

  it.each(['exp', 'iss', 'aud', 'sub', 'org'])(
    'refuses a token signed with the app secret but without its %s claim',
    async (claim) => {
      const payload: Record<string, unknown> = claims();
      delete payload[claim];
      await expectUnauthorized(`Bearer ${hs256(payload, t.config.jwtSecret)}`);
    },
  );

  it.each([
    ['a sub that is not a uuid', { sub: 'not-a-uuid' }],
    ['a numeric sub', { sub: 42 }],
    ['an org that is not a uuid', { org: "x' or 1=1 --" }],
    ['an org that is an object', { org: { id: 1 } }],
  ])('refuses a validly signed token with %s with 401, never 500', async (_label, change) => {
    await expectUnauthorized(`Bearer ${hs256(claims(change), t.config.jwtSecret)}`);
  });

  it('refuses a token signed with another secret', async () => {
    await expectUnauthorized(`Bearer ${hs256(claims(), randomBytes(32).toString('hex'))}`);
  });

  it('refuses a token with the right algorithm name but another family (RS256 header, HMAC signature)', async () => {
    await expectUnauthorized(`Bearer ${hs256(claims(), t.config.jwtSecret, { alg: 'RS256', typ: 'JWT' })}`);
  });

  it.each([
    ['garbage', 'Bearer not-a-jwt'],
    ['three empty parts', 'Bearer ..'],
    ['base64 noise', `Bearer ${randomBytes(40).toString('base64url')}.${randomBytes(40).toString('base64url')}.x`],
    ['an empty Bearer', 'Bearer'],
    ['Bearer and a space', 'Bearer '],
    ['another scheme', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
  ])('refuses %s in the Authorization header with 401, never 500', async (_label, authorization) => {
    await expectUnauthorized(authorization);
  });

  it('refuses a validly signed token whose organisation is not the user’s', async () => {
    await expectUnauthorized(
      `Bearer ${t.app.jwt.sign({ sub: member.user.id, org: other.organisation.id, role: 'ambassador' })}`,
    );
  });

  it('refuses a validly signed token of a user who does not exist', async () => {
    await expectUnauthorized(
      `Bearer ${t.app.jwt.sign({ sub: randomUUID(), org: org.organisation.id, role: 'admin' })}`,
    );
  });

  it('takes the role from the database, not from the token', async () => {
    const token = t.app.jwt.sign({ sub: member.user.id, org: org.organisation.id, role: 'admin' });
    const response = await request(t.app.server).get('/api/v1/users').set(bearer(token)).expect(403);
    expect(response.body.code).toBe('forbidden');
  });

  it('stops a valid token working at once when its user is deactivated', async () => {
    const victim = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await request(t.app.server).get('/api/v1/me').set(bearer(victim.token)).expect(200);
    await request(t.app.server)
      .patch(`/api/v1/users/${victim.user.id}`)
      .set(bearer(org.token))
      .send({ active: false })
      .expect(200);
    await expectUnauthorized(`Bearer ${victim.token}`);
  });
});
