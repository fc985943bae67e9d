import { sql } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser, PASSWORD, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

type Event = {
  id: string;
  actor: { id: string; name: string | null } | null;
  actorKind: string;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, { before?: unknown; after?: unknown; hidden?: boolean }> | null;
  route: string | null;
};

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Spoor');
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const events = async (query: Record<string, string | number>, token = org.token) =>
  (await api().get('/api/v1/audit-events').query(query).set(bearer(token)).expect(200)).body as {
    items: Event[];
    total: number;
    nextCursor: string | null;
  };

async function newDepartment(name: string) {
  return (await api().post('/api/v1/departments').set(bearer(org.token)).send({ name }).expect(201)).body as {
    id: string;
  };
}

describe('audit log', () => {
  it('logs a change with its author, route and the fields before and after, in the organisation of the change', async () => {
    const department = await newDepartment('Thuiszorg Noord');
    await api()
      .patch(`/api/v1/departments/${department.id}`)
      .set(bearer(org.token))
      .send({ name: 'Thuiszorg Zuid' })
      .expect(200);

    const { items } = await events({ entity: 'department', entityId: department.id });
    expect(items.map((event) => event.action)).toEqual(['update', 'create']);
    const [update, create] = items;
    expect(update).toMatchObject({
      actor: { id: org.user.id, name: org.user.name },
      actorKind: 'user',
      route: 'PATCH /api/v1/departments/:id',
      changes: { name: { before: 'Thuiszorg Noord', after: 'Thuiszorg Zuid' } },
    });
    expect(Object.keys(update!.changes!)).toEqual(['name']);
    expect(create!.changes!.name).toEqual({ after: 'Thuiszorg Noord' });
    expect((await events({ entityId: department.id }, other.token)).total).toBe(0);
  });

  it('keeps nothing of a write that fails, neither the change nor its event', async () => {
    const before = (await events({ entity: 'department' })).total;
    await api().post('/api/v1/departments').set(bearer(org.token)).send({ name: 'Dubbel' }).expect(201);
    await api().post('/api/v1/departments').set(bearer(org.token)).send({ name: 'Dubbel' }).expect(409);
    expect((await events({ entity: 'department' })).total).toBe(before + 1);
  });

  it('logs logins, failed logins of a known account and logouts; never a password or its hash', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().post('/api/v1/auth/login').send({ email: hr.email, password: 'not the password at all' }).expect(401);
    const login = await api().post('/api/v1/auth/login').send({ email: hr.email, password: PASSWORD }).expect(200);
    const cookie = [login.headers['set-cookie']].flat().find((line) => String(line).startsWith('ambassador_refresh='));
    await api().post('/api/v1/auth/logout').set('cookie', String(cookie).split(';')[0]!).expect(204);
    await api()
      .post('/api/v1/me/password')
      .set(bearer(hr.token))
      .send({ currentPassword: PASSWORD, newPassword: 'paars kasteel onder de brug 42' })
      .expect(204);

    const { items } = await events({ entity: 'user', entityId: hr.user.id });
    expect(items.map((event) => event.action)).toEqual(['update', 'logout', 'login', 'login_failed', 'create']);
    expect(items[3]).toMatchObject({ actor: null, actorKind: 'anonymous' });
    expect(items[2]).toMatchObject({ actor: { id: hr.user.id }, actorKind: 'user' });
    expect(items[0]!.changes).toEqual({ password_hash: { hidden: true } });
    const everything = JSON.stringify((await events({ limit: 200 })).items);
    expect(everything).not.toContain('$argon2');
    expect(everything).not.toContain('paars kasteel');
  });

  it('filters by entity, author and period, a page at a time', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const first = await events({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const next = await events({ limit: 2, cursor: first.nextCursor! });
    expect(next.items.map((e) => e.id)).not.toContain(first.items[0]!.id);

    const byAdmin = await events({ actorId: org.user.id, limit: 200 });
    expect(byAdmin.total).toBeGreaterThan(0);
    expect(byAdmin.items.every((event) => event.actor?.id === org.user.id)).toBe(true);
    expect((await events({ actorId: hr.user.id })).total).toBe(0);

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await events({ from: future })).total).toBe(0);
    expect((await events({ to: future })).total).toBe((await events({})).total);

    const entities = await api().get('/api/v1/audit-events/entities').set(bearer(org.token)).expect(200);
    expect(entities.body.items).toEqual(expect.arrayContaining(['department', 'organisation', 'user']));
  });

  it('exports the filtered log as CSV for Excel, and logs the export', async () => {
    const response = await api()
      .get('/api/v1/audit-events/export.csv')
      .query({ entity: 'department' })
      .set(bearer(org.token))
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Tijdstip;Wie;Soort;Handeling;Onderdeel;Id;Velden;Route');
    expect(lines.slice(1).every((line) => line.includes(';department;'))).toBe(true);
    expect(lines.length - 1).toBe((await events({ entity: 'department' })).total);
    const exports = await events({ entity: 'audit_event' });
    expect(exports.items[0]).toMatchObject({ action: 'export', actor: { id: org.user.id } });
  });

  it('logs each CSV export with who exported what: the employees, the coverage and a round’s results', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr', name: 'Hanna Export' });
    const round = await api()
      .post('/api/v1/feedback-rounds')
      .set(bearer(org.token))
      .send({ purpose: 'pulse', title: 'Exportronde' })
      .expect(201);
    for (const path of [
      '/api/v1/employees/export.csv',
      '/api/v1/reports/coverage.csv',
      `/api/v1/feedback-rounds/${round.body.id}/results.csv`,
    ]) {
      const response = await api().get(path).set(bearer(hr.token)).expect(200);
      expect(response.headers['content-type'], path).toContain('text/csv');
    }

    // She only exported: each of her events is one export, of the whole list or of the round she named.
    const hers = async (entity: string) => (await events({ entity, actorId: hr.user.id })).items;
    const exported = (entityId: string | null) => ({
      action: 'export',
      actor: { id: hr.user.id, name: 'Hanna Export' },
      actorKind: 'user',
      entityId,
      changes: null,
    });
    expect(await hers('employee')).toEqual([expect.objectContaining({ ...exported(null), entity: 'employee' })]);
    expect(await hers('coverage')).toEqual([expect.objectContaining({ ...exported(null), entity: 'coverage' })]);
    expect(await hers('feedback_round')).toEqual([
      expect.objectContaining({ ...exported(round.body.id), entity: 'feedback_round' }),
    ]);
    expect((await events({ actorId: hr.user.id }, other.token)).total).toBe(0);
  });

  it('logs who viewed a person’s personal data', async () => {
    const department = await newDepartment('Inzage');
    const layers = await api().get('/api/v1/layers').set(bearer(org.token)).expect(200);
    const employee = await api()
      .post('/api/v1/employees')
      .set(bearer(org.token))
      .send({
        employeeNumber: 'P-1',
        name: 'Pim Inzage',
        departmentId: department.id,
        layerId: layers.body.items[0].id,
      })
      .expect(201);
    await api().get(`/api/v1/employees/${employee.body.id}/personal-data`).set(bearer(org.token)).expect(200);
    const { items } = await events({ entity: 'employee', entityId: employee.body.id });
    expect(items.map((event) => event.action)).toEqual(['view', 'create']);
  });

  it('forgets an erased person: her name, number and address go, a colleague whose number starts with hers stays', async () => {
    const department = await newDepartment('Vergeten');
    const layers = await api().get('/api/v1/layers').set(bearer(org.token)).expect(200);
    const employee = (number: string, name: string, email: string) =>
      api()
        .post('/api/v1/employees')
        .set(bearer(org.token))
        .send({ employeeNumber: number, name, email, departmentId: department.id, layerId: layers.body.items[0].id })
        .expect(201);
    const erased = await employee('V-7', 'Vera Vergeten', 'vera.vergeten@example.test');
    await employee('V-77', 'Victor Blijft', 'victor.blijft@example.test');
    await api()
      .patch(`/api/v1/employees/${erased.body.id}`)
      .set(bearer(org.token))
      .send({ jobTitle: 'Wijkverpleegkundige' })
      .expect(200);
    await api().post(`/api/v1/employees/${erased.body.id}/erase`).set(bearer(org.token)).expect(200);

    const log = JSON.stringify((await events({ entity: 'employee', limit: 200 })).items);
    for (const trace of ['Vera Vergeten', 'vera.vergeten@example.test', '"V-7"', 'Wijkverpleegkundige'])
      expect(log).not.toContain(trace);
    for (const kept of ['Victor Blijft', '"V-77"']) expect(log).toContain(kept);
  });

  it('is append-only: the database refuses to change or remove an event', async () => {
    const change = t.app.db.execute(sql`update audit_events set action = 'forged'`);
    await expect(change).rejects.toThrow();
    await expect(t.app.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    expect((await events({})).total).toBeGreaterThan(0);
  });

  it('is for admins only', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().get('/api/v1/audit-events').set(bearer(hr.token)).expect(403);
    await api().get('/api/v1/audit-events/export.csv').set(bearer(hr.token)).expect(403);
  });
});
