import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, uniqueEmail, type SignedUpOrg } from '../../test/factories.ts';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Gebruikers');
  other = await signupOrganisation(t.app, 'Zorggroep Anders');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const list = (token: string, query: Record<string, string | number> = {}) =>
  api().get('/api/v1/users').query(query).set(bearer(token)).expect(200);

describe('listing users', () => {
  let admin: SignedUpOrg;
  beforeAll(async () => {
    // An organisation of its own, so that counts and pages do not depend on the other tests.
    admin = await signupOrganisation(t.app, 'Zorggroep Lijst');
    for (const [name, role] of [
      ['Bram Bakker', 'ambassador'],
      ['Carla Claes', 'ambassador'],
      ['Daan de Vries', 'hr'],
      ['Eva Evers', 'ambassador'],
    ] as const) {
      await createUser(t.app, { organisationId: admin.organisation.id, role, name });
    }
  });

  it('lists the organisation’s users by name with the total', async () => {
    const response = await list(admin.token);
    expect(response.body.total).toBe(5);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.map((u: { name: string }) => u.name)).toEqual([
      'Admin Test',
      'Bram Bakker',
      'Carla Claes',
      'Daan de Vries',
      'Eva Evers',
    ]);
    expect(response.body.items[0]).toMatchObject({ id: admin.user.id, role: 'admin', status: 'active' });
  });

  it('pages with limit and the cursor of the page before, and nextCursor is null on the last page', async () => {
    const first = await list(admin.token, { limit: 2 });
    expect(first.body).toMatchObject({ total: 5, nextCursor: expect.any(String) });
    const second = await list(admin.token, { limit: 2, cursor: first.body.nextCursor });
    expect(second.body).toMatchObject({ total: 5, nextCursor: expect.any(String) });
    expect(second.body.nextCursor).not.toBe(first.body.nextCursor);
    const last = await list(admin.token, { limit: 2, cursor: second.body.nextCursor });
    expect(last.body).toMatchObject({ total: 5, nextCursor: null });
    expect((await list(admin.token, { limit: 2, offset: 4 })).body.items).toEqual(last.body.items);
    const names = [...first.body.items, ...second.body.items, ...last.body.items].map((u: { name: string }) => u.name);
    expect(new Set(names).size).toBe(5);
    expect(last.body.items).toHaveLength(1);
  });

  it('searches by name and by email with q, case-insensitively', async () => {
    const byName = await list(admin.token, { q: 'de vRIES' });
    expect(byName.body.items.map((u: { name: string }) => u.name)).toEqual(['Daan de Vries']);
    expect(byName.body.total).toBe(1);
    const byEmail = await list(admin.token, { q: admin.user.email.toUpperCase() });
    expect(byEmail.body.items.map((u: { id: string }) => u.id)).toEqual([admin.user.id]);
  });

  it('treats % and _ in q as plain characters', async () => {
    expect((await list(admin.token, { q: '%' })).body.total).toBe(0);
    expect((await list(admin.token, { q: '_' })).body.total).toBe(0);
  });

  it('filters by role', async () => {
    const response = await list(admin.token, { role: 'ambassador' });
    expect(response.body.total).toBe(3);
    expect(response.body.items.every((u: { role: string }) => u.role === 'ambassador')).toBe(true);
  });

  it('never shows users of another organisation', async () => {
    const response = await list(admin.token, { q: org.user.email });
    expect(response.body).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('refuses a limit over 200 or a negative offset with 400, and accepts a limit of 200', async () => {
    await api().get('/api/v1/users').query({ limit: 201 }).set(bearer(admin.token)).expect(400);
    await api().get('/api/v1/users').query({ limit: 200 }).set(bearer(admin.token)).expect(200);
    await api().get('/api/v1/users').query({ offset: -1 }).set(bearer(admin.token)).expect(400);
  });
});

describe('changing a user', () => {
  it('changes the name and the role', async () => {
    const { user } = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    const response = await api()
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(org.token))
      .send({ name: '  Renamed Person ', role: 'hr' })
      .expect(200);
    expect(response.body).toMatchObject({ id: user.id, name: 'Renamed Person', role: 'hr', status: 'active' });
    const listed = await list(org.token, { q: 'Renamed Person' });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: user.id, role: 'hr' })]);
  });

  it('deactivates with DELETE (204), the list shows it, and PATCH active:true restores it', async () => {
    const { user, email } = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().delete(`/api/v1/users/${user.id}`).set(bearer(org.token)).expect(204);
    expect((await list(org.token, { q: email })).body.items[0].status).toBe('deactivated');
    expect((await list(org.token, { status: 'deactivated' })).body.items.map((u: { id: string }) => u.id)).toContain(
      user.id,
    );

    const restored = await api()
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(org.token))
      .send({ active: true })
      .expect(200);
    expect(restored.body.status).toBe('active');
    expect((await list(org.token, { q: email })).body.items[0].status).toBe('active');
  });

  it('does not let the admin deactivate herself or change her own role (409)', async () => {
    const deleted = await api().delete(`/api/v1/users/${org.user.id}`).set(bearer(org.token)).expect(409);
    expect(deleted.body.code).toBe('cannot_deactivate_self');
    const patched = await api()
      .patch(`/api/v1/users/${org.user.id}`)
      .set(bearer(org.token))
      .send({ active: false })
      .expect(409);
    expect(patched.body.code).toBe('cannot_deactivate_self');
    const demoted = await api()
      .patch(`/api/v1/users/${org.user.id}`)
      .set(bearer(org.token))
      .send({ role: 'hr' })
      .expect(409);
    expect(demoted.body.code).toBe('cannot_change_own_role');
    await api().get('/api/v1/users').set(bearer(org.token)).expect(200);
  });

  it('refuses an empty or unknown change with 400', async () => {
    const { user } = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().patch(`/api/v1/users/${user.id}`).set(bearer(org.token)).send({}).expect(400);
    const unknown = await api()
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(org.token))
      .send({ status: 'active' })
      .expect(400);
    expect(unknown.body.errors).toContainEqual(expect.objectContaining({ field: 'status', code: 'unknown_property' }));
  });
});

describe('who may manage users', () => {
  it.each(['ambassador', 'hr'] as const)('answers 403 to a %s on every users route', async (role) => {
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role });
    const body = { email: uniqueEmail(), name: 'Niet Toegestaan', role: 'admin' };
    const invited = await api().post('/api/v1/users').set(bearer(token)).send(body).expect(403);
    expect(invited.body.code).toBe('forbidden');
    await api().get('/api/v1/users').set(bearer(token)).expect(403);
    await api().patch(`/api/v1/users/${org.user.id}`).set(bearer(token)).send({ name: 'Hacked' }).expect(403);
    await api().delete(`/api/v1/users/${org.user.id}`).set(bearer(token)).expect(403);
    // Nothing was written.
    expect((await list(org.token, { q: body.email })).body.total).toBe(0);
  });

  it('answers 401 without a token', async () => {
    await api().get('/api/v1/users').expect(401);
    await api().post('/api/v1/users').send({ email: uniqueEmail(), name: 'X', role: 'hr' }).expect(401);
  });

  it('answers a user of another organisation exactly as a missing one: 404 not_found', async () => {
    const stranger = await createUser(t.app, { organisationId: other.organisation.id, role: 'ambassador' });
    const invited = await api()
      .post('/api/v1/users')
      .set(bearer(other.token))
      .send({ email: uniqueEmail(), name: 'Open Invite', role: 'hr' })
      .expect(201);
    const calls = [
      (id: string) => api().patch(`/api/v1/users/${id}`).set(bearer(org.token)).send({ name: 'Overgenomen' }),
      (id: string) => api().delete(`/api/v1/users/${id}`).set(bearer(org.token)),
      (id: string) => api().post(`/api/v1/users/${id}/invite`).set(bearer(org.token)),
    ];
    for (const call of calls) {
      const missing = await call(randomUUID());
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('not_found');
      for (const id of [stranger.user.id, invited.body.user.id]) {
        const foreign = await call(id);
        expect(foreign.status).toBe(404);
        expect(foreign.body).toEqual(missing.body);
      }
    }
    // The stranger is untouched.
    const theirs = await list(other.token, { q: stranger.email });
    expect(theirs.body.items[0]).toMatchObject({ name: 'Test ambassador', status: 'active' });
  });

  it('answers 400 validation_failed to an id that is not a UUID', async () => {
    for (const response of [
      await api().patch('/api/v1/users/not-a-uuid').set(bearer(org.token)).send({ name: 'X' }),
      await api().delete('/api/v1/users/123').set(bearer(org.token)),
      await api().post('/api/v1/users/abc/invite').set(bearer(org.token)),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });
});

describe('inviting a user for an employee', () => {
  it("answers a missing or another organisation's employeeId with a field error, and invites nobody", async () => {
    const admin = bearer(org.token);
    const otherLayer = (await api().get('/api/v1/layers').set(bearer(other.token)).expect(200)).body.items[0].id;
    const otherDepartment = (
      await api().post('/api/v1/departments').set(bearer(other.token)).send({ name: 'Elders' }).expect(201)
    ).body.id;
    const foreign = (
      await api()
        .post('/api/v1/employees')
        .set(bearer(other.token))
        .send({ employeeNumber: 'F-1', name: 'Fenna Elders', departmentId: otherDepartment, layerId: otherLayer })
        .expect(201)
    ).body.id;
    const before = (await list(org.token)).body.total;
    for (const employeeId of [randomUUID(), foreign]) {
      const email = uniqueEmail('invitee');
      const response = await api()
        .post('/api/v1/users')
        .set(admin)
        .send({ email, name: 'Ina Uitgenodigd', role: 'ambassador', employeeId });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'employeeId', code: 'not_found' })]);
    }
    expect((await list(org.token)).body.total).toBe(before);
  });
});
