import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

type Layer = { id: string; name: string; rank: number; employeeCount: number };

const DEFAULT_LAYERS = ['Bestuur en directie', 'Management', 'Teamleiding', 'Zorg en behandeling', 'Ondersteuning'];

let t: TestApp;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const layers = async (token: string): Promise<Layer[]> =>
  (await api().get('/api/v1/layers').set(bearer(token)).expect(200)).body.items;
const names = (items: { name: string }[]) => items.map((item) => item.name);

/** A department and one employee in the given layer, so that the layer is in use. */
async function employeeIn(token: string, layerId: string, employeeNumber: string, status?: 'left') {
  const department = await api()
    .post('/api/v1/departments')
    .set(bearer(token))
    .send({ name: `Afdeling ${employeeNumber}` })
    .expect(201);
  const employee = await api()
    .post('/api/v1/employees')
    .set(bearer(token))
    .send({ employeeNumber, name: `Medewerker ${employeeNumber}`, departmentId: department.body.id, layerId })
    .expect(201);
  if (status) {
    await api().patch(`/api/v1/employees/${employee.body.id}`).set(bearer(token)).send({ status }).expect(200);
  }
}

describe('the default layers', () => {
  it('gives a new organisation five layers in rank order, each with an employee count', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Nieuw');
    const items = await layers(org.token);
    expect(items).toEqual(
      DEFAULT_LAYERS.map((name, rank) => ({ id: expect.any(String), name, rank, employeeCount: 0 })),
    );
  });

  it('counts only active employees of a layer', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Tellen');
    const [top, management] = await layers(org.token);
    await employeeIn(org.token, top!.id, '1');
    await employeeIn(org.token, top!.id, '2');
    await employeeIn(org.token, management!.id, '3', 'left');
    const items = await layers(org.token);
    expect(items.map((layer) => layer.employeeCount)).toEqual([2, 0, 0, 0, 0]);
  });
});

describe('changing layers', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Lagen');
  });

  it('creates a layer at the bottom when no rank is given', async () => {
    const created = await api()
      .post('/api/v1/layers')
      .set(bearer(org.token))
      .send({ name: '  Stagiairs ' })
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Stagiairs', rank: 5, employeeCount: 0 });
    expect(names(await layers(org.token))).toEqual([...DEFAULT_LAYERS, 'Stagiairs']);
  });

  it('creates a layer at the given rank', async () => {
    const created = await api()
      .post('/api/v1/layers')
      .set(bearer(org.token))
      .send({ name: 'Vrijwilligers', rank: 100 })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Vrijwilligers', rank: 100 });
    expect((await layers(org.token)).at(-1)?.name).toBe('Vrijwilligers');
  });

  it('renames a layer', async () => {
    const created = await api().post('/api/v1/layers').set(bearer(org.token)).send({ name: 'Flex' }).expect(201);
    const renamed = await api()
      .patch(`/api/v1/layers/${created.body.id}`)
      .set(bearer(org.token))
      .send({ name: 'Flexpool' })
      .expect(200);
    expect(renamed.body).toEqual({ ...created.body, name: 'Flexpool' });
    expect(names(await layers(org.token))).toContain('Flexpool');
    expect(names(await layers(org.token))).not.toContain('Flex');
  });

  it('refuses a name that another layer has, ignoring case, with 409 layer_name_taken', async () => {
    const created = await api().post('/api/v1/layers').set(bearer(org.token)).send({ name: 'management' }).expect(409);
    expect(created.body.code).toBe('layer_name_taken');
    const [first] = await layers(org.token);
    const renamed = await api()
      .patch(`/api/v1/layers/${first!.id}`)
      .set(bearer(org.token))
      .send({ name: 'TEAMLEIDING' })
      .expect(409);
    expect(renamed.body.code).toBe('layer_name_taken');
    expect((await layers(org.token)).filter((layer) => layer.name.toLowerCase() === 'management')).toHaveLength(1);
  });

  it('allows the same layer name in another organisation', async () => {
    await api().post('/api/v1/layers').set(bearer(other.token)).send({ name: 'Stagiairs' }).expect(201);
  });

  it('refuses an empty name or an out-of-range rank with 400', async () => {
    for (const body of [
      { name: '' },
      { name: 'X', rank: -1 },
      { name: 'X', rank: 1001 },
      { name: 'X', colour: 'red' },
    ]) {
      const response = await api().post('/api/v1/layers').set(bearer(org.token)).send(body).expect(400);
      expect(response.body.code).toBe('validation_failed');
    }
    const [first] = await layers(org.token);
    await api().patch(`/api/v1/layers/${first!.id}`).set(bearer(org.token)).send({}).expect(400);
  });
});

describe('reordering layers', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Volgorde');
  });

  it('gives the layers the ranks of their place in the full list', async () => {
    const before = await layers(org.token);
    const ids = before.map((layer) => layer.id).reverse();
    const response = await api().put('/api/v1/layers/order').set(bearer(org.token)).send({ ids }).expect(200);
    expect(response.body.items.map((layer: Layer) => [layer.id, layer.rank])).toEqual(
      ids.map((id, rank) => [id, rank]),
    );
    expect(names(await layers(org.token))).toEqual([...DEFAULT_LAYERS].reverse());
  });

  it('refuses an incomplete list or unknown ids with 400 invalid_layer_order and keeps the order', async () => {
    const before = await layers(org.token);
    const ids = before.map((layer) => layer.id);
    const [otherLayer] = await layers(other.token);
    for (const attempt of [ids.slice(1), [...ids.slice(1), randomUUID()], [...ids.slice(1), otherLayer!.id]]) {
      const response = await api()
        .put('/api/v1/layers/order')
        .set(bearer(org.token))
        .send({ ids: attempt })
        .expect(400);
      expect(response.body.code).toBe('invalid_layer_order');
    }
    expect(await layers(org.token)).toEqual(before);
  });

  it('refuses a list with an id twice with 400', async () => {
    const ids = (await layers(org.token)).map((layer) => layer.id);
    await api()
      .put('/api/v1/layers/order')
      .set(bearer(org.token))
      .send({ ids: [...ids, ids[0]] })
      .expect(400);
  });
});

describe('deleting layers', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Opruimen');
  });

  it('deletes an unused layer with 204', async () => {
    const created = await api().post('/api/v1/layers').set(bearer(org.token)).send({ name: 'Tijdelijk' }).expect(201);
    await api().delete(`/api/v1/layers/${created.body.id}`).set(bearer(org.token)).expect(204);
    expect(names(await layers(org.token))).toEqual(DEFAULT_LAYERS);
  });

  it('refuses to delete a layer with employees with 409 layer_in_use, and the layer stays', async () => {
    const [, management] = await layers(org.token);
    await employeeIn(org.token, management!.id, '42', 'left');
    const response = await api().delete(`/api/v1/layers/${management!.id}`).set(bearer(org.token)).expect(409);
    expect(response.body.code).toBe('layer_in_use');
    expect((await layers(org.token)).map((layer) => layer.id)).toContain(management!.id);
  });
});

describe('who may change layers', () => {
  it.each(['hr', 'ambassador'] as const)('lets a %s read the layers but answers 403 to every change', async (role) => {
    const org = await signupOrganisation(t.app, `Zorggroep ${role}`);
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role });
    const before = await layers(org.token);
    expect(await layers(token)).toEqual(before);
    const id = before[0]!.id;
    const ids = before.map((layer) => layer.id).reverse();
    for (const response of [
      await api().post('/api/v1/layers').set(bearer(token)).send({ name: 'Nieuw' }),
      await api().patch(`/api/v1/layers/${id}`).set(bearer(token)).send({ name: 'Anders' }),
      await api().put('/api/v1/layers/order').set(bearer(token)).send({ ids }),
      await api().delete(`/api/v1/layers/${id}`).set(bearer(token)),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    expect(await layers(org.token)).toEqual(before);
  });

  it('answers 401 without a token', async () => {
    await api().get('/api/v1/layers').expect(401);
  });

  it('answers a layer of another organisation exactly as a missing one: 404 not_found', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Buur');
    const [foreign] = await layers(other.token);
    for (const call of [
      (id: string) => api().patch(`/api/v1/layers/${id}`).set(bearer(org.token)).send({ name: 'Overgenomen' }),
      (id: string) => api().delete(`/api/v1/layers/${id}`).set(bearer(org.token)),
    ]) {
      const missing = await call(randomUUID());
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('not_found');
      const response = await call(foreign!.id);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect((await layers(other.token))[0]).toEqual(foreign);
  });
});
