import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

/*
 * The expected matrix is worked out here from the HR file itself, not with the server's own code: a plain comma file
 * without quotes, grouped by department path × layer, with the target rule of DESIGN.md.
 */
const FILE = readFileSync(new URL('../../seed/zorggroep-horizon.csv', import.meta.url), 'utf8');
const [HEADER, ...LINES] = FILE.split(/\r?\n/).filter((line) => line.trim() !== '');
const COLUMNS = HEADER!.split(',');
const ROWS = LINES.map((line) => {
  const cells = line.split(',');
  const at = (name: string) => cells[COLUMNS.indexOf(name)]!.trim();
  const path = at('department')
    .split('/')
    .map((part) => part.trim())
    .join(' / ');
  return { line, number: at('employee_number'), name: at('name'), path, layer: at('layer') };
});

/** Employee number → status of the ambassadors created through the API, spread over a few cells. */
const AMBASSADORS: Record<string, string> = {
  '1000': 'active', // Raad van Bestuur × Bestuur en directie
  '1460': 'active', // Communicatie × Ondersteuning (5 employees)
  '1461': 'active',
  '1236': 'active', // Rivierzicht × Zorg en behandeling (60 employees)
  '1237': 'active',
  '1238': 'candidate',
  '1299': 'active', // Team Noord × Teamleiding (her cell's only employee)
  '1014': 'active', // Afdeling Beuk × Zorg en behandeling
  '1015': 'paused',
  '1425': 'active', // Psychologie × Zorg en behandeling
  '1492': 'paused', // Facilitair × Ondersteuning: no active one
  '1493': 'candidate',
  '1494': 'onboarding',
  '1495': 'alumni',
};

type Target = { perEmployees: number; minPerCell: number };
type Cell = { employees: number; ambassadors: number; target: number; status: string };
const DEFAULT_TARGET: Target = { perEmployees: 100, minPerCell: 1 };

function expectedCells(left: Set<string>, target: Target): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const row of ROWS.filter((r) => !left.has(r.number))) {
    const key = `${row.path}|${row.layer}`;
    const cell = cells.get(key) ?? { employees: 0, ambassadors: 0, target: 0, status: '' };
    cell.employees += 1;
    if (AMBASSADORS[row.number] === 'active') cell.ambassadors += 1;
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cell.target = Math.max(target.minPerCell, Math.ceil(cell.employees / target.perEmployees));
    cell.status = cell.ambassadors >= cell.target ? 'covered' : cell.ambassadors > 0 ? 'under' : 'uncovered';
  }
  return cells;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10);
function sumUp(cells: Cell[]) {
  const covered = cells.filter((cell) => cell.status === 'covered');
  const employees = cells.reduce((sum, cell) => sum + cell.employees, 0);
  const inCovered = covered.reduce((sum, cell) => sum + cell.employees, 0);
  return {
    employees,
    activeAmbassadors: cells.reduce((sum, cell) => sum + cell.ambassadors, 0),
    target: cells.reduce((sum, cell) => sum + cell.target, 0),
    cells: cells.length,
    coveredCells: covered.length,
    coveragePct: pct(covered.length, cells.length),
    employeesInCoveredCellsPct: pct(inCovered, employees),
  };
}
const COUNTS = ['employees', 'activeAmbassadors', 'target', 'cells', 'coveredCells'] as const;
const PCTS = ['coveragePct', 'employeesInCoveredCellsPct'] as const;
const counts = (o: Record<string, unknown>) => Object.fromEntries([...COUNTS, ...PCTS].map((k) => [k, o[k]]));
const inSubtree = (root: string) => (path: string) => path === root || path.startsWith(`${root} / `);
const select = (cells: Map<string, Cell>, keep: (path: string, layer: string) => boolean) =>
  [...cells].filter(([key]) => keep(...(key.split('|') as [string, string]))).map(([, cell]) => cell);

type ApiCell = Cell & { departmentId: string; layerId: string };
type ApiDepartment = Record<string, unknown> & { id: string; path: string; parentId: string | null; own: object };
type Matrix = {
  target: Target;
  totals: ReturnType<typeof sumUp>;
  cells: ApiCell[];
  departments: ApiDepartment[];
  layers: { id: string; name: string; rank: number; totals: object }[];
};

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
const employeeIds = new Map<string, string>();
const paths = new Map<string, string>();
const layerNames = new Map<string, string>();
const departmentIds = new Map<string, string>();
let layerOrder: string[];

const api = () => request(t.app.server);
const get = async (token: string, path: string, query: object = {}) =>
  (await api().get(`/api/v1/${path}`).query(query).set(bearer(token)).expect(200)).body;
const importFile = (file: string, query: object = {}) =>
  api()
    .post('/api/v1/employees/import')
    .query({ dryRun: false, ...query })
    .set(bearer(org.token))
    .set('content-type', 'text/csv')
    .send(file)
    .expect(200);
const matrix = (query: object = {}): Promise<Matrix> => get(org.token, 'coverage', query);

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Horizon');
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
  expect((await importFile(FILE)).body.created).toBe(529);
  for (let offset = 0; ; offset += 200) {
    const page = await get(org.token, 'employees', { limit: 200, offset });
    for (const e of page.items) employeeIds.set(e.employeeNumber, e.id);
    if (page.nextCursor === null) break;
  }
  for (const d of (await get(org.token, 'departments')).items) paths.set(d.id, d.path);
  for (const [id, path] of paths) departmentIds.set(path, id);
  const layers: { id: string; name: string; rank: number }[] = (await get(org.token, 'layers')).items;
  for (const l of layers) layerNames.set(l.id, l.name);
  layerOrder = [...layers].sort((a, b) => a.rank - b.rank).map((l) => l.name);
  for (const [number, status] of Object.entries(AMBASSADORS)) {
    await api()
      .post('/api/v1/ambassadors')
      .set(bearer(org.token))
      .send({ employeeId: employeeIds.get(number), status, source: 'recruited' })
      .expect(201);
  }
});
afterAll(() => t.close());

const keyed = (cells: ApiCell[]) =>
  Object.fromEntries(
    cells.map(({ departmentId, layerId, ...cell }) => [`${paths.get(departmentId)}|${layerNames.get(layerId)}`, cell]),
  );

/** Compares every cell, every department roll-up, every layer and the totals with what the file says. */
function expectMatrix(body: Matrix, expected: Map<string, Cell>) {
  expect(keyed(body.cells)).toEqual(Object.fromEntries(expected));
  expect(body.cells).toHaveLength(expected.size);
  expect(body.departments.map((d) => ({ path: d.path, ...counts(d), own: d.own }))).toEqual(
    body.departments.map((d) => ({
      path: d.path,
      ...sumUp(select(expected, inSubtree(d.path))),
      own: sumUp(select(expected, (path) => path === d.path)),
    })),
  );
  expect(body.layers.map((l) => [l.name, l.totals])).toEqual(
    layerOrder.map((name) => [name, sumUp(select(expected, (_, layer) => layer === name))]),
  );
  expect(body.totals).toEqual(sumUp([...expected.values()]));
}

describe('the coverage matrix of Zorggroep Horizon', () => {
  it('counts employees and active ambassadors per department × layer as the file says', async () => {
    const body = await matrix();
    expect(body.target).toEqual(DEFAULT_TARGET);
    expectMatrix(body, expectedCells(new Set(), DEFAULT_TARGET));
    expect(body.totals).toMatchObject({ employees: 529, activeAmbassadors: 8, cells: 60, coveredCells: 6 });
  });

  it('has no cells without employees, and lists every department, also those without own employees', async () => {
    const body = await matrix();
    expect(body.cells.every((cell) => cell.employees > 0 && cell.status !== 'empty')).toBe(true);
    expect(keyed(body.cells)['Raad van Bestuur|Zorg en behandeling']).toBeUndefined();
    expect(body.departments.map((d) => d.path).sort()).toEqual([...paths.values()].sort());
    expect(body.departments.find((d) => d.path === 'Wonen en Zorg')).toMatchObject({
      employees: 288,
      own: { employees: 0, cells: 0, coveragePct: 0 },
    });
  });

  it('counts each employee once in the totals: the sum of the top-level departments, not of all', async () => {
    const body = await matrix();
    const roots = body.departments.filter((d) => d.parentId === null);
    const all = (list: ApiDepartment[], key: string) => list.reduce((sum, d) => sum + (d[key] as number), 0);
    for (const key of COUNTS) expect(body.totals[key]).toBe(all(roots, key));
    expect(all(body.departments, 'employees')).toBeGreaterThan(529);
  });

  it('narrows to a subtree with ?departmentId, its totals being that department’s roll-up', async () => {
    const full = await matrix();
    for (const root of ['Wonen en Zorg', 'Wonen en Zorg / De Linde', 'Wijkverpleging / Team Zuid']) {
      const body = await matrix({ departmentId: departmentIds.get(root) });
      const department = full.departments.find((d) => d.path === root)!;
      expect(body.totals).toEqual(counts(department));
      expect(body.departments).toEqual(full.departments.filter((d) => inSubtree(root)(d.path)));
      expect(body.cells).toEqual(full.cells.filter((c) => inSubtree(root)(paths.get(c.departmentId)!)));
      const expected = new Map(
        [...expectedCells(new Set(), DEFAULT_TARGET)].filter(([k]) => inSubtree(root)(k.split('|')[0]!)),
      );
      expectMatrix(body, expected);
    }
  });

  it('answers 404 for an unknown department or one of another organisation, and 400 for a bad id', async () => {
    const coverageOf = (token: string, departmentId: string) =>
      api().get('/api/v1/coverage').query({ departmentId }).set(bearer(token));
    const foreign = (
      await api().post('/api/v1/departments').set(bearer(other.token)).send({ name: 'Elders' }).expect(201)
    ).body.id;
    const unknown = await coverageOf(org.token, randomUUID()).expect(404);
    expect(unknown.body.code).toBe('not_found');
    expect((await coverageOf(org.token, foreign).expect(404)).body).toEqual(unknown.body);
    expect((await coverageOf(other.token, departmentIds.get('Wonen en Zorg')!).expect(404)).body).toEqual(unknown.body);
    expect((await coverageOf(org.token, 'abc').expect(400)).body.code).toBe('validation_failed');
  });

  it('recomputes every target and status when the organisation changes its target', async () => {
    const target = { perEmployees: 10, minPerCell: 2 };
    await api().patch('/api/v1/organisation').set(bearer(org.token)).send({ coverageTarget: target }).expect(200);
    try {
      const body = await matrix();
      expect(body.target).toEqual(target);
      expectMatrix(body, expectedCells(new Set(), target));
      expect(keyed(body.cells)['Wonen en Zorg / Rivierzicht|Zorg en behandeling']).toEqual({
        employees: 60,
        ambassadors: 2,
        target: 6,
        status: 'under',
      });
      expect(keyed(body.cells)['Ondersteunende diensten / Communicatie|Ondersteuning']?.status).toBe('covered');
    } finally {
      await api().patch('/api/v1/organisation').set(bearer(org.token)).send({ coverageTarget: DEFAULT_TARGET });
    }
    expectMatrix(await matrix(), expectedCells(new Set(), DEFAULT_TARGET));
  });

  it('lets hr read the matrix and refuses an ambassador; another organisation sees only its own', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    expect((await get(hr.token, 'coverage')).totals.employees).toBe(529);
    const ambassador = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    const refused = await api().get('/api/v1/coverage').set(bearer(ambassador.token)).expect(403);
    expect(refused.body.code).toBe('forbidden');
    const elsewhere = await get(other.token, 'coverage');
    expect(elsewhere.cells).toEqual([]);
    expect(elsewhere.totals).toMatchObject({ employees: 0, activeAmbassadors: 0, cells: 0, coveragePct: 0 });
  });
});

describe('employees who leave', () => {
  it('drops an employee marked left from her cell, and her ambassador with her', async () => {
    await api()
      .patch(`/api/v1/employees/${employeeIds.get('1299')}`)
      .set(bearer(org.token))
      .send({ status: 'left' })
      .expect(200);
    const body = await matrix();
    expect(keyed(body.cells)['Wijkverpleging / Team Noord|Teamleiding']).toBeUndefined();
    expectMatrix(body, expectedCells(new Set(['1299']), DEFAULT_TARGET));
    expect(body.totals).toMatchObject({ employees: 528, activeAmbassadors: 7, cells: 59 });
  });

  it('lists the serving ambassadors an import marks as left, and drops them from the matrix', async () => {
    // 1299 left before: she stays left, and is not reported again.
    const gone = new Set(['1236', '1238', '1495', '1299']);
    const file = [HEADER, ...ROWS.filter((row) => !gone.has(row.number)).map((row) => row.line)].join('\n');
    const { body } = await importFile(file, { markMissingAsLeft: true });
    expect(body.markedLeft).toBe(3);
    const byNumber = (a: { employeeNumber: string }, b: { employeeNumber: string }) =>
      a.employeeNumber.localeCompare(b.employeeNumber);
    expect([...body.leftAmbassadors].sort(byNumber)).toEqual([
      { employeeNumber: '1236', name: 'Mirjam El Amrani', status: 'active' },
      { employeeNumber: '1238', name: 'Maikel Vos', status: 'candidate' },
    ]);
    expectMatrix(await matrix(), expectedCells(gone, DEFAULT_TARGET));
  });
});
