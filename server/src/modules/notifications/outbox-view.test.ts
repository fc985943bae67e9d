import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
const api = () => request(t.app.server);

beforeAll(async () => {
  // No SMTP server: the demo's case, where mails stay in the outbox and the admin reads them there.
  t = await createTestApp({ publicUrl: 'http://ambassador.test' });
  org = await signupOrganisation(t.app, 'Zorggroep Postvak');
  other = await signupOrganisation(t.app, 'Zorggroep Ander Postvak');
});
afterAll(() => t.close());

describe('GET /outbox/:id', () => {
  it("shows the admin a waiting invitation's text with its link when no SMTP server is set, never a reset link", async () => {
    const invited = await api()
      .post('/api/v1/users')
      .set(bearer(org.token))
      .send({ email: 'pim.postvak@example.test', name: 'Pim Postvak', role: 'hr' })
      .expect(201);
    const list = await api().get('/api/v1/outbox').query({ kind: 'invitation' }).set(bearer(org.token)).expect(200);
    const row = list.body.items.find((item: { recipient: string }) => item.recipient === 'pim.postvak@example.test');
    expect(row).toMatchObject({ status: 'queued' });
    const mail = await api().get(`/api/v1/outbox/${row.id}`).set(bearer(org.token)).expect(200);
    expect(mail.body).toMatchObject({ id: row.id, kind: 'invitation', attachments: [] });
    expect(mail.body.text).toContain('http://ambassador.test/invite/');
    // The same link as the admin got to copy.
    expect(mail.body.text).toContain(new URL(invited.body.inviteUrl).pathname);

    // A reset link would let one admin take over another person's account: its text is never shown.
    const user = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr', name: 'Roos Reset' });
    await api().post('/api/v1/auth/forgot-password').send({ email: user.email }).expect(202);
    const resets = await api().get('/api/v1/outbox').query({ kind: 'password_reset' }).set(bearer(org.token));
    const reset = resets.body.items.find((item: { recipient: string }) => item.recipient === user.email);
    const resetMail = await api().get(`/api/v1/outbox/${reset.id}`).set(bearer(org.token)).expect(200);
    expect(resetMail.body.text).toBeNull();
    expect(JSON.stringify(resetMail.body)).not.toContain('reset-password?token=');
  });

  it("is the admin's own organisation's only, and admins' only", async () => {
    const list = await api().get('/api/v1/outbox').set(bearer(org.token)).expect(200);
    const id = list.body.items[0].id as string;
    await api().get(`/api/v1/outbox/${id}`).set(bearer(other.token)).expect(404);
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().get(`/api/v1/outbox/${id}`).set(bearer(hr.token)).expect(403);
  });
});
