import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

type Department = {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  path: string;
  employeeCount: number;
  subtreeEmployeeCount: number;
};

let t: TestApp;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const departments = async (token: string): Promise<Department[]> =>
  (await api().get('/api/v1/departments').set(bearer(token)).expect(200)).body.items;
const create = async (token: string, body: { name: string; code?: string; parentId?: string | null }) =>
  (await api().post('/api/v1/departments').set(bearer(token)).send(body).expect(201)).body as Department;
const move = (token: string, id: string, body: object) =>
  api().patch(`/api/v1/departments/${id}`).set(bearer(token)).send(body);
const byName = (items: Department[]) => new Map(items.map((item) => [item.name, item]));

let employeeNumber = 0;
async function hire(token: string, departmentId: string, status: 'active' | 'left' = 'active') {
  const layers = await api().get('/api/v1/layers').set(bearer(token)).expect(200);
  employeeNumber += 1;
  const employee = await api()
    .post('/api/v1/employees')
    .set(bearer(token))
    .send({
      employeeNumber: String(employeeNumber),
      name: 'Medewerker',
      departmentId,
      layerId: layers.body.items[0].id,
    })
    .expect(201);
  if (status === 'left') {
    await api().patch(`/api/v1/employees/${employee.body.id}`).set(bearer(token)).send({ status }).expect(200);
  }
}

describe('the department tree', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Boom');
  });

  it('creates a root and children, each with its path from the root', async () => {
    const root = await create(org.token, { name: ' Wonen en Zorg ', code: 'WZ' });
    expect(root).toEqual({
      id: expect.any(String),
      name: 'Wonen en Zorg',
      code: 'WZ',
      parentId: null,
      path: 'Wonen en Zorg',
      employeeCount: 0,
      subtreeEmployeeCount: 0,
    });
    const child = await create(org.token, { name: 'De Linde', parentId: root.id });
    expect(child).toMatchObject({ parentId: root.id, path: 'Wonen en Zorg / De Linde', code: null });
    const grandchild = await create(org.token, { name: 'Afdeling Beuk', parentId: child.id });
    expect(grandchild.path).toBe('Wonen en Zorg / De Linde / Afdeling Beuk');
  });

  it('lists the flat tree with parents, paths, own and rolled-up counts of active employees', async () => {
    const tree = byName(await departments(org.token));
    const [root, child, grandchild] = ['Wonen en Zorg', 'De Linde', 'Afdeling Beuk'].map((name) => tree.get(name)!);
    await hire(org.token, root!.id);
    await hire(org.token, child!.id);
    await hire(org.token, grandchild!.id);
    await hire(org.token, grandchild!.id);
    await hire(org.token, grandchild!.id, 'left');
    const items = await departments(org.token);
    expect(items.map((d) => [d.path, d.parentId, d.employeeCount, d.subtreeEmployeeCount])).toEqual([
      ['Wonen en Zorg', null, 1, 4],
      ['Wonen en Zorg / De Linde', root!.id, 1, 3],
      ['Wonen en Zorg / De Linde / Afdeling Beuk', child!.id, 2, 2],
    ]);
  });

  it('refuses a second department of the same name under one parent with 409 department_name_taken', async () => {
    const root = await create(org.token, { name: 'Ondersteuning' });
    await create(org.token, { name: 'ICT', parentId: root.id });
    for (const body of [{ name: 'ICT', parentId: root.id }, { name: 'Ondersteuning' }]) {
      const response = await api().post('/api/v1/departments').set(bearer(org.token)).send(body).expect(409);
      expect(response.body.code).toBe('department_name_taken');
    }
    const renamed = await create(org.token, { name: 'Facilitair', parentId: root.id });
    const clash = await move(org.token, renamed.id, { name: 'ICT' }).expect(409);
    expect(clash.body.code).toBe('department_name_taken');
  });

  it('allows the same name under different parents', async () => {
    const a = await create(org.token, { name: 'Locatie A' });
    const b = await create(org.token, { name: 'Locatie B' });
    const first = await create(org.token, { name: 'Huiskamer', parentId: a.id });
    const second = await create(org.token, { name: 'Huiskamer', parentId: b.id });
    expect([first.path, second.path]).toEqual(['Locatie A / Huiskamer', 'Locatie B / Huiskamer']);
  });

  it('refuses a name with "/" with 400, since "/" separates the levels of a path', async () => {
    const response = await api().post('/api/v1/departments').set(bearer(org.token)).send({ name: 'Zorg/Welzijn' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'name' }));
    const [first] = await departments(org.token);
    await move(org.token, first!.id, { name: 'A/B' }).expect(400);
  });

  it('answers 404 parent_not_found to an unknown parent', async () => {
    const response = await api()
      .post('/api/v1/departments')
      .set(bearer(org.token))
      .send({ name: 'Wees', parentId: randomUUID() })
      .expect(404);
    expect(response.body.code).toBe('parent_not_found');
  });
});

describe('moving departments', () => {
  let org: SignedUpOrg;
  let root: Department;
  let middle: Department;
  let leaf: Department;
  let target: Department;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Verhuizen');
    root = await create(org.token, { name: 'Regio Noord' });
    middle = await create(org.token, { name: 'Het Baken', parentId: root.id });
    leaf = await create(org.token, { name: 'Afdeling Eik', parentId: middle.id });
    target = await create(org.token, { name: 'Regio Zuid' });
  });

  it('moves a department with its whole subtree under another parent', async () => {
    const moved = await move(org.token, middle.id, { parentId: target.id }).expect(200);
    expect(moved.body).toMatchObject({ id: middle.id, parentId: target.id, path: 'Regio Zuid / Het Baken' });
    const tree = byName(await departments(org.token));
    expect(tree.get('Afdeling Eik')!.path).toBe('Regio Zuid / Het Baken / Afdeling Eik');
  });

  it('refuses to move a department under itself or its own descendant with 409 department_cycle', async () => {
    for (const parentId of [middle.id, leaf.id]) {
      const response = await move(org.token, middle.id, { parentId }).expect(409);
      expect(response.body.code).toBe('department_cycle');
    }
    const cycle = await move(org.token, target.id, { parentId: leaf.id }).expect(409);
    expect(cycle.body.code).toBe('department_cycle');
    expect(byName(await departments(org.token)).get('Afdeling Eik')!.path).toBe(
      'Regio Zuid / Het Baken / Afdeling Eik',
    );
  });

  it('moves a department to the root with parentId null', async () => {
    const moved = await move(org.token, leaf.id, { parentId: null }).expect(200);
    expect(moved.body).toMatchObject({ parentId: null, path: 'Afdeling Eik' });
  });

  it('answers 404 parent_not_found to an unknown or foreign parent', async () => {
    const foreign = await create(other.token, { name: 'Buitenland' });
    for (const parentId of [randomUUID(), foreign.id]) {
      const response = await move(org.token, middle.id, { parentId }).expect(404);
      expect(response.body.code).toBe('parent_not_found');
    }
    const created = await api()
      .post('/api/v1/departments')
      .set(bearer(org.token))
      .send({ name: 'Wees', parentId: foreign.id })
      .expect(404);
    expect(created.body.code).toBe('parent_not_found');
  });

  it('refuses a move next to a sibling of the same name with 409 department_name_taken', async () => {
    await create(org.token, { name: 'Het Baken' });
    const response = await move(org.token, middle.id, { parentId: null }).expect(409);
    expect(response.body.code).toBe('department_name_taken');
  });
});

describe('deleting departments', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Opheffen');
  });

  it('refuses to delete a department with sub-departments with 409 department_in_use', async () => {
    const parent = await create(org.token, { name: 'Ouder' });
    await create(org.token, { name: 'Kind', parentId: parent.id });
    const response = await api().delete(`/api/v1/departments/${parent.id}`).set(bearer(org.token)).expect(409);
    expect(response.body.code).toBe('department_in_use');
    expect((await departments(org.token)).map((d) => d.id)).toContain(parent.id);
  });

  it('refuses to delete a department with employees, even former ones, with 409 department_in_use', async () => {
    const department = await create(org.token, { name: 'Bezet' });
    await hire(org.token, department.id, 'left');
    const response = await api().delete(`/api/v1/departments/${department.id}`).set(bearer(org.token)).expect(409);
    expect(response.body.code).toBe('department_in_use');
  });

  it('deletes an empty department with 204', async () => {
    const department = await create(org.token, { name: 'Leeg' });
    await api().delete(`/api/v1/departments/${department.id}`).set(bearer(org.token)).expect(204);
    expect((await departments(org.token)).map((d) => d.id)).not.toContain(department.id);
  });
});

describe('who may change departments', () => {
  it.each(['hr', 'ambassador'] as const)('lets a %s read the departments but answers 403 to changes', async (role) => {
    const org = await signupOrganisation(t.app, `Zorggroep ${role}`);
    const department = await create(org.token, { name: 'Zorg' });
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role });
    const before = await departments(org.token);
    expect(await departments(token)).toEqual(before);
    for (const response of [
      await api().post('/api/v1/departments').set(bearer(token)).send({ name: 'Nieuw' }),
      await move(token, department.id, { name: 'Anders' }),
      await api().delete(`/api/v1/departments/${department.id}`).set(bearer(token)),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    expect(await departments(org.token)).toEqual(before);
  });

  it('answers a department of another organisation exactly as a missing one: 404 not_found', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Buur');
    const foreign = await create(other.token, { name: 'Van de buren' });
    for (const call of [
      (id: string) => move(org.token, id, { name: 'Overgenomen' }),
      (id: string) => api().delete(`/api/v1/departments/${id}`).set(bearer(org.token)),
    ]) {
      const missing = await call(randomUUID());
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('not_found');
      const response = await call(foreign.id);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect(await departments(org.token)).toEqual([]);
    expect(byName(await departments(other.token)).get('Van de buren')).toEqual(foreign);
  });
});
