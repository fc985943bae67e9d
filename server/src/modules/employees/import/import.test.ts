import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../../test/factories.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));
const CLEAN = fixture('zorggroep-horizon.csv');
const AFAS = fixture('zorggroep-horizon-afas-export.csv');

/** The AFAS file with its three deliberate errors repaired; line numbers are those of the original file. */
function repairedAfas({ keepUnknownLayer = false } = {}): Buffer {
  const lines = AFAS.toString('utf8').split('\r\n');
  lines[22] = lines[22]!.replace('1020;;', '1020;Mehmet van der Meer;');
  if (!keepUnknownLayer) lines[32] = lines[32]!.replace(';Stagiair;', ';Zorg en behandeling;');
  lines.splice(11, 1);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = () => request(t.app.server);
type Query = { dryRun?: boolean; createMissing?: boolean; markMissingAsLeft?: boolean };
const importCsv = (token: string, body: Buffer | string, query: Query = {}) =>
  api().post('/api/v1/employees/import').query(query).set(bearer(token)).set('content-type', 'text/csv').send(body);
const upload = (token: string, file: Buffer, query: Query = {}, filename = 'export.csv') =>
  api().post('/api/v1/employees/import').query(query).set(bearer(token)).attach('file', file, filename);
const get = async (token: string, path: string, query: object = {}) =>
  (await api().get(`/api/v1/${path}`).query(query).set(bearer(token)).expect(200)).body;

type Employee = Record<string, string | null> & { department: { path: string }; layer: { name: string } };
/** Every employee of the organisation, keyed by number, as the fields an import sets. */
async function employeesByNumber(token: string) {
  const items: Employee[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await get(token, 'employees', { limit: 200, offset, sort: 'employeeNumber' });
    items.push(...page.items);
    if (page.nextCursor === null) break;
  }
  return new Map(
    items.map((e) => [
      e.employeeNumber,
      [e.department.path, e.layer.name, e.name, e.email, e.jobTitle, e.location, e.digitalSkill, e.status],
    ]),
  );
}

async function expectNothingWritten(token: string) {
  expect((await get(token, 'employees')).total).toBe(0);
  expect((await get(token, 'departments')).items).toEqual([]);
  expect((await get(token, 'layers')).items).toHaveLength(5);
}

const AFAS_ERRORS = [
  {
    line: 12,
    column: 'employee_number',
    code: 'duplicate_employee_number',
    message: expect.stringContaining('line 7'),
  },
  { line: 23, column: 'name', code: 'required', message: expect.any(String) },
  { line: 33, column: 'layer', code: 'unknown_layer', message: expect.stringContaining('Stagiair') },
];

describe('importing the AFAS export with three errors', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Horizon');
  });

  it('reports exactly the three errors in a dry run and writes nothing', async () => {
    const response = await importCsv(org.token, AFAS, { dryRun: true }).expect(200);
    expect(response.body.dryRun).toBe(true);
    expect(response.body.errors).toEqual(AFAS_ERRORS);
    await expectNothingWritten(org.token);
  });

  it('reports the same errors for the file uploaded as multipart', async () => {
    const response = await upload(org.token, AFAS, { dryRun: true }).expect(200);
    expect(response.body.errors).toEqual(AFAS_ERRORS);
  });

  it('refuses to apply it with 422 import_invalid listing the same errors, and writes nothing', async () => {
    for (const response of [await importCsv(org.token, AFAS), await upload(org.token, AFAS)]) {
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('import_invalid');
      expect(response.body.errors).toEqual(AFAS_ERRORS);
    }
    await expectNothingWritten(org.token);
  });

  it('imports the repaired file: 529 employees in 26 departments, on the 5 existing layers', async () => {
    const response = await importCsv(org.token, repairedAfas()).expect(200);
    expect(response.body).toMatchObject({
      dryRun: false,
      rows: 529,
      created: 529,
      updated: 0,
      unchanged: 0,
      markedLeft: 0,
      createdDepartments: 26,
      createdLayers: 0,
      newLayers: [],
      errors: [],
    });
    expect((await get(org.token, 'employees')).total).toBe(529);
    const departments: { employeeCount: number; parentId: string | null }[] = (await get(org.token, 'departments'))
      .items;
    expect(departments).toHaveLength(26);
    expect(departments.filter((d) => d.employeeCount > 0)).toHaveLength(20);
    const layers: { employeeCount: number }[] = (await get(org.token, 'layers')).items;
    expect(layers.map((layer) => layer.employeeCount)).toEqual([6, 14, 26, 394, 89]);
  });

  it('ends up exactly as the clean file imported into another organisation', async () => {
    const clean = await signupOrganisation(t.app, 'Zorggroep Horizon Schoon');
    const response = await importCsv(clean.token, CLEAN).expect(200);
    expect(response.body).toMatchObject({ created: 529, createdDepartments: 26, createdLayers: 0, errors: [] });
    const fromAfas = await employeesByNumber(org.token);
    expect(fromAfas.size).toBe(529);
    expect(fromAfas).toEqual(await employeesByNumber(clean.token));
  });

  it('creates the unknown layer with createMissing=true', async () => {
    const fresh = await signupOrganisation(t.app, 'Zorggroep Stage');
    const file = repairedAfas({ keepUnknownLayer: true });
    const refused = await importCsv(fresh.token, file, { dryRun: true }).expect(200);
    expect(refused.body.errors).toEqual([AFAS_ERRORS[2]!].map((error) => ({ ...error, line: 32 })));
    const response = await importCsv(fresh.token, file, { createMissing: true }).expect(200);
    expect(response.body).toMatchObject({ created: 529, createdLayers: 1, newLayers: ['Stagiair'], errors: [] });
    const layers: { name: string; rank: number; employeeCount: number }[] = (await get(fresh.token, 'layers')).items;
    expect(layers.at(-1)).toMatchObject({ name: 'Stagiair', rank: 5, employeeCount: 1 });
  });
});

describe('reading the file', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await signupOrganisation(t.app, 'Zorggroep Bestanden');
  });

  it('numbers error lines as they are in the file, counting blank lines and multi-line cells', async () => {
    const csv = [
      'employee_number,name,department,layer',
      '1,Anna,Zorg,Management',
      '',
      '2,"Bert',
      'de Boer",Zorg,Management',
      '3,,Zorg,Management',
      ',,,',
      '4,Dirk,Zorg,Onbekend',
      '2,Bert,Zorg,Management',
    ].join('\n');
    const response = await importCsv(org.token, csv, { dryRun: true }).expect(200);
    expect(response.body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [6, 'required'],
      [8, 'unknown_layer'],
      [9, 'duplicate_employee_number'],
    ]);
    expect(response.body.errors[2].message).toContain('line 4');
  });

  it('refuses a header without a required column with one missing_columns error on line 1', async () => {
    const csv = 'employee_number;name;layer\r\n1;Anna;Management\r\n';
    const expected = [
      { line: 1, column: null, code: 'missing_columns', message: expect.stringContaining('department') },
    ];
    expect((await importCsv(org.token, csv, { dryRun: true }).expect(200)).body.errors).toEqual(expected);
    const applied = await importCsv(org.token, csv).expect(422);
    expect(applied.body).toMatchObject({ code: 'import_invalid', errors: expected });
    await expectNothingWritten(org.token);
  });

  it('refuses a file over 10 MB with 413 payload_too_large, as body and as multipart', async () => {
    const row = '1,Anna van den Berg,anna@example.test,Zorg,Management,Verzorgende,De Linde,low\n';
    const big = Buffer.from(row.repeat(Math.ceil((10 * 1024 * 1024 + 1) / row.length)));
    for (const response of [await importCsv(org.token, big), await upload(org.token, big)]) {
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('payload_too_large');
    }
    await expectNothingWritten(org.token);
  });

  it('answers binary garbage with a 4xx problem, never a 500', async () => {
    const garbage = randomBytes(4096);
    garbage[100] = 0;
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(512)]);
    for (const response of [
      await importCsv(org.token, garbage),
      await api()
        .post('/api/v1/employees/import')
        .set(bearer(org.token))
        .set('content-type', 'application/octet-stream')
        .send(png),
      await api().post('/api/v1/employees/import').set(bearer(org.token)).set('content-type', 'image/png').send(png),
      await upload(org.token, png, {}, 'photo.png'),
    ]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const dryRun = await importCsv(org.token, garbage, { dryRun: true }).expect(200);
    expect(dryRun.body.errors).toEqual([expect.objectContaining({ line: 1, code: 'invalid_file' })]);
    await expectNothingWritten(org.token);
  });

  it('answers an empty body or a multipart form without a file with 400 file_missing', async () => {
    for (const response of [
      await importCsv(org.token, ''),
      await api().post('/api/v1/employees/import').set(bearer(org.token)),
      await api().post('/api/v1/employees/import').set(bearer(org.token)).field('note', 'geen bestand'),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('file_missing');
    }
  });

  it.each(['hr', 'ambassador'] as const)('answers 403 to a %s and imports nothing', async (role) => {
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role });
    for (const response of [await importCsv(token, CLEAN, { dryRun: true }), await upload(token, CLEAN)]) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    await expectNothingWritten(org.token);
  });
});
