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
  departments: ({ id: string; parentId: string | null; path: string; own: Totals } & Totals)[];
  cells: { departmentId: string; layerId: string; employees: number; ambassadors: number; target: number }[];
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

const NL = {
  words: ['Afdeling', 'Medewerkers', 'Actieve ambassadeurs', 'Doel', 'Gedekte cellen', 'Cellen', 'Totaal'],
  layer: (name: string) => [`${name} - ambassadeurs`, `${name} - doel`],
};
const EN = {
  words: ['Department', 'Employees', 'Active ambassadors', 'Target', 'Covered cells', 'Cells', 'Total'],
  layer: (name: string) => [`${name} - ambassadors`, `${name} - target`],
};

/**
 * What the report must say, built from GET /coverage and GET /layers as the heatmap shows it: a department's own
 * cell, or for a parent the sum over the departments below it; the department's rolled-up totals.
 */
async function expectedRows({ words, layer: layerHeaders }: typeof NL, query: object = {}) {
  const coverage: Coverage = await get(org.token, 'coverage', query);
  const layers: { id: string; name: string; rank: number }[] = (await get(org.token, 'layers')).items;
  layers.sort((a, b) => a.rank - b.rank);
  const pathOf = new Map(coverage.departments.map((d) => [d.id, d.path]));
  const figures = (d: { id: string; path: string }, layerId: string) => {
    const own = coverage.cells.find((c) => c.departmentId === d.id && c.layerId === layerId && c.employees > 0);
    if (own) return [String(own.ambassadors), String(own.target)];
    const below = coverage.cells.filter(
      (c) => c.layerId === layerId && c.employees > 0 && pathOf.get(c.departmentId)?.startsWith(`${d.path} / `),
    );
    if (below.length === 0) return ['', ''];
    return [String(below.reduce((n, c) => n + c.ambassadors, 0)), String(below.reduce((n, c) => n + c.target, 0))];
  };
  const totals = (o: Totals) =>
    ['employees', 'activeAmbassadors', 'target', 'coveredCells', 'cells'].map((k) => String(o[k]));
  const layerTotals = new Map(coverage.layers.map((l) => [l.id, l.totals]));
  return [
    [words[0]!, ...layers.flatMap((l) => layerHeaders(l.name)), ...words.slice(1, 6)],
    ...coverage.departments.map((d) => [d.path, ...layers.flatMap((l) => figures(d, l.id)), ...totals(d)]),
    [
      words[6]!,
      ...layers.flatMap((l) => {
        const sum = layerTotals.get(l.id)!;
        return (sum.cells ?? 0) > 0 ? [String(sum.activeAmbassadors), String(sum.target)] : ['', ''];
      }),
      ...totals(coverage.totals),
    ],
  ];
}

const LAYERS = ['Bestuur en directie', 'Management', 'Teamleiding', 'Zorg en behandeling', 'Ondersteuning'];

describe('the coverage report', () => {
  it('is an Excel CSV: text/csv, BOM, ";" and a Dutch header with two columns per layer in rank order', async () => {
    const response = await download(org.token).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".*\.csv"$/);
    const rows = rowsOf(response.body);
    expect(rows[0]).toEqual([
      'Afdeling',
      ...LAYERS.flatMap(NL.layer),
      'Medewerkers',
      'Actieve ambassadeurs',
      'Doel',
      'Gedekte cellen',
      'Cellen',
    ]);
  });

  it('writes numbers only, never "d/d" that Excel would turn into a date', async () => {
    const rows = rowsOf((await download(org.token).expect(200)).body);
    const figures = rows.slice(1).flatMap((row) => row.slice(1));
    expect(figures.length).toBeGreaterThan(0);
    for (const cell of figures) expect(cell).toMatch(/^(\d+)?$/);
    expect(rows.flat().some((cell) => /\d+\s*\/\s*\d+/.test(cell))).toBe(false);
  });

  it('has the totals of GET /coverage: rolled up for parent departments as the heatmap shows them', async () => {
    const coverage: Coverage = await get(org.token, 'coverage');
    const rows = rowsOf((await download(org.token).expect(200)).body);
    expect(rows).toEqual(await expectedRows(NL));
    const number = (row: string[], column: string) => Number(row[rows[0]!.indexOf(column)]);
    for (const department of coverage.departments) {
      const row = rows.find((r) => r[0] === department.path)!;
      expect(number(row, 'Medewerkers')).toBe(department.employees);
      expect(number(row, 'Actieve ambassadeurs')).toBe(department.activeAmbassadors);
      expect(number(row, 'Doel')).toBe(department.target);
      expect(number(row, 'Gedekte cellen')).toBe(department.coveredCells);
      expect(number(row, 'Cellen')).toBe(department.cells);
    }
    const total = rows.at(-1)!;
    expect(total[0]).toBe('Totaal');
    expect(number(total, 'Medewerkers')).toBe(coverage.totals.employees);
    expect(number(total, 'Actieve ambassadeurs')).toBe(coverage.totals.activeAmbassadors);
    expect(number(total, 'Doel')).toBe(coverage.totals.target);
    expect(number(total, 'Cellen')).toBe(coverage.totals.cells);
    // The columns of the departments at the top add up to the total row.
    const tops = coverage.departments.filter((d) => d.parentId === null).map((d) => rows.find((r) => r[0] === d.path)!);
    for (let column = 1; column < total.length; column++) {
      if (rows[0]![column] === 'Gedekte cellen' || total[column] === '') continue;
      expect(
        tops.reduce((sum, row) => sum + Number(row[column] || 0), 0),
        rows[0]![column],
      ).toBe(Number(total[column]));
    }
  });

  it('has a row per department with its own cells, sums for parents, and a total row', async () => {
    const rows = rowsOf((await download(org.token).expect(200)).body);
    expect(
      rows
        .slice(1, -1)
        .map((row) => row[0])
        .sort(),
    ).toEqual([...departmentIds.keys()].sort());
    const byPath = new Map(rows.map((row) => [row[0], row]));
    expect(byPath.get('Ondersteunende diensten / Communicatie')).toEqual([
      'Ondersteunende diensten / Communicatie',
      ...['', '', '0', '1', '', '', '', '', '2', '1'],
      ...['6', '2', '2', '1', '2'],
    ]);
    // A parent without employees of its own shows what the departments below it add up to, not "no employees".
    const wonen = byPath.get('Wonen en Zorg')!;
    expect(Number(wonen.at(-5))).toBeGreaterThan(0);
    expect(wonen.slice(1, -5).filter((cell) => cell !== '').length).toBeGreaterThan(0);
    expect(rows.at(-1)).toEqual([
      'Totaal',
      ...['1', '1', '0', '13', '1', '17', '1', '14', '2', '15'],
      ...['529', '5', '60', '4', '60'],
    ]);
  });

  it('narrows to a subtree with ?departmentId and answers 404 for an unknown one', async () => {
    const wijk = departmentIds.get('Wijkverpleging');
    const rows = rowsOf((await download(org.token, { departmentId: wijk }).expect(200)).body);
    expect(rows).toEqual(await expectedRows(NL, { departmentId: wijk }));
    expect(rows.slice(1, -1).every((row) => row[0]!.startsWith('Wijkverpleging'))).toBe(true);
    expect(rows.at(-1)!.slice(-5)).toEqual(['111', '1', '9', '1', '9']);
    expect(rows.at(-1)![0]).toBe('Totaal');
    await download(org.token, { departmentId: randomUUID() }).expect(404);
    await download(other.token, { departmentId: wijk }).expect(404);
  });

  it('speaks English when the organisation does', async () => {
    await api().patch('/api/v1/organisation').set(bearer(org.token)).send({ locale: 'en' }).expect(200);
    try {
      const rows = rowsOf((await download(org.token).expect(200)).body);
      expect(rows[0]).toEqual([
        'Department',
        ...LAYERS.flatMap(EN.layer),
        'Employees',
        'Active ambassadors',
        'Target',
        'Covered cells',
        'Cells',
      ]);
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
