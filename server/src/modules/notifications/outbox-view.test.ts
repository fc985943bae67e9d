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
  it("shows the admin a waiting mail's text, with its working link, when no SMTP server is set", async () => {
    const user = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr', name: 'Pim Postvak' });
    await api().post('/api/v1/auth/forgot-password').send({ email: user.email }).expect(202);
    const list = await api().get('/api/v1/outbox').query({ kind: 'password_reset' }).set(bearer(org.token)).expect(200);
    const row = list.body.items.find((item: { recipient: string }) => item.recipient === user.email);
    expect(row).toMatchObject({ status: 'queued', subject: 'Nieuw wachtwoord kiezen' });

    const mail = await api().get(`/api/v1/outbox/${row.id}`).set(bearer(org.token)).expect(200);
    expect(mail.body).toMatchObject({ id: row.id, kind: 'password_reset', attachments: [] });
    const token = /http:\/\/ambassador\.test\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.body.text)?.[1];
    expect(token).toBeDefined();
    await api()
      .post('/api/v1/auth/reset-password')
      .send({ token, password: 'paars kasteel onder de brug 42' })
      .expect(200);
  });

  it("is the admin's own organisation's only, and admins' only", async () => {
    const list = await api().get('/api/v1/outbox').set(bearer(org.token)).expect(200);
    const id = list.body.items[0].id as string;
    await api().get(`/api/v1/outbox/${id}`).set(bearer(other.token)).expect(404);
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().get(`/api/v1/outbox/${id}`).set(bearer(hr.token)).expect(403);
  });
});
