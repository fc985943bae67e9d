import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { startInbox, type Inbox } from './mail.fixtures.ts';

let t: TestApp;
let inbox: Inbox;
let org: SignedUpOrg;
const api = () => request(t.app.server);

beforeAll(async () => {
  inbox = await startInbox();
  t = await createTestApp({ smtpUrl: inbox.url, mailFrom: 'Ambassador <noreply@zorg.example>' });
  await t.app.jobs.start();
  org = await signupOrganisation(t.app, 'Zorggroep Meldingen');
});
afterAll(async () => {
  await t.close();
  await inbox.close();
});

const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)?.[0];

describe('invitation mail', () => {
  it('mails the invitation link, in Dutch, without an unsubscribe header, and still returns it', async () => {
    const email = `nieuw.${Date.now()}@zorg.example`;
    const response = await api()
      .post('/api/v1/users')
      .set(bearer(org.token))
      .send({ email, name: 'Nina Nieuw', role: 'hr' })
      .expect(201);
    const [mail] = await inbox.waitFor(1, email);
    expect(mail!.subject).toBe('Uitnodiging voor Ambassador van Zorggroep Meldingen');
    expect(mail!.from?.text).toContain('noreply@zorg.example');
    expect(mail!.text).toContain('Beste Nina Nieuw');
    expect(linkIn(mail!.text!)).toBe(response.body.inviteUrl);
    expect(mail!.html).toContain(response.body.inviteUrl);
    expect(mail!.headers.has('list-unsubscribe')).toBe(false);
    // The link in the mail works: it previews the invitation.
    const token = new URL(linkIn(mail!.text!)!).pathname.split('/').pop();
    await api().get(`/api/v1/auth/invites/${token}`).expect(200);
  });

  it('mails a new link when the admin invites again, once per invitation', async () => {
    const email = `opnieuw.${Date.now()}@zorg.example`;
    const first = await api()
      .post('/api/v1/users')
      .set(bearer(org.token))
      .send({ email, name: 'Otto Opnieuw', role: 'ambassador' })
      .expect(201);
    const again = await api().post(`/api/v1/users/${first.body.user.id}/invite`).set(bearer(org.token)).expect(201);
    const mails = await inbox.waitFor(2, email);
    expect(mails.map((m) => linkIn(m.text!))).toEqual([first.body.inviteUrl, again.body.inviteUrl]);
  });
});

describe('preferences', () => {
  it('answers every kind, security kinds immediate, in the organisation language by default', async () => {
    const response = await api().get('/api/v1/me/preferences').set(bearer(org.token)).expect(200);
    expect(response.body).toMatchObject({ name: 'Admin Test', locale: 'nl' });
    expect(response.body.email).toMatchObject({ invitation: 'immediate', password_reset: 'immediate' });
    expect(Object.keys(response.body.email)).toHaveLength(13);
  });

  it('keeps name, language and a kind; refuses to switch a security mail off with 422', async () => {
    const user = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const patched = await api()
      .patch('/api/v1/me/preferences')
      .set(bearer(user.token))
      .send({ name: 'Hanna Hr', locale: 'en', email: { round_opened: 'digest' } })
      .expect(200);
    expect(patched.body).toMatchObject({ name: 'Hanna Hr', locale: 'en' });
    expect(patched.body.email.round_opened).toBe('digest');
    const second = await api()
      .patch('/api/v1/me/preferences')
      .set(bearer(user.token))
      .send({ email: { finding_resolved: 'off' } })
      .expect(200);
    expect(second.body.email).toMatchObject({ round_opened: 'digest', finding_resolved: 'off' });
    const refused = await api()
      .patch('/api/v1/me/preferences')
      .set(bearer(user.token))
      .send({ email: { password_reset: 'off' } })
      .expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('security_mail_required');
    await api().patch('/api/v1/me/preferences').set(bearer(user.token)).send({ locale: 'fr' }).expect(400);
    await api().patch('/api/v1/me/preferences').set(bearer(user.token)).send({}).expect(400);
  });
});

describe('the outbox', () => {
  it('shows admins their own organisation mails, filtered by status and kind', async () => {
    const other = await signupOrganisation(t.app, 'Zorggroep Elders');
    await api()
      .post('/api/v1/users')
      .set(bearer(other.token))
      .send({ email: `elders.${Date.now()}@zorg.example`, name: 'Els Elders', role: 'hr' })
      .expect(201);
    const page = await api().get('/api/v1/outbox?kind=invitation&limit=50').set(bearer(org.token)).expect(200);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items.every((m: { kind: string }) => m.kind === 'invitation')).toBe(true);
    expect(JSON.stringify(page.body)).not.toContain('elders.');
    expect(page.body.items[0]).toMatchObject({ status: expect.any(String), recipient: expect.any(String) });
    const failed = await api().get('/api/v1/outbox?status=failed').set(bearer(org.token)).expect(200);
    expect(failed.body.items).toEqual([]);
    await api().get('/api/v1/outbox?status=lost').set(bearer(org.token)).expect(400);
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().get('/api/v1/outbox').set(bearer(hr.token)).expect(403);
  });
});
