import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../../test/factories.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NL_HEADER = 'Personeelsnummer;Naam;E-mailadres;Afdeling;Laag;Functie;Locatie;Digitale vaardigheid';
const EN_HEADER = 'employee_number;name;email;department;layer;job_title;location;digital_skill';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = () => request(t.app.server);

/** The export as the raw bytes on the wire, so that the BOM and line endings can be checked. */
const exportCsv = (token: string) =>
  api()
    .get('/api/v1/employees/export.csv')
    .set(bearer(token))
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
const lines = (csv: Buffer) => csv.subarray(BOM.length).toString('utf8').split('\r\n');

/** An organisation with a small tree and employees, one of whom has left, and cells that look like formulas. */
async function organisationWithEmployees(name: string) {
  const org = await signupOrganisation(t.app, name);
  const post = (path: string, body: object) =>
    api().post(`/api/v1/${path}`).set(bearer(org.token)).send(body).expect(201);
  const root = (await post('departments', { name: 'Wonen en Zorg' })).body.id;
  const child = (await post('departments', { name: 'De Linde', parentId: root })).body.id;
  const layers = (await api().get('/api/v1/layers').set(bearer(org.token)).expect(200)).body.items;
  const employee = (employeeNumber: string, extra: object = {}) =>
    post('employees', {
      employeeNumber,
      name: `Medewerker ${employeeNumber}`,
      departmentId: child,
      layerId: layers[3].id,
      ...extra,
    });
  await employee('1001', {
    name: 'Anna van den Berg',
    email: 'anna@horizon.example',
    jobTitle: 'Verzorgende IG',
    location: 'De Linde',
    digitalSkill: 'high',
  });
  await employee('1002', { name: '=SUM(A1)', jobTitle: '-teamleider', location: '+31 kantoor' });
  await employee('1003', { name: '@Bram', location: 'Huis; "de Tuin"' });
  const leaver = await employee('1004', { name: 'Vertrokken Collega' });
  await api().patch(`/api/v1/employees/${leaver.body.id}`).set(bearer(org.token)).send({ status: 'left' }).expect(200);
  return org;
}

describe('exporting employees', () => {
  let org: SignedUpOrg;
  beforeAll(async () => {
    org = await organisationWithEmployees('Zorggroep Export');
  });

  it('writes a ;-separated UTF-8 CSV with BOM, CRLF and Dutch headers for a Dutch organisation', async () => {
    const response = await exportCsv(org.token).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="medewerkers-zorggroep-export-/);
    const csv = response.body as Buffer;
    expect(csv.subarray(0, 3)).toEqual(BOM);
    expect(csv.toString('utf8')).not.toMatch(/[^\r]\n/);
    const [header, anna] = lines(csv);
    expect(header).toBe(NL_HEADER);
    expect(anna).toBe(
      '1001;Anna van den Berg;anna@horizon.example;Wonen en Zorg/De Linde;Zorg en behandeling;' +
        'Verzorgende IG;De Linde;high',
    );
  });

  it('leaves out employees who have left', async () => {
    const rows = lines((await exportCsv(org.token).expect(200)).body);
    expect(rows.filter((row) => row !== '').map((row) => row.split(';')[0])).toEqual([
      'Personeelsnummer',
      '1001',
      '1002',
      '1003',
    ]);
  });

  it('prefixes cells that start with =, +, - or @ with a quote', async () => {
    const rows = lines((await exportCsv(org.token).expect(200)).body);
    expect(rows[2]).toBe("1002;'=SUM(A1);;Wonen en Zorg/De Linde;Zorg en behandeling;'-teamleider;'+31 kantoor;");
    expect(rows[3]).toBe(`1003;'@Bram;;Wonen en Zorg/De Linde;Zorg en behandeling;;"Huis; ""de Tuin""";`);
  });

  it('imports back unchanged, formula-like cells included', async () => {
    const before = (await api().get('/api/v1/employees').set(bearer(org.token)).expect(200)).body;
    const csv = (await exportCsv(org.token).expect(200)).body as Buffer;
    const response = await api()
      .post('/api/v1/employees/import')
      .set(bearer(org.token))
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(response.body).toMatchObject({ created: 0, updated: 0, unchanged: 3, markedLeft: 0, errors: [] });
    const after = (await api().get('/api/v1/employees').set(bearer(org.token)).expect(200)).body;
    expect(after).toEqual(before);
    const tricky = after.items.find((e: { employeeNumber: string }) => e.employeeNumber === '1002');
    expect(tricky).toMatchObject({ name: '=SUM(A1)', jobTitle: '-teamleider', location: '+31 kantoor' });
  });

  it('uses the English column keys once the organisation switches to English', async () => {
    const english = await organisationWithEmployees('Zorggroep English');
    await api().patch('/api/v1/organisation').set(bearer(english.token)).send({ locale: 'en' }).expect(200);
    const csv = (await exportCsv(english.token).expect(200)).body as Buffer;
    expect(csv.subarray(0, 3)).toEqual(BOM);
    expect(lines(csv)[0]).toBe(EN_HEADER);
    expect(lines((await exportCsv(org.token).expect(200)).body)[0]).toBe(NL_HEADER);
  });
});

describe('who may export', () => {
  it('lets hr export the same file as the admin', async () => {
    const org = await organisationWithEmployees('Zorggroep HR');
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const response = await exportCsv(token).expect(200);
    expect(lines(response.body)).toEqual(lines((await exportCsv(org.token).expect(200)).body));
    expect(lines(response.body)).toHaveLength(5);
  });

  it('answers 403 to an ambassador and 401 without a token', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Ambassadeur');
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    const response = await api().get('/api/v1/employees/export.csv').set(bearer(token)).expect(403);
    expect(response.body.code).toBe('forbidden');
    await api().get('/api/v1/employees/export.csv').expect(401);
  });

  it('exports only the own organisation’s employees', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Leeg');
    expect(lines((await exportCsv(org.token).expect(200)).body)).toEqual([NL_HEADER, '']);
  });
});
