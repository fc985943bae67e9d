import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

/** The HR file, read with a plain split (it is a comma file without quotes), to work out the gaps independently. */
const FILE = readFileSync(new URL('../../seed/zorggroep-horizon.csv', import.meta.url), 'utf8');
const [HEADER, ...LINES] = FILE.split(/\r?\n/).filter((line) => line.trim() !== '');
const COLUMNS = HEADER!.split(',');
type Row = { number: string; name: string; path: string; layer: string; jobTitle: string; skill: string };
const ROWS: Row[] = LINES.map((line) => {
  const cells = line.split(',');
  const at = (name: string) => cells[COLUMNS.indexOf(name)]!.trim();
  const path = at('department')
    .split('/')
    .map((part) => part.trim())
    .join(' / ');
  const [number, name, layer, jobTitle, skill] = ['employee_number', 'name', 'layer', 'job_title', 'digital_skill'].map(
    at,
  );
  return { number: number!, name: name!, path, layer: layer!, jobTitle: jobTitle!, skill: skill! };
});
const cellKey = (path: string, layer: string) => `${path}|${layer}`;

/** Employee number → status; every one of them has a record and so must never be suggested. */
const AMBASSADORS: Record<string, string> = {
  '1000': 'active', // Raad van Bestuur × Bestuur en directie: covered
  '1299': 'active', // Team Noord × Teamleiding: covered
  '1460': 'candidate', // Communicatie × Ondersteuning (5 employees): only 1463 and 1464 are left to suggest
  '1461': 'declined',
  '1462': 'alumni',
  '1015': 'paused', // Afdeling Beuk × Zorg en behandeling, both highly skilled
  '1017': 'onboarding',
  '1425': 'invited', // Psychologie × Zorg en behandeling, highly skilled
};

/* What makes a colleague a good suggestion, as the API describes it: digital skill first, then team leads. */
const LEAD = /teamleid|co[öo]rdinator|leidinggevende/i;
const SKILL: Record<string, number> = { high: 3, medium: 2, low: 0 };
const rank = (row: Row) => [SKILL[row.skill] ?? 1, LEAD.test(row.jobTitle) ? 1 : 0] as const;
const better = (a: Row, b: Row) => rank(b)[0] - rank(a)[0] || rank(b)[1] - rank(a)[1];
const reasonOf = (row: Row) =>
  row.skill === 'high'
    ? 'high_digital_skill'
    : LEAD.test(row.jobTitle)
      ? 'team_lead'
      : row.skill === 'medium'
        ? 'medium_digital_skill'
        : 'in_this_cell';

type Suggestion = { employeeId: string; employeeNumber: string; name: string; score: number; reason: string };
type Gap = {
  departmentId: string;
  departmentPath: string;
  layerId: string;
  layerName: string;
  employees: number;
  ambassadors: number;
  target: number;
  status: string;
  suggestions: Suggestion[];
};

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
const employeeIds = new Map<string, string>();
const byNumber = new Map(ROWS.map((row) => [row.number, row]));
const left = new Set<string>();
const departmentIds = new Map<string, string>();

const api = () => request(t.app.server);
const get = async (token: string, path: string, query: object = {}) =>
  (await api().get(`/api/v1/${path}`).query(query).set(bearer(token)).expect(200)).body;
const gaps = async (query: object = {}): Promise<{ items: Gap[]; total: number }> =>
  get(org.token, 'coverage/gaps', query);
const addAmbassador = (number: string, status: string) =>
  api()
    .post('/api/v1/ambassadors')
    .set(bearer(org.token))
    .send({ employeeId: employeeIds.get(number), status, source: 'self' })
    .expect(201);

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

/** Cells below a target of one per 100 (at least one), from the file, with the colleagues still free to ask. */
function expectedGaps() {
  const cells = new Map<string, { employees: number; ambassadors: number; free: Row[] }>();
  for (const row of ROWS.filter((r) => !left.has(r.number))) {
    const cell = cells.get(cellKey(row.path, row.layer)) ?? { employees: 0, ambassadors: 0, free: [] };
    cell.employees += 1;
    if (AMBASSADORS[row.number] === 'active') cell.ambassadors += 1;
    if (!AMBASSADORS[row.number]) cell.free.push(row);
    cells.set(cellKey(row.path, row.layer), cell);
  }
  return new Map(
    [...cells]
      .map(([key, cell]) => [key, { ...cell, target: Math.max(1, Math.ceil(cell.employees / 100)) }] as const)
      .filter(([, cell]) => cell.ambassadors < cell.target),
  );
}

describe('coverage gaps', () => {
  it('lists exactly the cells below target, the most employees first', async () => {
    const { items, total } = await gaps();
    const expected = expectedGaps();
    expect(total).toBe(58);
    expect(items).toHaveLength(expected.size);
    expect(
      Object.fromEntries(
        items.map((gap) => [
          cellKey(gap.departmentPath, gap.layerName),
          [gap.employees, gap.ambassadors, gap.target, gap.status],
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        [...expected].map(([key, c]) => [
          key,
          [c.employees, c.ambassadors, c.target, c.ambassadors ? 'under' : 'uncovered'],
        ]),
      ),
    );
    for (const gap of items) expect(departmentIds.get(gap.departmentPath)).toBe(gap.departmentId);
    const worst = items.map((gap) => [gap.employees, gap.target - gap.ambassadors] as const);
    for (let i = 1; i < worst.length; i++) {
      const [[employeesBefore, missingBefore], [employees, missing]] = [worst[i - 1]!, worst[i]!];
      expect(employeesBefore > employees || (employeesBefore === employees && missingBefore >= missing)).toBe(true);
    }
    expect(items[0]).toMatchObject({ departmentPath: 'Wonen en Zorg / Rivierzicht', layerName: 'Zorg en behandeling' });
  });

  it('suggests up to five active colleagues of that same cell who have no ambassador record', async () => {
    const { items } = await gaps();
    const expected = expectedGaps();
    for (const gap of items) {
      const free = expected.get(cellKey(gap.departmentPath, gap.layerName))!.free;
      expect(gap.suggestions).toHaveLength(Math.min(5, free.length));
      for (const suggestion of gap.suggestions) {
        expect(AMBASSADORS[suggestion.employeeNumber]).toBeUndefined();
        const employee = await get(org.token, `employees/${suggestion.employeeId}`);
        expect(employee).toMatchObject({
          employeeNumber: suggestion.employeeNumber,
          name: suggestion.name,
          departmentId: gap.departmentId,
          layerId: gap.layerId,
          status: 'active',
        });
      }
    }
    const communicatie = items.find((gap) => gap.departmentPath === 'Ondersteunende diensten / Communicatie');
    expect(communicatie?.suggestions.map((s) => s.employeeNumber).sort()).toEqual(['1463', '1464']);
  });

  it('ranks the suggestions best first: high digital skill before team leads and medium skill', async () => {
    const { items } = await gaps();
    const expected = expectedGaps();
    let mixed = 0;
    for (const gap of items) {
      const rows = gap.suggestions.map((s) => byNumber.get(s.employeeNumber)!);
      expect(gap.suggestions.map((s) => s.reason)).toEqual(rows.map(reasonOf));
      const scores = gap.suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(rows.map(rank)).toEqual([...rows].sort(better).map(rank));
      // The best five of the cell: nobody left out ranks above the last one suggested.
      const free = [...expected.get(cellKey(gap.departmentPath, gap.layerName))!.free].sort(better);
      expect(rows.map(rank)).toEqual(free.slice(0, 5).map(rank));
      const reasons = gap.suggestions.map((s) => s.reason);
      const lastHigh = reasons.lastIndexOf('high_digital_skill');
      const firstMedium = reasons.indexOf('medium_digital_skill');
      if (lastHigh >= 0 && firstMedium >= 0) {
        mixed += 1;
        expect(lastHigh).toBeLessThan(firstMedium);
        expect(scores[lastHigh]).toBeGreaterThan(scores[firstMedium]!);
      }
    }
    expect(mixed).toBeGreaterThan(0);
  });

  it('drops a cell from the gaps once it is covered', async () => {
    const key = cellKey('Wijkverpleging / Team West', 'Teamleiding');
    const before = await gaps();
    expect(before.items.some((gap) => cellKey(gap.departmentPath, gap.layerName) === key)).toBe(true);
    AMBASSADORS['1387'] = 'active';
    await addAmbassador('1387', 'active');
    const after = await gaps();
    expect(after.total).toBe(before.total - 1);
    expect(after.items.some((gap) => cellKey(gap.departmentPath, gap.layerName) === key)).toBe(false);
    expect(after.items.map((gap) => cellKey(gap.departmentPath, gap.layerName)).sort()).toEqual(
      [...expectedGaps().keys()].sort(),
    );
  });

  it('no longer suggests a colleague who left', async () => {
    const worst = (await gaps()).items[0]!;
    const leaving = worst.suggestions[0]!;
    await api()
      .patch(`/api/v1/employees/${leaving.employeeId}`)
      .set(bearer(org.token))
      .send({ status: 'left' })
      .expect(200);
    left.add(leaving.employeeNumber);
    const after = (await gaps()).items.find(
      (gap) => gap.departmentId === worst.departmentId && gap.layerId === worst.layerId,
    )!;
    expect(after.employees).toBe(worst.employees - 1);
    expect(after.suggestions).toHaveLength(5);
    expect(after.suggestions.map((s) => s.employeeId)).not.toContain(leaving.employeeId);
  });

  it('narrows to a subtree with ?departmentId and cuts the list with ?limit', async () => {
    const full = await gaps();
    const some = await gaps({ limit: 3 });
    expect(some.total).toBe(full.total);
    expect(some.items).toEqual(full.items.slice(0, 3));
    const wijk = await gaps({ departmentId: departmentIds.get('Wijkverpleging') });
    const inWijk = full.items.filter((gap) => gap.departmentPath.startsWith('Wijkverpleging / '));
    expect(wijk.items).toEqual(inWijk);
    expect(wijk.total).toBe(inWijk.length);
    expect(inWijk.length).toBeGreaterThan(0);
  });

  it('answers the gap of one cell with ?layerId and ?includeSubdepartments=false', async () => {
    const full = await gaps({ limit: 200 });
    const gap = full.items.at(-1)!;
    const cell = { departmentId: gap.departmentId, layerId: gap.layerId, includeSubdepartments: false, limit: 1 };
    expect(await gaps(cell)).toEqual({ items: [gap], total: 1 });
    const wijk = departmentIds.get('Wijkverpleging')!;
    const own = await gaps({ departmentId: wijk, includeSubdepartments: false });
    expect(own.items).toEqual(full.items.filter((item) => item.departmentId === wijk));
  });

  it('refuses bad input, an unknown or foreign department, and an ambassador; lets hr read them', async () => {
    const gapsAs = (token: string, query: object = {}) =>
      api().get('/api/v1/coverage/gaps').query(query).set(bearer(token));
    await gapsAs(org.token, { limit: 0 }).expect(400);
    await gapsAs(org.token, { limit: 201 }).expect(400);
    await gapsAs(org.token, { limit: 200 }).expect(200);
    await gapsAs(org.token, { departmentId: 'abc' }).expect(400);
    const unknown = await gapsAs(org.token, { departmentId: randomUUID() }).expect(404);
    const foreign = await gapsAs(other.token, { departmentId: departmentIds.get('Wijkverpleging') }).expect(404);
    expect(foreign.body).toEqual(unknown.body);
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    expect((await gapsAs(hr.token).expect(200)).body.total).toBe((await gaps()).total);
    const ambassador = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    await gapsAs(ambassador.token).expect(403);
    expect((await gapsAs(other.token).expect(200)).body).toEqual({ items: [], total: 0 });
  });
});
