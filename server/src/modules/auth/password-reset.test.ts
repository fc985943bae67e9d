import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createUser,
  PASSWORD,
  refreshCookie,
  signupOrganisation,
  type SignedUpOrg,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { expireResetLinks, outboxRowsTo, startInbox, type Inbox } from '../notifications/mail.fixtures.ts';

let t: TestApp;
let inbox: Inbox;
let org: SignedUpOrg;
const api = () => request(t.app.server);
const NEW_PASSWORD = 'paars kasteel onder de brug 42';

beforeAll(async () => {
  inbox = await startInbox();
  t = await createTestApp({ smtpUrl: inbox.url, publicUrl: 'http://ambassador.test' });
  await t.app.jobs.start();
  org = await signupOrganisation(t.app, 'Zorggroep Wachtwoord');
});
afterAll(async () => {
  await t.close();
  await inbox.close();
});

async function requestReset(email: string, mails: number) {
  await api().post('/api/v1/auth/forgot-password').send({ email }).expect(202);
  const received = await inbox.waitFor(mails, email);
  const link = /http:\/\/ambassador\.test\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(received.at(-1)!.text!);
  expect(link).not.toBeNull();
  return { mail: received.at(-1)!, token: link![1]! };
}

describe('password reset', () => {
  it('mails a single-use link, logs in with the new password and ends every other login', async () => {
    const user = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr', name: 'Wies Wachtwoord' });
    const login = await api().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    const oldCookie = refreshCookie(login)!;
    const { mail, token } = await requestReset(user.email.toUpperCase(), 1);
    expect(mail.subject).toBe('Nieuw wachtwoord kiezen');
    expect(mail.headerLines.some((line) => line.key === 'list-unsubscribe')).toBe(false);

    const reset = await api().post('/api/v1/auth/reset-password').send({ token, password: NEW_PASSWORD }).expect(200);
    expect(reset.body.user).toMatchObject({ id: user.user.id, email: user.email });
    expect(reset.body.accessToken).toEqual(expect.any(String));
    expect(refreshCookie(reset)).toEqual(expect.any(String));
    await api().get('/api/v1/me').set(bearer(reset.body.accessToken)).expect(200);
    // The refresh token from before the reset no longer works; the new one does.
    await api().post('/api/v1/auth/refresh').set('cookie', oldCookie).expect(401);
    await api().post('/api/v1/auth/refresh').set('cookie', refreshCookie(reset)!).expect(200);
    // Single use.
    const again = await api().post('/api/v1/auth/reset-password').send({ token, password: NEW_PASSWORD }).expect(410);
    expect(again.body.code).toBe('reset_token_invalid');
    await api().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
    await api().post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
    // The link is not kept once the mail is sent.
    const [row] = await outboxRowsTo(t.app.db, user.email);
    expect(row).toMatchObject({ status: 'sent', data: {}, text: null, html: null });
  });

  it('refuses an expired link, and a weak password without using the link', async () => {
    const user = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    const { token } = await requestReset(user.email, 1);
    const weak = await api().post('/api/v1/auth/reset-password').send({ token, password: 'aaaaaaaaaaaa' }).expect(422);
    expect(weak.body.code).toBe('weak_password');
    await expireResetLinks(t.app.db, user.user.id);
    const expired = await api().post('/api/v1/auth/reset-password').send({ token, password: NEW_PASSWORD }).expect(410);
    expect(expired.body.code).toBe('reset_token_invalid');
    await api()
      .post('/api/v1/auth/reset-password')
      .send({ token: 'x'.repeat(43), password: NEW_PASSWORD })
      .expect(410);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const before = inbox.messages.length;
    const unknown = await api().post('/api/v1/auth/forgot-password').send({ email: 'niemand@zorg.example' });
    const known = await api().post('/api/v1/auth/forgot-password').send({ email: org.user.email });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    await inbox.waitFor(before + 1);
    expect(inbox.to('niemand@zorg.example')).toEqual([]);
    await api().post('/api/v1/auth/forgot-password').send({ email: 'geen adres' }).expect(400);
  });
});

describe('password change', () => {
  it('needs the current password, refuses a weak one, and ends other logins', async () => {
    const user = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr', name: 'Pim Profiel' });
    const other = await api().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    const wrong = await api()
      .post('/api/v1/me/password')
      .set(bearer(user.token))
      .send({ currentPassword: 'niet mijn wachtwoord', newPassword: NEW_PASSWORD })
      .expect(422);
    expect(wrong.body.code).toBe('current_password_incorrect');
    const weak = await api()
      .post('/api/v1/me/password')
      .set(bearer(user.token))
      .send({ currentPassword: PASSWORD, newPassword: 'Pim Profiel 1' })
      .expect(422);
    expect(weak.body.code).toBe('weak_password');
    expect(weak.body.errors[0].field).toBe('newPassword');
    const changed = await api()
      .post('/api/v1/me/password')
      .set(bearer(user.token))
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(204);
    await api().post('/api/v1/auth/refresh').set('cookie', refreshCookie(other)!).expect(401);
    await api().post('/api/v1/auth/refresh').set('cookie', refreshCookie(changed)!).expect(200);
    await api().post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
  });
});
