import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMBASSADOR_TRANSITIONS, AmbassadorList } from '@ambassador/shared';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import {
  bearer,
  createUser,
  signupOrganisation,
  PASSWORD,
  uniqueEmail,
  type SignedUpOrg,
} from '../../test/factories.ts';
import { hashPassword } from '../auth/secrets.ts';
import { EMPLOYEES_CSV as CSV } from '../training/training.fixtures.ts';
import { insertUser } from '../users/users.repository.ts';

type Employee = { id: string; employeeNumber: string; name: string; departmentId: string; layerId: string };
type Org = SignedUpOrg & {
  employee: (number: string) => Employee;
  departments: Map<string, string>;
  layers: Map<string, string>;
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = () => request(t.app.server);
/** The organisation's day: start and end dates follow its time zone (Europe/Amsterdam), not UTC. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** A new organisation with the eight employees of CSV, imported through the API. */
async function setupOrg(name: string): Promise<Org> {
  const org = await signupOrganisation(t.app, name);
  await api()
    .post('/api/v1/employees/import')
    .query({ dryRun: false })
    .set(bearer(org.token))
    .set('content-type', 'text/csv')
    .send(CSV)
    .expect(200);
  const get = async (path: string) => (await api().get(path).set(bearer(org.token)).expect(200)).body.items;
  const employees: Employee[] = await get('/api/v1/employees?limit=200');
  const byNumber = new Map(employees.map((e) => [e.employeeNumber, e]));
  const departments: { id: string; path: string }[] = await get('/api/v1/departments');
  const layers: { id: string; name: string }[] = await get('/api/v1/layers');
  return {
    ...org,
    employee: (number) => byNumber.get(number)!,
    departments: new Map(departments.map((d) => [d.path, d.id])),
    layers: new Map(layers.map((l) => [l.name, l.id])),
  };
}

const post = (token: string, body: object) => api().post('/api/v1/ambassadors').set(bearer(token)).send(body);
const patch = (token: string, id: string, body: object) =>
  api().patch(`/api/v1/ambassadors/${id}`).set(bearer(token)).send(body);
const getOne = (token: string, id: string) => api().get(`/api/v1/ambassadors/${id}`).set(bearer(token));
const list = (token: string, query: Record<string, string> = {}) =>
  api().get('/api/v1/ambassadors').query(query).set(bearer(token));
const make = async (org: Org, number: string, body: object = {}) =>
  (await post(org.token, { employeeId: org.employee(number).id, source: 'recruited', ...body }).expect(201)).body;

describe('creating an ambassador', () => {
  let org: Org;
  let other: Org;
  beforeAll(async () => {
    [org, other] = [await setupOrg('Zorggroep Ambassadeurs'), await setupOrg('Zorggroep Elders')];
  });

  it('starts as candidate with one history entry by the admin who created her', async () => {
    const created = await post(org.token, {
      employeeId: org.employee('E01').id,
      source: 'nominated',
      nominatedBy: org.employee('E02').id,
      roles: ['trainer', 'digital_buddy'],
      motivation: '  Ik help collega’s graag  ',
      hoursPerMonth: 4,
      managerConsent: true,
      managerConsentDate: '2025-01-15',
    }).expect(201);
    expect(created.body).toMatchObject({
      employeeId: org.employee('E01').id,
      employee: {
        id: org.employee('E01').id,
        employeeNumber: 'E01',
        name: 'Anna Beuk',
        department: { name: 'Afdeling Beuk', path: 'Wonen en Zorg / De Linde / Afdeling Beuk' },
        layer: { id: org.layers.get('Zorg en behandeling'), name: 'Zorg en behandeling' },
      },
      status: 'candidate',
      roles: ['trainer', 'digital_buddy'],
      source: 'nominated',
      nominatedBy: { id: org.employee('E02').id, name: 'Bram Beuk' },
      motivation: 'Ik help collega’s graag',
      hoursPerMonth: 4,
      managerConsent: true,
      managerConsentDate: '2025-01-15',
      startDate: null,
      endDate: null,
      employeeLeft: false,
      allowedTransitions: [...AMBASSADOR_TRANSITIONS.candidate],
    });
    expect(created.body.history).toEqual([
      {
        id: expect.any(String),
        from: null,
        to: 'candidate',
        note: null,
        changedAt: expect.any(String),
        changedBy: { id: org.user.id, name: org.user.name },
      },
    ]);
    expect((await getOne(org.token, created.body.id).expect(200)).body).toEqual(created.body);
  });

  it('starts with another initial status when asked: active sets the start date to today', async () => {
    const created = await make(org, 'E03', { status: 'active' });
    expect(created).toMatchObject({ status: 'active', startDate: today(), endDate: null, roles: [] });
    expect(created.history.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([[null, 'active']]);
  });

  it('refuses a second ambassador record for the same employee with 409 already_ambassador', async () => {
    const response = await post(org.token, { employeeId: org.employee('E01').id, source: 'self' }).expect(409);
    expect(response.body.code).toBe('already_ambassador');
    expect((await list(org.token).expect(200)).body.total).toBe(2);
  });

  it('refuses an employee of another organisation or an unknown one as 400 on employeeId or nominatedBy', async () => {
    for (const employeeId of [other.employee('E04').id, randomUUID()]) {
      const response = await post(org.token, { employeeId, source: 'self' }).expect(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([{ field: 'employeeId', code: 'not_found', message: expect.any(String) }]);
    }
    const nominated = {
      employeeId: org.employee('E04').id,
      source: 'nominated',
      nominatedBy: other.employee('E01').id,
    };
    expect((await post(org.token, nominated).expect(400)).body.errors).toEqual([
      { field: 'nominatedBy', code: 'not_found', message: expect.any(String) },
    ]);
    expect((await list(other.token).expect(200)).body.total).toBe(0);
  });

  it('refuses bad input: unknown role, too many hours, unknown property, no source', async () => {
    const employeeId = org.employee('E04').id;
    for (const body of [
      { employeeId, source: 'self', roles: ['mascot'] },
      { employeeId, source: 'self', hoursPerMonth: 161 },
      { employeeId, source: 'self', salary: 1 },
      { employeeId },
    ]) {
      expect((await post(org.token, body).expect(400)).body.code).toBe('validation_failed');
    }
    expect((await list(org.token).expect(200)).body.total).toBe(2);
  });
});

describe('listing ambassadors', () => {
  let org: Org;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    org = await setupOrg('Zorggroep Lijst');
    ids.set('E01', (await make(org, 'E01', { status: 'active', roles: ['trainer'] })).id);
    ids.set('E02', (await make(org, 'E02', { roles: ['trainer', 'content'] })).id);
    ids.set('E03', (await make(org, 'E03', { status: 'paused' })).id);
    ids.set('E04', (await make(org, 'E04', { status: 'active' })).id);
    ids.set('E06', (await make(org, 'E06', { roles: ['sounding_board'] })).id);
  });
  const numbers = async (query: Record<string, string>) =>
    ((await list(org.token, query).expect(200)).body.items as { employee: { employeeNumber: string } }[])
      .map((item) => item.employee.employeeNumber)
      .sort();

  it('embeds each employee with department path and layer', async () => {
    const { body } = await list(org.token).expect(200);
    expect(body.total).toBe(5);
    const eik = body.items.find((item: { id: string }) => item.id === ids.get('E03'));
    expect(eik.employee).toMatchObject({
      id: org.employee('E03').id,
      name: 'Cor Eik',
      department: { id: org.departments.get('Wonen en Zorg / De Linde / Afdeling Eik'), name: 'Afdeling Eik' },
      layer: { id: org.layers.get('Zorg en behandeling'), name: 'Zorg en behandeling' },
    });
    expect(eik.employee.department.path).toBe('Wonen en Zorg / De Linde / Afdeling Eik');
  });

  it('filters by status, role, department subtree, layer and name', async () => {
    expect(await numbers({ status: 'active' })).toEqual(['E01', 'E04']);
    expect(await numbers({ status: 'declined' })).toEqual([]);
    expect(await numbers({ role: 'trainer' })).toEqual(['E01', 'E02']);
    expect(await numbers({ departmentId: org.departments.get('Wonen en Zorg / De Linde')! })).toEqual([
      'E01',
      'E02',
      'E03',
    ]);
    expect(await numbers({ departmentId: org.departments.get('Wonen en Zorg')! })).toEqual([
      'E01',
      'E02',
      'E03',
      'E04',
    ]);
    expect(await numbers({ layerId: org.layers.get('Zorg en behandeling')! })).toEqual(['E01', 'E03', 'E04']);
    expect(await numbers({ q: 'beuk' })).toEqual(['E01', 'E02']);
    expect(await numbers({ q: 'E06' })).toEqual(['E06']);
    expect(await numbers({ status: 'active', layerId: org.layers.get('Zorg en behandeling')!, q: 'rivier' })).toEqual([
      'E04',
    ]);
  });

  it('refuses a bad filter with 400', async () => {
    const queries: Record<string, string>[] = [
      { status: 'retired' },
      { role: 'mascot' },
      { departmentId: 'abc' },
      { limit: '201' },
    ];
    for (const query of queries) {
      expect((await list(org.token, query).expect(400)).body.code).toBe('validation_failed');
    }
  });

  it('splits the employees with isAmbassador=true and false', async () => {
    const employees = async (isAmbassador?: string) =>
      (
        (await api().get('/api/v1/employees').query({ isAmbassador, limit: 200 }).set(bearer(org.token)).expect(200))
          .body.items as Employee[]
      )
        .map((e) => e.employeeNumber)
        .sort();
    expect(await employees('true')).toEqual(['E01', 'E02', 'E03', 'E04', 'E06']);
    expect(await employees('false')).toEqual(['E05', 'E07', 'E08']);
    expect(await employees()).toHaveLength(8);
  });
});

describe('who may see and change ambassadors', () => {
  let org: Org;
  let other: Org;
  let own: { id: string };
  let colleague: { id: string };
  let foreign: { id: string };
  let hr: string;
  let ambassador: string;
  beforeAll(async () => {
    [org, other] = [await setupOrg('Zorggroep Toegang'), await setupOrg('Zorggroep Buiten')];
    own = await make(org, 'E01', { status: 'active', roles: ['trainer'], hoursPerMonth: 2 });
    colleague = await make(org, 'E02');
    foreign = await make(other, 'E01');
    hr = (await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' })).token;
    const user = await insertUser({
      db: t.app.db,
      organisationId: org.organisation.id,
      user: {
        email: uniqueEmail('anna'),
        name: 'Anna Beuk',
        role: 'ambassador',
        status: 'active',
        passwordHash: await hashPassword(PASSWORD),
        employeeId: org.employee('E01').id,
      },
    });
    ambassador = t.app.jwt.sign({ sub: user.id, org: org.organisation.id, role: 'ambassador' });
  });

  it('lets hr read the list and a record, but not create or change one', async () => {
    expect((await list(hr).expect(200)).body.total).toBe(2);
    expect((await getOne(hr, own.id).expect(200)).body.id).toBe(own.id);
    expect((await post(hr, { employeeId: org.employee('E03').id, source: 'self' }).expect(403)).body.code).toBe(
      'forbidden',
    );
    await patch(hr, own.id, { status: 'paused' }).expect(403);
    await patch(hr, own.id, { motivation: 'x' }).expect(403);
    expect((await getOne(org.token, own.id).expect(200)).body).toMatchObject({ status: 'active', motivation: null });
  });

  it('lets an ambassador read her own record and change her motivation and hours', async () => {
    expect((await getOne(ambassador, own.id).expect(200)).body.employee.id).toBe(org.employee('E01').id);
    const response = await patch(ambassador, own.id, { motivation: 'Ik wil helpen', hoursPerMonth: 6 }).expect(200);
    expect(response.body).toMatchObject({ motivation: 'Ik wil helpen', hoursPerMonth: 6, status: 'active' });
    expect(response.body.history).toHaveLength(1);
  });

  it('refuses an ambassador changing her own status or roles', async () => {
    await patch(ambassador, own.id, { status: 'paused' }).expect(403);
    await patch(ambassador, own.id, { roles: ['content'] }).expect(403);
    await patch(ambassador, own.id, { motivation: 'ok', roles: ['content'] }).expect(403);
    await post(ambassador, { employeeId: org.employee('E05').id, source: 'self' }).expect(403);
    expect((await getOne(org.token, own.id).expect(200)).body).toMatchObject({
      status: 'active',
      roles: ['trainer'],
      motivation: 'Ik wil helpen',
    });
  });

  it("refuses an ambassador reading or changing another ambassador's record", async () => {
    await getOne(ambassador, colleague.id).expect(403);
    await patch(ambassador, colleague.id, { motivation: 'Overgenomen' }).expect(403);
    const unlinked = (await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' })).token;
    await getOne(unlinked, own.id).expect(403);
    await patch(unlinked, own.id, { motivation: 'Overgenomen' }).expect(403);
    expect((await getOne(org.token, colleague.id).expect(200)).body.motivation).toBeNull();
  });

  it('shows the linked employee and ambassador record in GET /me', async () => {
    const { body } = await api().get('/api/v1/me').set(bearer(ambassador)).expect(200);
    expect(body.employee).toEqual({ id: org.employee('E01').id, name: 'Anna Beuk' });
    expect(body.ambassador).toEqual({ id: own.id, status: 'active' });
  });

  it('lists her colleagues to an ambassador with only name, department, layer, roles and status', async () => {
    const cor = await make(org, 'E03', {
      status: 'active',
      roles: ['content', 'trainer'],
      source: 'nominated',
      nominatedBy: org.employee('E04').id,
      motivation: 'Motivatie van Cor',
      notes: 'Alleen voor beheer: Cor',
      hoursPerMonth: 8,
      managerConsent: true,
      managerConsentDate: '2024-02-01',
    });
    const { body } = await list(ambassador).expect(200);
    expect(body.total).toBe(3);
    const item = body.items.find((i: { id: string }) => i.id === cor.id);
    expect(item).toEqual({
      id: cor.id,
      employeeId: org.employee('E03').id,
      employee: {
        id: org.employee('E03').id,
        name: 'Cor Eik',
        department: {
          id: org.departments.get('Wonen en Zorg / De Linde / Afdeling Eik'),
          name: 'Afdeling Eik',
          path: 'Wonen en Zorg / De Linde / Afdeling Eik',
        },
        layer: { id: org.layers.get('Zorg en behandeling'), name: 'Zorg en behandeling' },
      },
      status: 'active',
      roles: ['content', 'trainer'],
    });
    expect(body.items.find((i: { id: string }) => i.id === colleague.id)).not.toHaveProperty('notes');
    // The filters still work on what she may see.
    expect((await list(ambassador, { role: 'content' }).expect(200)).body.items).toEqual([item]);
    for (const token of [org.token, hr]) {
      const full = (await list(token).expect(200)).body.items.find((i: { id: string }) => i.id === cor.id);
      expect(full).toMatchObject({
        notes: 'Alleen voor beheer: Cor',
        motivation: 'Motivatie van Cor',
        hoursPerMonth: 8,
      });
    }
  });

  it('lists her own record to an ambassador in full, as its detail gives it to her', async () => {
    const { history: _history, ...detail } = (await getOne(ambassador, own.id).expect(200)).body;
    const { body } = await list(ambassador).expect(200);
    expect(body.items.find((i: { id: string }) => i.id === own.id)).toEqual(detail);
    expect(detail).toMatchObject({ motivation: 'Ik wil helpen', hoursPerMonth: 6, source: 'recruited' });
  });

  it('lists every record as a summary to an ambassador user linked to no employee', async () => {
    const unlinked = (await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' })).token;
    const { body } = await list(unlinked).expect(200);
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(['employee', 'employeeId', 'id', 'roles', 'status']);
      expect(Object.keys(item.employee).sort()).toEqual(['department', 'id', 'layer', 'name']);
    }
  });

  it('answers a record of another organisation exactly as a missing one', async () => {
    const missing = await getOne(org.token, randomUUID()).expect(404);
    const foreignGet = await getOne(org.token, foreign.id).expect(404);
    expect(foreignGet.body).toEqual(missing.body);
    const foreignPatch = await patch(org.token, foreign.id, { status: 'invited' }).expect(404);
    expect(foreignPatch.body).toEqual((await patch(org.token, randomUUID(), { status: 'invited' }).expect(404)).body);
    await getOne(ambassador, foreign.id).expect(404);
    expect((await getOne(other.token, foreign.id).expect(200)).body.status).toBe('candidate');
  });
});

describe('the list response schema', () => {
  it('writes a summary item with the summary fields only, whatever else the object holds', async () => {
    const id = randomUUID();
    const summary = {
      id,
      employeeId: id,
      employee: {
        id,
        name: 'Cor Eik',
        department: { id, name: 'Afdeling Eik', path: 'Wonen en Zorg / De Linde / Afdeling Eik' },
        layer: { id, name: 'Zorg en behandeling' },
      },
      status: 'active',
      roles: ['trainer'],
    };
    const app = Fastify();
    app.get('/', { schema: { response: { 200: AmbassadorList } } }, async () => ({
      items: [{ ...summary, employee: { ...summary.employee, jobTitle: 'Verpleegkundige' }, notes: 'Alleen beheer' }],
      total: 1,
      nextCursor: null,
    }));
    try {
      expect((await app.inject('/')).json().items).toEqual([summary]);
    } finally {
      await app.close();
    }
  });
});
