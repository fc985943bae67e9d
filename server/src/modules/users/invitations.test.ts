import { eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, refreshCookie, signupOrganisation, uniqueEmail, type SignedUpOrg } from '../../test/factories.ts';
import { invitations } from '../../db/schema/users.ts';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Uitnodiging');
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const DAY_MS = 24 * 60 * 60 * 1000;
const NEW_PASSWORD = 'a brand new password';

async function invite(body: Record<string, unknown> = {}) {
  const sent = { email: uniqueEmail('invitee'), name: 'Ivo Invite', role: 'ambassador', ...body };
  const response = await api().post('/api/v1/users').set(bearer(org.token)).send(sent).expect(201);
  const token = String(response.body.inviteUrl).split('/invite/')[1]!;
  return { sent, response, token, userId: response.body.user.id as string };
}

const preview = (token: string) => api().get(`/api/v1/auth/invites/${token}`);
const accept = (token: string, password = NEW_PASSWORD) =>
  api().post('/api/v1/auth/accept-invite').send({ token, password });

describe('inviting a user', () => {
  it('answers 201 with a link under the public URL that expires in 7 days', async () => {
    const before = Date.now();
    const { sent, response, token } = await invite({ role: 'hr', name: 'Hanna HR' });
    expect(response.body.inviteUrl).toBe(`${t.config.publicUrl}/invite/${token}`);
    expect(token).toMatch(/^[\w-]{40,}$/);
    const expiresAt = Date.parse(response.body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY_MS - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS + 1000);
    expect(response.body.user).toMatchObject({
      email: sent.email,
      name: 'Hanna HR',
      role: 'hr',
      status: 'invited',
      lastLoginAt: null,
      inviteExpiresAt: response.body.expiresAt,
    });
  });

  it('lets anyone holding the link preview it without a bearer token', async () => {
    const { sent, token, response } = await invite();
    const shown = await preview(token).expect(200);
    expect(shown.body).toEqual({
      email: sent.email,
      name: sent.name,
      role: 'ambassador',
      organisation: org.organisation,
      expiresAt: response.body.expiresAt,
    });
  });

  it('refuses an email address already in use in any organisation with 409 email_taken', async () => {
    for (const email of [org.user.email, other.user.email, other.user.email.toUpperCase()]) {
      const response = await api()
        .post('/api/v1/users')
        .set(bearer(org.token))
        .send({ email, name: 'Dubbel', role: 'hr' })
        .expect(409);
      expect(response.body.code).toBe('email_taken');
    }
  });

  it('refuses an invalid email or role with 400 validation_failed', async () => {
    const badEmail = await api()
      .post('/api/v1/users')
      .set(bearer(org.token))
      .send({ email: 'not-an-email', name: 'X', role: 'hr' })
      .expect(400);
    expect(badEmail.body.errors).toContainEqual(expect.objectContaining({ field: 'email' }));
    const badRole = await api()
      .post('/api/v1/users')
      .set(bearer(org.token))
      .send({ email: uniqueEmail(), name: 'X', role: 'owner' })
      .expect(400);
    expect(badRole.body.errors).toContainEqual(expect.objectContaining({ field: 'role' }));
  });
});

describe('accepting an invitation', () => {
  it('answers 200 with an access token and a refresh cookie, and the user can log in afterwards', async () => {
    const { sent, token, userId } = await invite();
    const accepted = await accept(token).expect(200);
    expect(accepted.body).toEqual({
      accessToken: expect.any(String),
      user: { id: userId, email: sent.email, name: sent.name, role: 'ambassador' },
      organisation: org.organisation,
    });
    expect(refreshCookie(accepted)).toMatch(/^ambassador_refresh=.+/);
    await api().get('/api/v1/me').set(bearer(accepted.body.accessToken)).expect(200);
    await api().post('/api/v1/auth/login').send({ email: sent.email, password: NEW_PASSWORD }).expect(200);
  });

  it('works only once: a second accept and a later preview answer 410 invite_invalid', async () => {
    const { sent, token } = await invite();
    await accept(token).expect(200);
    const again = await accept(token, 'the thief chose this one').expect(410);
    expect(again.body.code).toBe('invite_invalid');
    expect((await preview(token).expect(410)).body.code).toBe('invite_invalid');
    // The first password still holds: the second accept changed nothing.
    await api().post('/api/v1/auth/login').send({ email: sent.email, password: NEW_PASSWORD }).expect(200);
  });

  it('refuses an expired invitation with 410', async () => {
    const { token, userId } = await invite();
    await t.app.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.userId, userId));
    expect((await preview(token).expect(410)).body.code).toBe('invite_invalid');
    expect((await accept(token).expect(410)).body.code).toBe('invite_invalid');
  });

  it('refuses an unknown token with 410 and a too short one with 400', async () => {
    expect((await accept('x'.repeat(43)).expect(410)).body.code).toBe('invite_invalid');
    expect((await accept('short').expect(400)).body.code).toBe('validation_failed');
  });

  it('refuses a password shorter than 12 characters without using up the invitation', async () => {
    const { token } = await invite();
    const response = await accept(token, 'too short').expect(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'password' }));
    await accept(token).expect(200);
  });
});

describe('accepting with a weak password', () => {
  it('refuses an easily guessed password with 422 weak_password on the password field without using up the invitation', async () => {
    const { token } = await invite();
    const response = await accept(token, 'password1234').expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('weak_password');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'password', code: 'weak_password' }));
    expect(response.body.feedback).toEqual({ warning: expect.any(String), suggestions: expect.any(Array) });
    await preview(token).expect(200);
    await accept(token).expect(200);
  });

  it('refuses a password made of the invitee’s own name', async () => {
    const { token } = await invite({ name: 'Gerritdina Oosterbroek' });
    const response = await accept(token, 'gerritdina oosterbroek').expect(422);
    expect(response.body.feedback.warning).toBe('userInputs');
  });
});

describe('re-inviting', () => {
  it('issues a new link and the old one stops working', async () => {
    const { token: old, userId } = await invite();
    const again = await api().post(`/api/v1/users/${userId}/invite`).set(bearer(org.token)).expect(201);
    const fresh = String(again.body.inviteUrl).split('/invite/')[1]!;
    expect(fresh).not.toBe(old);
    await preview(old).expect(410);
    await accept(old).expect(410);
    await preview(fresh).expect(200);
    await accept(fresh).expect(200);
  });

  it('refuses to re-invite a user who already accepted with 409 user_not_invited', async () => {
    const { token, userId } = await invite();
    await accept(token).expect(200);
    const response = await api().post(`/api/v1/users/${userId}/invite`).set(bearer(org.token)).expect(409);
    expect(response.body.code).toBe('user_not_invited');
  });

  it('voids the open link of a user who is deactivated before accepting', async () => {
    const { token, userId } = await invite();
    await api().delete(`/api/v1/users/${userId}`).set(bearer(org.token)).expect(204);
    expect((await accept(token).expect(410)).body.code).toBe('invite_invalid');
  });
});
