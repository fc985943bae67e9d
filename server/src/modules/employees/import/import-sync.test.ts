import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../../test/factories.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));
const CLEAN = fixture('zorggroep-horizon.csv');
const AFAS = fixture('zorggroep-horizon-afas-export.csv');
const CLEAN_LINES = CLEAN.toString('utf8').trimEnd().split('\n');

/** The AFAS file with its three deliberate errors repaired (see import.test.ts). */
function repairedAfas(): Buffer {
  const lines = AFAS.toString('utf8').split('\r\n');
  lines[22] = lines[22]!.replace('1020;;', '1020;Mehmet van der Meer;');
  lines[32] = lines[32]!.replace(';Stagiair;', ';Zorg en behandeling;');
  lines.splice(11, 1);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** The clean file without the employees of the given numbers. */
const cleanWithout = (...numbers: string[]) =>
  CLEAN_LINES.filter((line) => !numbers.some((n) => line.startsWith(`${n},`))).join('\n');

let t: TestApp;
let org: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Horizon');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
type Query = { dryRun?: boolean; createMissing?: boolean; markMissingAsLeft?: boolean };
const importCsv = (token: string, body: Buffer | string, query: Query = {}) =>
  api().post('/api/v1/employees/import').query(query).set(bearer(token)).set('content-type', 'text/csv').send(body);
const get = async (token: string, path: string, query: object = {}) =>
  (await api().get(`/api/v1/${path}`).query(query).set(bearer(token)).expect(200)).body;
const employee = async (token: string, employeeNumber: string) => {
  const { items } = await get(token, 'employees', { q: employeeNumber });
  return items.find((e: { employeeNumber: string }) => e.employeeNumber === employeeNumber);
};
const unchangedResult = { created: 0, updated: 0, unchanged: 529, markedLeft: 0, createdDepartments: 0, errors: [] };

/** Everything an import can change, to compare before and after. */
async function snapshot(token: string) {
  const pages = [];
  for (let offset = 0; ; offset += 200) {
    const page = await get(token, 'employees', { limit: 200, offset, sort: 'employeeNumber' });
    pages.push(...page.items);
    if (page.nextCursor === null) break;
  }
  return { employees: pages, departments: await get(token, 'departments'), layers: await get(token, 'layers') };
}

describe('importing the same data again', () => {
  it('reports every employee unchanged for the same file, the other format and the export', async () => {
    expect((await importCsv(org.token, repairedAfas()).expect(200)).body.created).toBe(529);
    const before = await snapshot(org.token);
    expect((await importCsv(org.token, repairedAfas()).expect(200)).body).toMatchObject(unchangedResult);
    expect((await importCsv(org.token, CLEAN).expect(200)).body).toMatchObject(unchangedResult);

    const exported = await api()
      .get('/api/v1/employees/export.csv')
      .set(bearer(org.token))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((await importCsv(org.token, exported.body as Buffer).expect(200)).body).toMatchObject(unchangedResult);
    expect(await snapshot(org.token)).toEqual(before);
  });
});

describe('importing changes', () => {
  it('updates an employee whose job title changed, and only that one', async () => {
    const line = CLEAN_LINES.find((l) => l.startsWith('1100,'))!;
    const jobTitle = line.split(',')[5]!;
    const changed = CLEAN_LINES.map((l) => (l === line ? l.replace(`,${jobTitle},`, ',Praktijkopleider,') : l));
    const response = await importCsv(org.token, changed.join('\n')).expect(200);
    expect(response.body).toMatchObject({ created: 0, updated: 1, unchanged: 528 });
    expect((await employee(org.token, '1100')).jobTitle).toBe('Praktijkopleider');
    await importCsv(org.token, CLEAN).expect(200);
    expect((await employee(org.token, '1100')).jobTitle).toBe(jobTitle);
  });

  it('makes an employee who had left and is in the file again active', async () => {
    const leaver = await employee(org.token, '1200');
    await api().patch(`/api/v1/employees/${leaver.id}`).set(bearer(org.token)).send({ status: 'left' }).expect(200);
    const response = await importCsv(org.token, CLEAN).expect(200);
    expect(response.body).toMatchObject({ created: 0, updated: 1, unchanged: 528, markedLeft: 0 });
    expect((await employee(org.token, '1200')).status).toBe('active');
  });
});

describe('employees missing from the file', () => {
  it('are left alone without markMissingAsLeft', async () => {
    const response = await importCsv(org.token, cleanWithout('1300', '1301')).expect(200);
    expect(response.body).toMatchObject({ unchanged: 527, markedLeft: 0 });
    expect((await get(org.token, 'employees', { status: 'left' })).total).toBe(0);
  });

  it('are only counted in a dry run with markMissingAsLeft', async () => {
    const before = await snapshot(org.token);
    const response = await importCsv(org.token, cleanWithout('1300', '1301'), {
      dryRun: true,
      markMissingAsLeft: true,
    }).expect(200);
    expect(response.body).toMatchObject({ dryRun: true, unchanged: 527, markedLeft: 2, errors: [] });
    expect(await snapshot(org.token)).toEqual(before);
  });

  it('are marked as left with markMissingAsLeft, and stay listed with status left', async () => {
    const response = await importCsv(org.token, cleanWithout('1300', '1301'), { markMissingAsLeft: true }).expect(200);
    expect(response.body).toMatchObject({ created: 0, updated: 0, unchanged: 527, markedLeft: 2 });
    const left = await get(org.token, 'employees', { status: 'left', sort: 'employeeNumber' });
    expect(left.items.map((e: { employeeNumber: string }) => e.employeeNumber)).toEqual(['1300', '1301']);
    expect((await get(org.token, 'employees', { status: 'active' })).total).toBe(527);

    const again = await importCsv(org.token, cleanWithout('1300', '1301'), { markMissingAsLeft: true }).expect(200);
    expect(again.body).toMatchObject({ unchanged: 527, markedLeft: 0 });
    expect((await importCsv(org.token, CLEAN).expect(200)).body).toMatchObject({ updated: 2, unchanged: 527 });
  });
});

describe('a failing import', () => {
  it('leaves employees, departments and layers exactly as they were', async () => {
    const before = await snapshot(org.token);
    const broken = `${cleanWithout('1400')}\n9999,Nieuw Persoon,,Nieuwe afdeling,Onbekende laag,,,\n`;
    const response = await importCsv(org.token, broken, { markMissingAsLeft: true }).expect(422);
    expect(response.body.code).toBe('import_invalid');
    expect(response.body.errors).toEqual([expect.objectContaining({ line: 530, code: 'unknown_layer' })]);
    expect(await importCsv(org.token, AFAS, { createMissing: true, markMissingAsLeft: true })).toHaveProperty(
      'status',
      422,
    );
    expect(await snapshot(org.token)).toEqual(before);
  });
});

describe('organisations importing the same employee numbers', () => {
  it('keep their employees apart', async () => {
    const mine = await signupOrganisation(t.app, 'Zorggroep Een');
    const theirs = await signupOrganisation(t.app, 'Zorggroep Twee');
    const file = (name: string) =>
      `employee_number,name,department,layer\n1,${name} A,Zorg,Management\n2,${name} B,Zorg,Management\n`;
    expect((await importCsv(mine.token, file('Mijn')).expect(200)).body.created).toBe(2);
    const response = await importCsv(theirs.token, file('Hun'), { markMissingAsLeft: true }).expect(200);
    expect(response.body).toMatchObject({ created: 2, updated: 0, markedLeft: 0 });
    await importCsv(theirs.token, 'employee_number,name,department,layer\n3,X,Zorg,Management\n', {
      markMissingAsLeft: true,
    }).expect(200);

    const names = async (token: string) =>
      (await get(token, 'employees', { sort: 'employeeNumber' })).items.map(
        (e: { name: string; status: string }) => `${e.name}:${e.status}`,
      );
    expect(await names(mine.token)).toEqual(['Mijn A:active', 'Mijn B:active']);
    expect(await names(theirs.token)).toEqual(['Hun A:left', 'Hun B:left', 'X:active']);
    expect((await get(org.token, 'employees')).total).toBe(529);
  });
});
