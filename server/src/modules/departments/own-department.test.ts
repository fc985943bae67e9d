import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

/** Lists that take a department include the departments below it, unless asked for the department's own people. */
let t: TestApp;
let org: SignedUpOrg;
let parentId: string;
let layerId: string;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Eigen Afdeling');
  const csv = [
    'employee_number,name,department,layer,digital_skill',
    'P1,Ouder Een,Wonen,Zorg en behandeling,high',
    'P2,Ouder Twee,Wonen,Zorg en behandeling,low',
    'C1,Kind Een,Wonen/Linde,Zorg en behandeling,high',
    'C2,Kind Twee,Wonen/Linde,Teamleiding,medium',
  ].join('\n');
  await api()
    .post('/api/v1/employees/import')
    .query({ dryRun: false })
    .set(bearer(org.token))
    .type('text/csv')
    .send(csv)
    .expect(200);
  const departments = await api().get('/api/v1/departments').set(bearer(org.token)).expect(200);
  parentId = departments.body.items.find((d: { path: string }) => d.path === 'Wonen').id;
  const layers = await api().get('/api/v1/layers').set(bearer(org.token)).expect(200);
  layerId = layers.body.items.find((l: { name: string }) => l.name === 'Zorg en behandeling').id;
  const employees = await api().get('/api/v1/employees').set(bearer(org.token)).expect(200);
  for (const number of ['P1', 'C1']) {
    const employeeId = employees.body.items.find((e: { employeeNumber: string }) => e.employeeNumber === number).id;
    await api().post('/api/v1/ambassadors').set(bearer(org.token)).send({ employeeId, source: 'self' }).expect(201);
  }
});
afterAll(() => t.close());

const numbers = (items: { employeeNumber?: string; employee?: { employeeNumber: string } }[]) =>
  items.map((item) => item.employeeNumber ?? item.employee!.employeeNumber).sort();

describe('a department with sub-departments', () => {
  it('lists employees of its whole subtree by default, and only its own with includeSubdepartments=false', async () => {
    const all = await api()
      .get('/api/v1/employees')
      .query({ departmentId: parentId })
      .set(bearer(org.token))
      .expect(200);
    expect(numbers(all.body.items)).toEqual(['C1', 'C2', 'P1', 'P2']);
    const own = await api()
      .get('/api/v1/employees')
      .query({ departmentId: parentId, includeSubdepartments: false })
      .set(bearer(org.token))
      .expect(200);
    expect(numbers(own.body.items)).toEqual(['P1', 'P2']);
    expect(own.body.total).toBe(2);
  });

  it('lists ambassadors the same way', async () => {
    const all = await api()
      .get('/api/v1/ambassadors')
      .query({ departmentId: parentId })
      .set(bearer(org.token))
      .expect(200);
    expect(numbers(all.body.items)).toEqual(['C1', 'P1']);
    const own = await api()
      .get('/api/v1/ambassadors')
      .query({ departmentId: parentId, includeSubdepartments: false })
      .set(bearer(org.token))
      .expect(200);
    expect(numbers(own.body.items)).toEqual(['P1']);
  });

  it('gives the gaps of one cell with a layer and the department’s own cells', async () => {
    const all = await api()
      .get('/api/v1/coverage/gaps')
      .query({ departmentId: parentId })
      .set(bearer(org.token))
      .expect(200);
    // The ambassadors are candidates, not active: every cell with employees is still a gap, the biggest first.
    const cells = all.body.items.map(
      (gap: { departmentPath: string; layerName: string }) => `${gap.departmentPath}|${gap.layerName}`,
    );
    expect(cells[0]).toBe('Wonen|Zorg en behandeling');
    expect([...cells].sort()).toEqual([
      'Wonen / Linde|Teamleiding',
      'Wonen / Linde|Zorg en behandeling',
      'Wonen|Zorg en behandeling',
    ]);
    const cell = await api()
      .get('/api/v1/coverage/gaps')
      .query({ departmentId: parentId, layerId, includeSubdepartments: false })
      .set(bearer(org.token))
      .expect(200);
    expect(cell.body.items).toHaveLength(1);
    expect(cell.body.items[0]).toMatchObject({
      departmentPath: 'Wonen',
      layerName: 'Zorg en behandeling',
      employees: 2,
    });
    expect(cell.body.items[0].suggestions.map((s: { employeeNumber: string }) => s.employeeNumber)).toEqual(['P2']);
  });
});
