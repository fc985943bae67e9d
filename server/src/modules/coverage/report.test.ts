import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

const FILE = readFileSync(new URL('../../seed/zorggroep-horizon.csv', import.meta.url));
/** Employee number → status: active ones in a few cells, others that must not count. */
const AMBASSADORS: Record<string, string> = {
  '1000': 'active', // Raad van Bestuur × Bestuur en directie
  '1460': 'active', // Communicatie × Ondersteuning
  '1461': 'active',
  '1236': 'active', // Rivierzicht × Zorg en behandeling
  '1237': 'paused',
  '1299': 'active', // Team Noord × Teamleiding
  '1014': 'candidate',
};

type Totals = Record<string, number>;
type Coverage = {
  totals: Totals;
  layers: { id: string; name: string; rank: number; totals: Totals }[];
  departments: { id: string; path: string; own: Totals }[];
  cells: { departmentId: string; layerId: string; ambassadors: number; target: number }[];
};

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
const employeeIds = new Map<string, string>();
const departmentIds = new Map<string, string>();

const api = () => request(t.app.server);
const get = async (token: string, path: string, query: object = {}) =>
  (await api().get(`/api/v1/${path}`).query(query).set(bearer(token)).expect(200)).body;
const addAmbassador = async (number: string, status: string) =>
  (
    await api()
      .post('/api/v1/ambassadors')
      .set(bearer(org.token))
      .send({ employeeId: employeeIds.get(number), status, source: 'self' })
      .expect(201)
  ).body;
/** The raw bytes, so that the BOM is seen as sent rather than as a text decoder leaves it. */
const download = (token: string, query: object = {}) =>
  api()
    .get('/api/v1/reports/coverage.csv')
    .query(query)
    .set(bearer(token))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Horizon');
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
  await api()
    .post('/api/v1/employees/import')
    .query({ dryRun: false })
    .set(bearer(org.token))
    .set('content-type', 'text/csv')
    .send(FILE)
    .expect(200);
  for (let offset = 0; ; offset += 200) {
    const page = await get(org.token, 'employees', { limit: 200, offset });
    for (const e of page.items) employeeIds.set(e.employeeNumber, e.id);
    if (page.nextCursor === null) break;
  }
  for (const d of (await get(org.token, 'departments')).items) departmentIds.set(d.path, d.id);
  for (const [number, status] of Object.entries(AMBASSADORS)) await addAmbassador(number, status);
});
afterAll(() => t.close());

/** The report as rows of cells: BOM checked and stripped, CRLF lines, `;` cells (no cell here needs quotes). */
function rowsOf(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString('utf8');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
}

const NL = ['Afdeling', 'Medewerkers', 'Actieve ambassadeurs', 'Doel', 'Gedekte cellen', 'Cellen', 'Totaal'];
const EN = ['Department', 'Employees', 'Active ambassadors', 'Target', 'Covered cells', 'Cells', 'Total'];

/** What the report must say, built from GET /coverage and GET /layers. */
async function expectedRows(words: string[], query: object = {}) {
  const coverage: Coverage = await get(org.token, 'coverage', query);
  const layers: { id: string; name: string; rank: number }[] = (await get(org.token, 'layers')).items;
  layers.sort((a, b) => a.rank - b.rank);
  const cells = new Map(coverage.cells.map((c) => [`${c.departmentId}/${c.layerId}`, `${c.ambassadors}/${c.target}`]));
  const totals = (o: Totals) =>
    ['employees', 'activeAmbassadors', 'target', 'coveredCells', 'cells'].map((k) => String(o[k]));
  const layerTotals = new Map(coverage.layers.map((l) => [l.id, l.totals]));
  return [
    [words[0]!, ...layers.map((l) => l.name), ...words.slice(1, 6)],
    ...coverage.departments.map((d) => [
      d.path,
      ...layers.map((l) => cells.get(`${d.id}/${l.id}`) ?? ''),
      ...totals(d.own),
    ]),
    [
      words[6]!,
      ...layers.map((l) => `${layerTotals.get(l.id)!.activeAmbassadors}/${layerTotals.get(l.id)!.target}`),
      ...totals(coverage.totals),
    ],
  ];
}

describe('the coverage report', () => {
  it('is an Excel CSV: text/csv, BOM, ";" and a Dutch header with the layers in rank order', async () => {
    const response = await download(org.token).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".*\.csv"$/);
    const rows = rowsOf(response.body);
    expect(rows[0]!.join(';')).toBe(
      'Afdeling;Bestuur en directie;Management;Teamleiding;Zorg en behandeling;Ondersteuning;' +
        'Medewerkers;Actieve ambassadeurs;Doel;Gedekte cellen;Cellen',
    );
  });

  it('has a row per department with "ambassadors/target" per cell as GET /coverage, and a total row', async () => {
    const rows = rowsOf((await download(org.token).expect(200)).body);
    expect(rows).toEqual(await expectedRows(NL));
    expect(
      rows
        .slice(1, -1)
        .map((row) => row[0])
        .sort(),
    ).toEqual([...departmentIds.keys()].sort());
    const byPath = new Map(rows.map((row) => [row[0], row]));
    expect(byPath.get('Ondersteunende diensten / Communicatie')).toEqual([
      'Ondersteunende diensten / Communicatie',
      '',
      '0/1',
      '',
      '',
      '2/1',
      '6',
      '2',
      '2',
      '1',
      '2',
    ]);
    expect(byPath.get('Wonen en Zorg')).toEqual(['Wonen en Zorg', '', '', '', '', '', '0', '0', '0', '0', '0']);
    expect(rows.at(-1)).toEqual(['Totaal', '1/1', '0/13', '1/17', '1/14', '2/15', '529', '5', '60', '4', '60']);
  });

  it('narrows to a subtree with ?departmentId and answers 404 for an unknown one', async () => {
    const wijk = departmentIds.get('Wijkverpleging');
    const rows = rowsOf((await download(org.token, { departmentId: wijk }).expect(200)).body);
    expect(rows).toEqual(await expectedRows(NL, { departmentId: wijk }));
    expect(rows.slice(1, -1).every((row) => row[0]!.startsWith('Wijkverpleging'))).toBe(true);
    expect(rows.at(-1)!.slice(-5)).toEqual(['111', '1', '9', '1', '9']);
    await download(org.token, { departmentId: randomUUID() }).expect(404);
    await download(other.token, { departmentId: wijk }).expect(404);
  });

  it('speaks English when the organisation does', async () => {
    await api().patch('/api/v1/organisation').set(bearer(org.token)).send({ locale: 'en' }).expect(200);
    try {
      const rows = rowsOf((await download(org.token).expect(200)).body);
      expect(rows[0]!.join(';')).toBe(
        'Department;Bestuur en directie;Management;Teamleiding;Zorg en behandeling;Ondersteuning;' +
          'Employees;Active ambassadors;Target;Covered cells;Cells',
      );
      expect(rows).toEqual(await expectedRows(EN));
    } finally {
      await api().patch('/api/v1/organisation').set(bearer(org.token)).send({ locale: 'nl' }).expect(200);
    }
  });

  it('may be downloaded by hr but not by an ambassador', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    expect(rowsOf((await download(hr.token).expect(200)).body)).toEqual(await expectedRows(NL));
    const ambassador = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    expect((await download(ambassador.token).expect(403)).headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('the coverage history', () => {
  const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  const history = async (token = org.token) =>
    (await get(token, 'coverage/history')).items as { date: string; totals: Totals }[];

  it('keeps one snapshot for today with the totals as they are now', async () => {
    const items = await history();
    expect(items).toEqual([{ date: today(), totals: (await get(org.token, 'coverage')).totals }]);
    expect(items[0]!.totals).toMatchObject({ employees: 529, activeAmbassadors: 5 });
  });

  it('updates that one snapshot with later changes instead of adding one', async () => {
    const created = await addAmbassador('1387', 'onboarding');
    await api()
      .patch(`/api/v1/ambassadors/${created.id}`)
      .set(bearer(org.token))
      .send({ status: 'active' })
      .expect(200);
    const items = await history();
    expect(items).toHaveLength(1);
    expect(items[0]!.totals.activeAmbassadors).toBe(6);
    expect(items[0]!.totals).toEqual((await get(org.token, 'coverage')).totals);
  });

  it('updates today’s snapshot when the coverage target changes', async () => {
    await api()
      .patch('/api/v1/organisation')
      .set(bearer(org.token))
      .send({ coverageTarget: { perEmployees: 10, minPerCell: 2 } })
      .expect(200);
    try {
      const current = (await get(org.token, 'coverage')).totals;
      expect(await history()).toEqual([{ date: today(), totals: current }]);
    } finally {
      await api()
        .patch('/api/v1/organisation')
        .set(bearer(org.token))
        .send({ coverageTarget: { perEmployees: 100, minPerCell: 1 } });
    }
  });

  it('is shown to hr, refused to an ambassador, and kept per organisation', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    expect(await history(hr.token)).toHaveLength(1);
    const ambassador = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    await api().get('/api/v1/coverage/history').set(bearer(ambassador.token)).expect(403);
    expect(await history(other.token)).toEqual([]);
  });
});
