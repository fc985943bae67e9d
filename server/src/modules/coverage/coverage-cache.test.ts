import { sql } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { appPool, fromPool, type Database } from '../../db/client.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { testConfig } from '../../test/test-app.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { CoverageCache } from './coverage-cache.ts';
import { coverage } from './coverage.service.ts';

/**
 * GET /coverage is served from each instance's cache while the organisation's coverage version stands. Two app
 * instances (on PostgreSQL each with its own pool, like two processes), each with its own cache: after every kind of
 * write that changes coverage, made through either instance, through SCIM or straight in SQL, the very next read on
 * both instances equals the coverage computed afresh, and differs from the answer before the write.
 */

const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const SCIM_ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const SCIM_OWN = 'urn:ambassador:params:scim:schemas:extension:2.0:User';

let database: Database;
let second: Database;
let drop: () => Promise<void>;
let instances: [App, App];
let org: SignedUpOrg;
let scimSecret: string;
const ids = { department: '', layer: '', otherLayer: '', employee: '', ambassador: '' };

beforeAll(async () => {
  const made = await createTestDatabase();
  ({ database, drop } = made);
  second = made.url ? fromPool(appPool({ connectionString: made.url, max: 3 })) : database;
  const config = testConfig();
  instances = [
    await buildApp({ config, database, logger: false }),
    await buildApp({ config, database: second, logger: false }),
  ];
  await Promise.all(instances.map((app) => app.ready()));
  org = await signupOrganisation(instances[0], 'Zorggroep Kortgeheugen');
  const [first] = instances;
  ids.department = (await write(first, 'post', '/departments', { name: 'Wijkzorg' })).id;
  const layers = (await request(first.server).get('/api/v1/layers').set(bearer(org.token)).expect(200)).body.items;
  [ids.layer, ids.otherLayer] = [layers[0].id, layers[1].id];
  scimSecret = (await write(first, 'post', '/scim-tokens', { name: 'Koppeling' })).secret;
});
afterAll(async () => {
  await Promise.all(instances.map((app) => app.close()));
  if (second !== database) await second.close();
  await drop();
});

async function write(app: App, method: 'post' | 'patch' | 'put' | 'delete', path: string, body?: object) {
  const response = await request(app.server)[method](`/api/v1${path}`).set(bearer(org.token)).send(body);
  expect(response.status, `${method.toUpperCase()} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
  return response.body;
}

const read = async (app: App) =>
  (await request(app.server).get('/api/v1/coverage').set(bearer(org.token)).expect(200)).body as object;

/** The coverage computed now, without any cache, as the route's JSON would carry it. */
const afresh = async () =>
  JSON.parse(JSON.stringify(await coverage({ db: database.db, organisationId: org.organisation.id }))) as object;

/** Both instances have read (and kept) the coverage; the write then runs; both read again. */
async function expectVisibleNextRead(change: () => Promise<unknown>) {
  const before = await read(instances[0]);
  expect(await read(instances[1])).toEqual(before);
  await change();
  const expected = await afresh();
  expect(expected, 'the write changes coverage').not.toEqual(before);
  expect(await read(instances[0])).toEqual(expected);
  expect(await read(instances[1])).toEqual(expected);
}

describe('the coverage cache', () => {
  it('serves the kept answer while nothing changes, identical to one computed afresh', async () => {
    const first = await read(instances[0]);
    expect(await read(instances[0])).toEqual(first);
    expect(first).toEqual(await afresh());
  });

  it('shows a new employee on both instances at the next read', async () => {
    await expectVisibleNextRead(async () => {
      ids.employee = (
        await write(instances[0], 'post', '/employees', {
          employeeNumber: 'K-1',
          name: 'Kim Kort',
          departmentId: ids.department,
          layerId: ids.layer,
        })
      ).id;
    });
  });

  it('shows an employee moved to another layer, and one who left', async () => {
    await expectVisibleNextRead(() =>
      write(instances[1], 'patch', `/employees/${ids.employee}`, { layerId: ids.otherLayer }),
    );
    const other = await write(instances[0], 'post', '/employees', {
      employeeNumber: 'K-2',
      name: 'Kees Kort',
      departmentId: ids.department,
      layerId: ids.layer,
    });
    await expectVisibleNextRead(() => write(instances[0], 'patch', `/employees/${other.id}`, { status: 'left' }));
  });

  it('shows an ambassador once she is active', async () => {
    ids.ambassador = (
      await write(instances[1], 'post', '/ambassadors', { employeeId: ids.employee, source: 'self' })
    ).id;
    await write(instances[1], 'patch', `/ambassadors/${ids.ambassador}`, { status: 'onboarding' });
    await expectVisibleNextRead(() =>
      write(instances[0], 'patch', `/ambassadors/${ids.ambassador}`, { status: 'active' }),
    );
  });

  it('shows departments added, renamed and removed', async () => {
    let added = '';
    await expectVisibleNextRead(async () => {
      added = (await write(instances[0], 'post', '/departments', { name: 'Thuiszorg', parentId: ids.department })).id;
    });
    await expectVisibleNextRead(() =>
      write(instances[1], 'patch', `/departments/${added}`, { name: 'Thuiszorg Oost' }),
    );
    await expectVisibleNextRead(() => write(instances[0], 'delete', `/departments/${added}`));
  });

  it('shows layers added, renamed, reordered and removed', async () => {
    let added = '';
    await expectVisibleNextRead(async () => {
      added = (await write(instances[1], 'post', '/layers', { name: 'Stagiairs' })).id;
    });
    await expectVisibleNextRead(() => write(instances[0], 'patch', `/layers/${added}`, { name: 'Leerlingen' }));
    const order = (await read(instances[0])) as { layers: { id: string }[] };
    await expectVisibleNextRead(() =>
      write(instances[1], 'put', '/layers/order', { ids: order.layers.map((layer) => layer.id).reverse() }),
    );
    await expectVisibleNextRead(() => write(instances[0], 'delete', `/layers/${added}`));
  });

  it('shows a new coverage target', async () => {
    await expectVisibleNextRead(() =>
      write(instances[1], 'patch', '/organisation', { coverageTarget: { perEmployees: 50, minPerCell: 2 } }),
    );
  });

  it('shows employees of an import and of SCIM', async () => {
    await expectVisibleNextRead(async () => {
      const csv = 'employee_number,name,department,layer\nK-3,Karin Kort,Wijkzorg,' + (await layerName(ids.layer));
      const response = await request(instances[0].server)
        .post('/api/v1/employees/import')
        .set(bearer(org.token))
        .set('content-type', 'text/csv')
        .send(csv);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.created).toBe(1);
    });
    await expectVisibleNextRead(async () => {
      const response = await request(instances[1].server)
        .post('/api/v1/scim/v2/Users')
        .set(bearer(scimSecret))
        .set('content-type', 'application/scim+json')
        .send({
          schemas: [SCIM_USER, SCIM_ENTERPRISE, SCIM_OWN],
          userName: 'koen.kort@kortgeheugen.example',
          externalId: 'kort-4',
          name: { givenName: 'Koen', familyName: 'Kort' },
          active: true,
          [SCIM_ENTERPRISE]: { employeeNumber: 'K-4', department: 'Wijkzorg' },
          [SCIM_OWN]: { layer: await layerName(ids.layer) },
        });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    });
  });

  it('shows a change made straight in the database, past every service', async () => {
    await expectVisibleNextRead(() =>
      database.db.execute(sql`update employees set layer_id = ${ids.layer} where id = ${ids.employee}`),
    );
  });

  it('shows a renamed department in the employee lists of both instances at the next read', async () => {
    const paths = async (app: App) =>
      (
        (await request(app.server).get('/api/v1/employees').set(bearer(org.token)).expect(200)).body.items as {
          department: { path: string };
        }[]
      ).map((employee) => employee.department.path);
    for (const app of instances) expect(await paths(app)).toContain('Wijkzorg');
    await database.db.execute(sql`update departments set name = 'Wijkzorg Noord' where id = ${ids.department}`);
    for (const app of instances) {
      const after = await paths(app);
      expect(after).toContain('Wijkzorg Noord');
      expect(after).not.toContain('Wijkzorg');
    }
  });

  it('keeps nothing a transaction computed after writing, so a rollback leaves no trace', async () => {
    const cache = new CoverageCache();
    const scope = { organisationId: org.organisation.id, cache };
    const before = await coverage({ ...scope, db: database.db });
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update employees set status = 'left' where id = ${ids.employee}`);
        const inside = await coverage({ ...scope, db: tx });
        expect(inside.totals.employees).toBe(before.totals.employees - 1);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await coverage({ ...scope, db: database.db })).toEqual(before);
  });
});

async function layerName(id: string): Promise<string> {
  const { layers } = (await read(instances[0])) as { layers: { id: string; name: string }[] };
  return layers.find((layer) => layer.id === id)!.name;
}
