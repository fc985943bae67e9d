import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActor, updateUser } from '../modules/users/users.repository.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { actorOf } from './actor.ts';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
let employeeId: string;
let ambassadorId: string;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Aanvrager');
  other = await signupOrganisation(t.app, 'Zorggroep Ander');
  await api()
    .patch('/api/v1/organisation')
    .set(bearer(org.token))
    .send({ timezone: 'Europe/London', locale: 'en' })
    .expect(200);
  const departmentId = (
    await api().post('/api/v1/departments').set(bearer(org.token)).send({ name: 'Zorg' }).expect(201)
  ).body.id;
  const layerId = (await api().get('/api/v1/layers').set(bearer(org.token)).expect(200)).body.items[0].id;
  employeeId = (
    await api()
      .post('/api/v1/employees')
      .set(bearer(org.token))
      .send({ employeeNumber: 'A1', name: 'Anna Aanvrager', departmentId, layerId })
      .expect(201)
  ).body.id;
  ambassadorId = (
    await api()
      .post('/api/v1/ambassadors')
      .set(bearer(org.token))
      .send({ employeeId, source: 'self', status: 'active' })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

describe('the caller of a request', () => {
  it('carries the organisation’s time zone and locale, and no linked records for an unlinked admin', async () => {
    const row = await findActor({ db: t.app.db, userId: org.user.id });
    expect(actorOf(row!)).toEqual({
      userId: org.user.id,
      organisationId: org.organisation.id,
      role: 'admin',
      timezone: 'Europe/London',
      locale: 'en',
    });
  });

  it('carries the linked employee and her ambassador record', async () => {
    const { user } = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador', employeeId });
    const row = await findActor({ db: t.app.db, userId: user.id });
    expect(actorOf(row!)).toMatchObject({ role: 'ambassador', employeeId, ambassadorId });
  });

  it('loads a user of another organisation with that organisation’s own time zone', async () => {
    const { user } = await createUser(t.app, { organisationId: other.organisation.id, role: 'hr' });
    const actor = actorOf((await findActor({ db: t.app.db, userId: user.id }))!);
    expect(actor.organisationId).toBe(other.organisation.id);
    expect(actor.timezone).toBe('Europe/Amsterdam');
    expect(actor).not.toHaveProperty('ambassadorId');
  });

  it('is not found for a deactivated user, whose token then answers 401', async () => {
    const { user, token } = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await updateUser({
      db: t.app.db,
      organisationId: org.organisation.id,
      userId: user.id,
      changes: { status: 'deactivated' },
    });
    expect(await findActor({ db: t.app.db, userId: user.id })).toBeUndefined();
    await api().get('/api/v1/organisation').set(bearer(token)).expect(401);
  });
});
