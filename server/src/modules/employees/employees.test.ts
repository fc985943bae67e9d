import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

type Employee = { id: string; employeeNumber: string; name: string; status: string; department: { path: string } };
type Structure = { root: string; child: string; grandchild: string; support: string; layers: string[] };

let t: TestApp;
let other: SignedUpOrg;
let otherStructure: Structure;
beforeAll(async () => {
  t = await createTestApp();
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
  otherStructure = await structure(other.token);
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const department = async (token: string, name: string, parentId?: string) =>
  (await api().post('/api/v1/departments').set(bearer(token)).send({ name, parentId }).expect(201)).body.id as string;

async function structure(token: string): Promise<Structure> {
  const root = await department(token, 'Wonen en Zorg');
  const child = await department(token, 'De Linde', root);
  const grandchild = await department(token, 'Afdeling Beuk', child);
  const support = await department(token, 'Ondersteunende diensten');
  const layers = (await api().get('/api/v1/layers').set(bearer(token)).expect(200)).body.items.map(
    (layer: { id: string }) => layer.id,
  );
  return { root, child, grandchild, support, layers };
}

const post = (token: string, body: object) => api().post('/api/v1/employees').set(bearer(token)).send(body);
const patch = (token: string, id: string, body: object) =>
  api().patch(`/api/v1/employees/${id}`).set(bearer(token)).send(body);
type Query = Record<string, string | number>;
const list = (token: string, query: Query = {}) => api().get('/api/v1/employees').query(query).set(bearer(token));
const numbers = (response: { body: { items: Employee[] } }) => response.body.items.map((e) => e.employeeNumber);

describe('creating and changing an employee', () => {
  let org: SignedUpOrg;
  let s: Structure;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Medewerkers');
    s = await structure(org.token);
  });

  it('creates an employee and answers with department path and layer embedded', async () => {
    const body = {
      employeeNumber: '00123',
      name: ' Anna van den Berg ',
      email: 'Anna.vandenBerg@Example.test',
      departmentId: s.grandchild,
      layerId: s.layers[3],
      jobTitle: 'Verzorgende IG',
      location: 'De Linde',
      digitalSkill: 'medium',
    };
    const created = await post(org.token, body).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      employeeNumber: '00123',
      name: 'Anna van den Berg',
      email: 'anna.vandenberg@example.test',
      departmentId: s.grandchild,
      department: { id: s.grandchild, name: 'Afdeling Beuk', path: 'Wonen en Zorg / De Linde / Afdeling Beuk' },
      layerId: s.layers[3],
      layer: { id: s.layers[3], name: 'Zorg en behandeling' },
      jobTitle: 'Verzorgende IG',
      location: 'De Linde',
      digitalSkill: 'medium',
      status: 'active',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const fetched = await api().get(`/api/v1/employees/${created.body.id}`).set(bearer(org.token)).expect(200);
    expect(fetched.body).toEqual(created.body);
  });

  it('refuses a second employee with the same number with 409 employee_number_taken', async () => {
    const body = { employeeNumber: '7001', name: 'Eerste', departmentId: s.root, layerId: s.layers[0] };
    await post(org.token, body).expect(201);
    const response = await post(org.token, { ...body, name: 'Tweede' }).expect(409);
    expect(response.body.code).toBe('employee_number_taken');
    const first = (await list(org.token, { q: '7001' }).expect(200)).body.items;
    expect(first.map((e: Employee) => e.name)).toEqual(['Eerste']);
  });

  it('refuses a department or layer of another organisation with 400 on that field', async () => {
    const body = { employeeNumber: '7002', name: 'Grensganger', departmentId: s.root, layerId: s.layers[0] };
    for (const [field, change] of [
      ['departmentId', { departmentId: otherStructure.root }],
      ['layerId', { layerId: otherStructure.layers[0] }],
    ] as const) {
      const response = await post(org.token, { ...body, ...change }).expect(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const created = await post(org.token, body).expect(201);
    const patched = await patch(org.token, created.body.id, { layerId: otherStructure.layers[1] }).expect(400);
    expect(patched.body.errors).toEqual([expect.objectContaining({ field: 'layerId' })]);
  });

  it('refuses bad input with 400 validation_failed', async () => {
    const base = { employeeNumber: '7003', name: 'X', departmentId: s.root, layerId: s.layers[0] };
    for (const body of [
      { ...base, email: 'geen-email' },
      { ...base, digitalSkill: 'expert' },
      { ...base, employeeNumber: ' 7003' },
      { ...base, salary: 1 },
      { name: 'X', departmentId: s.root, layerId: s.layers[0] },
    ]) {
      expect((await post(org.token, body).expect(400)).body.code).toBe('validation_failed');
    }
  });

  it('changes fields and marks an employee as left, and back', async () => {
    const created = await post(org.token, {
      employeeNumber: '7004',
      name: 'Piet',
      departmentId: s.root,
      layerId: s.layers[0],
    }).expect(201);
    const changed = await patch(org.token, created.body.id, {
      name: 'Piet Pietersen',
      departmentId: s.support,
      jobTitle: 'Receptionist',
      status: 'left',
    }).expect(200);
    expect(changed.body).toMatchObject({
      name: 'Piet Pietersen',
      department: { id: s.support, path: 'Ondersteunende diensten' },
      jobTitle: 'Receptionist',
      status: 'left',
    });
    const fetched = await api().get(`/api/v1/employees/${created.body.id}`).set(bearer(org.token)).expect(200);
    expect(fetched.body.status).toBe('left');
    expect((await patch(org.token, created.body.id, { status: 'active' }).expect(200)).body.status).toBe('active');
  });
});

describe('listing employees', () => {
  let org: SignedUpOrg;
  let s: Structure;
  const people = [
    ['1001', 'Anna Jansen', 'root', 0, 'active', 'anna.jansen@horizon.example'],
    ['1002', 'Bert de Boer', 'child', 3, 'active', 'b.deboer@horizon.example'],
    ['1003', 'Carla 100% Smit', 'grandchild', 3, 'active', 'carla@horizon.example'],
    ['1004', 'Dirk Dekker', 'grandchild', 4, 'left', 'dirk@horizon.example'],
    ['1005', 'Eva Evers', 'support', 4, 'active', 'eva_evers@horizon.example'],
  ] as const;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Lijst');
    s = await structure(org.token);
    for (const [employeeNumber, name, where, layer, status, email] of people) {
      const created = await post(org.token, {
        employeeNumber,
        name,
        email,
        departmentId: s[where],
        layerId: s.layers[layer],
      }).expect(201);
      if (status === 'left') await patch(org.token, created.body.id, { status }).expect(200);
    }
    await post(other.token, {
      employeeNumber: '1001',
      name: 'Anna Anders',
      departmentId: otherStructure.root,
      layerId: otherStructure.layers[0],
    }).expect(201);
  });

  it('lists all employees of the organisation by name, with the total', async () => {
    const response = await list(org.token).expect(200);
    expect(response.body.total).toBe(5);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.map((e: Employee) => e.name)).toEqual(people.map(([, name]) => name));
  });

  it('filters on a department including its subtree', async () => {
    expect(numbers(await list(org.token, { departmentId: s.root, sort: 'employeeNumber' }))).toEqual([
      '1001',
      '1002',
      '1003',
      '1004',
    ]);
    expect(numbers(await list(org.token, { departmentId: s.child, sort: 'employeeNumber' }))).toEqual([
      '1002',
      '1003',
      '1004',
    ]);
    expect(numbers(await list(org.token, { departmentId: s.support }))).toEqual(['1005']);
    expect((await list(org.token, { departmentId: otherStructure.root })).body.total).toBe(0);
  });

  it('filters on layer and on status', async () => {
    expect(numbers(await list(org.token, { layerId: s.layers[3]!, sort: 'employeeNumber' }))).toEqual(['1002', '1003']);
    expect(numbers(await list(org.token, { status: 'left' }))).toEqual(['1004']);
    expect((await list(org.token, { status: 'active' })).body.total).toBe(4);
  });

  it('searches with q by name, employee number and email, ignoring case', async () => {
    expect(numbers(await list(org.token, { q: 'DE BOER' }))).toEqual(['1002']);
    expect(numbers(await list(org.token, { q: '1005' }))).toEqual(['1005']);
    expect(numbers(await list(org.token, { q: 'Anna.Jansen@HORIZON' }))).toEqual(['1001']);
  });

  it('treats % and _ in q as plain characters', async () => {
    expect(numbers(await list(org.token, { q: '%' }))).toEqual(['1003']);
    expect(numbers(await list(org.token, { q: '_' }))).toEqual(['1005']);
  });

  it('sorts by name and by employee number, both ways', async () => {
    const byNumber = people.map(([n]) => n);
    expect(numbers(await list(org.token, { sort: 'employeeNumber', order: 'asc' }))).toEqual(byNumber);
    expect(numbers(await list(org.token, { sort: 'employeeNumber', order: 'desc' }))).toEqual([...byNumber].reverse());
    const names = (await list(org.token, { sort: 'name', order: 'desc' })).body.items.map((e: Employee) => e.name);
    expect(names).toEqual(people.map(([, name]) => name).reverse());
  });

  it('pages at the edges: one item, the last item, past the end', async () => {
    const first = await list(org.token, { limit: 1, sort: 'employeeNumber' }).expect(200);
    expect(first.body).toMatchObject({ total: 5, nextCursor: expect.any(String) });
    expect(numbers(first)).toEqual(['1001']);
    const second = await list(org.token, { limit: 1, sort: 'employeeNumber', cursor: first.body.nextCursor }).expect(
      200,
    );
    expect(numbers(second)).toEqual(['1002']);
    const last = await list(org.token, { limit: 1, offset: 4, sort: 'employeeNumber' }).expect(200);
    expect(last.body).toMatchObject({ total: 5, nextCursor: null });
    expect(numbers(last)).toEqual(['1005']);
    const past = await list(org.token, { offset: 10 }).expect(200);
    expect(past.body).toEqual({ items: [], total: 5, nextCursor: null });
    expect((await list(org.token, { limit: 200 }).expect(200)).body.items).toHaveLength(5);
  });

  it('refuses a limit out of 1..200, an offset out of 0..1,000,000 or an unknown sort with 400', async () => {
    const queries: Query[] = [
      { limit: 201 },
      { limit: 0 },
      { offset: -1 },
      { offset: 1_000_001 },
      { sort: 'salary' },
      { departmentId: 'x' },
    ];
    for (const query of queries) {
      expect((await list(org.token, query)).status).toBe(400);
    }
  });

  it('lets hr list and read, but answers 403 to creating and changing', async () => {
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const listed = await list(token).expect(200);
    expect(listed.body.total).toBe(5);
    const id = listed.body.items[0].id;
    await api().get(`/api/v1/employees/${id}`).set(bearer(token)).expect(200);
    const body = { employeeNumber: '9999', name: 'HR', departmentId: s.root, layerId: s.layers[0] };
    expect((await post(token, body).expect(403)).body.code).toBe('forbidden');
    expect((await patch(token, id, { name: 'Veranderd' }).expect(403)).body.code).toBe('forbidden');
    expect((await list(org.token)).body.total).toBe(5);
  });

  it('answers an employee of another organisation exactly as a missing one: 404 not_found', async () => {
    const foreign = (await list(other.token, { q: '1001' }).expect(200)).body.items[0].id;
    for (const call of [
      (id: string) => api().get(`/api/v1/employees/${id}`).set(bearer(org.token)),
      (id: string) => patch(org.token, id, { name: 'Overgenomen' }),
    ]) {
      const missing = await call(randomUUID());
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('not_found');
      const response = await call(foreign);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect((await list(other.token, { q: '1001' })).body.items[0].name).toBe('Anna Anders');
  });
});

describe('an ambassador looking colleagues up', () => {
  let org: SignedUpOrg;
  let token: string;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Zoeken');
    const s = await structure(org.token);
    for (let n = 1; n <= 25; n++) {
      await post(org.token, {
        employeeNumber: `L${n}`,
        name: `Lid ${n}`,
        departmentId: s.root,
        layerId: s.layers[3],
      }).expect(201);
    }
    const leaver = await post(org.token, {
      employeeNumber: 'V1',
      name: 'Vertrokken Lid',
      departmentId: s.root,
      layerId: s.layers[3],
    }).expect(201);
    await patch(org.token, leaver.body.id, { status: 'left' }).expect(200);
    token = (await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' })).token;
  });

  it('refuses a list without a search of at least 2 characters with 400 search_required', async () => {
    const queries: Query[] = [{}, { q: 'L' }, { q: '  L ' }, { status: 'left' }];
    for (const query of queries) {
      expect((await list(token, query).expect(400)).body.code).toBe('search_required');
    }
  });

  it('finds at most 20 active colleagues by name', async () => {
    const response = await list(token, { q: 'lid', limit: 200, status: 'left' }).expect(200);
    expect(response.body.items).toHaveLength(20);
    expect(response.body.items.every((e: Employee) => e.status === 'active')).toBe(true);
    expect(response.body.total).toBe(25);
    expect(numbers(await list(token, { q: 'vertrokken' }).expect(200))).toEqual([]);
  });

  it('answers 403 to reading one employee or creating one', async () => {
    const id = (await list(org.token, { limit: 1 })).body.items[0].id;
    await api().get(`/api/v1/employees/${id}`).set(bearer(token)).expect(403);
    await patch(token, id, { name: 'X' }).expect(403);
  });
});
