import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CascadeNode, TrainingCascade, TrainingCoverage } from '@ambassador/shared';
import { bearer, createUser } from '../../../test/factories.ts';
import {
  api,
  attendance,
  enrol,
  linkedUser,
  makeAmbassador,
  newSession,
  PATHS,
  setupOrg,
  slot,
  useTestApp,
  ZONE,
  type Employee,
  type Org,
  type SessionInput,
} from '../training.fixtures.ts';

/**
 * Training coverage and the train-the-trainer cascade over the API, on the eight-employee organisation of the
 * fixtures. Expected coverage is worked out here from the employees, the department paths and what the test did
 * (who attended what), not from the service's own code.
 */

const t = useTestApp();

type Department = { id: string; name: string; path: string; parentId: string | null };
type Layer = { id: string; name: string; rank: number };

async function list<T>(org: Org, path: string): Promise<T[]> {
  return (await api(t).get(path).set(bearer(org.token)).expect(200)).body.items;
}

/** Runs a session (in the past, so attendance can be taken) and marks who attended and who did not show up. */
async function runSession(
  org: Org,
  body: SessionInput,
  { attended, noShow = [] }: { attended: string[]; noShow?: string[] },
) {
  const session = await newSession(t, org.token, { capacity: 20, ...body });
  for (const number of [...attended, ...noShow])
    await enrol(t, org.token, session.id, org.employee(number).id).expect(201);
  const marks = [
    ...attended.map((n) => ({ employeeId: org.employee(n).id, status: 'attended' as const })),
    ...noShow.map((n) => ({ employeeId: org.employee(n).id, status: 'no_show' as const })),
  ];
  const response = await attendance(t, org.token, session.id, marks);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.status).toBe('completed');
  return session;
}

describe('GET /training/coverage', () => {
  let org: Org;
  let employees: Employee[];
  let departments: Department[];
  let layers: Layer[];
  /** What the test did so far: who is trained (end-user), and the departments of active certified trainers. */
  const trained = new Set<string>();
  const trainerDepartments: string[] = [];

  const coverage = async (query: Record<string, string> = {}) => {
    const response = await api(t).get('/api/v1/training/coverage').query(query).set(bearer(org.token));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as TrainingCoverage;
  };

  /** The coverage these facts should give, from department paths (a department's subtree is its path and below). */
  function expected(scopeId?: string) {
    const pathOf = new Map(departments.map((d) => [d.id, d.path]));
    const under = (departmentId: string, ancestorId: string) => {
      const path = pathOf.get(departmentId)!;
      const top = pathOf.get(ancestorId)!;
      return path === top || path.startsWith(`${top} / `);
    };
    const inScope = (departmentId: string) => !scopeId || under(departmentId, scopeId);
    const people = employees.filter((e) => inScope(e.departmentId));
    const tally = (group: Employee[]) => ({
      employees: group.length,
      trained: group.filter((e) => trained.has(e.id)).length,
    });
    const cells = new Map<string, Employee[]>();
    for (const e of people) {
      const key = `${e.departmentId}|${e.layerId}`;
      cells.set(key, [...(cells.get(key) ?? []), e]);
    }
    const scopedDepartments = departments.filter((d) => inScope(d.id));
    return {
      totals: {
        ...tally(people),
        certifiedTrainers: trainerDepartments.filter(inScope).length,
      },
      layers: layers.map((layer) => ({
        id: layer.id,
        name: layer.name,
        ...tally(people.filter((e) => e.layerId === layer.id)),
      })),
      cells: [...cells.values()].map((group) => ({
        departmentId: group[0]!.departmentId,
        layerId: group[0]!.layerId,
        ...tally(group),
      })),
      departments: scopedDepartments.map((d) => ({
        id: d.id,
        name: d.name,
        parentId: d.parentId,
        path: d.path,
        ...tally(employees.filter((e) => under(e.departmentId, d.id))),
        certifiedTrainers: trainerDepartments.filter((id) => under(id, d.id)).length,
        own: tally(employees.filter((e) => e.departmentId === d.id)),
      })),
      departmentsWithoutTrainer: scopedDepartments
        .filter((d) => employees.some((e) => e.departmentId === d.id) && !trainerDepartments.includes(d.id))
        .map((d) => ({
          id: d.id,
          name: d.name,
          path: d.path,
          employees: employees.filter((e) => e.departmentId === d.id).length,
        })),
    };
  }

  /** Percentages to one decimal of trained / employees (0 for nobody). */
  const checkPct = (row: { employees: number; trained: number; trainedPct: number }) =>
    expect(Math.abs(row.trainedPct - (row.employees ? (100 * row.trained) / row.employees : 0))).toBeLessThanOrEqual(
      0.05,
    );
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const byCell = <T extends { departmentId: string; layerId: string }>(rows: T[]) =>
    [...rows].sort((a, b) => `${a.departmentId}|${a.layerId}`.localeCompare(`${b.departmentId}|${b.layerId}`));
  const withoutPct = <T extends { trainedPct: number }>({ trainedPct: _, ...rest }: T) => rest;

  /** Compares a coverage answer with `expected()`, percentages included. */
  function check(actual: TrainingCoverage, scopeId?: string) {
    const want = expected(scopeId);
    expect(withoutPct(actual.totals)).toEqual(want.totals);
    checkPct(actual.totals);
    expect(actual.layers.map((l) => ({ id: l.id, name: l.name, ...withoutPct(l.totals) }))).toEqual(want.layers);
    actual.layers.forEach((l) => checkPct(l.totals));
    expect(byCell(actual.cells.map(withoutPct))).toEqual(byCell(want.cells));
    actual.cells.forEach(checkPct);
    expect(byId(actual.departments.map((d) => ({ ...withoutPct(d), own: withoutPct(d.own) })))).toEqual(
      byId(want.departments),
    );
    actual.departments.forEach((d) => {
      checkPct(d);
      checkPct(d.own);
    });
    expect(byId(actual.departmentsWithoutTrainer)).toEqual(byId(want.departmentsWithoutTrainer));
  }

  beforeAll(async () => {
    org = await setupOrg(t, 'Zorggroep Dekking');
    employees = await list<Employee>(org, '/api/v1/employees?limit=200');
    departments = await list<Department>(org, '/api/v1/departments');
    layers = await list<Layer>(org, '/api/v1/layers');
  }, 60_000);

  it('counts nobody trained before any training, and every department with employees as without trainer', async () => {
    const found = await coverage();
    expect(found.totals).toEqual({ employees: 8, trained: 0, trainedPct: 0, certifiedTrainers: 0 });
    expect(found.departmentsWithoutTrainer.map((d) => d.path).sort()).toEqual(
      [PATHS.beuk, PATHS.eik, PATHS.rivier, PATHS.ict].sort(),
    );
    check(found);
  });

  it('does not count enrolments in planned sessions or sessions whose attendance is not taken', async () => {
    const planned = await newSession(t, org.token, { ...slot(1, 2, 10) });
    await enrol(t, org.token, planned.id, org.employee('E02').id).expect(201);
    const past = await newSession(t, org.token, { ...slot(-1, 5, 10) });
    await enrol(t, org.token, past.id, org.employee('E06').id).expect(201);
    expect((await coverage()).totals.trained).toBe(0);
  });

  it('counts the attendees of a completed end-user session, not its no-shows, rolled up the tree', async () => {
    await runSession(org, { ...slot(-1, 2, 10) }, { attended: ['E01', 'E03', 'E04'], noShow: ['E07'] });
    for (const number of ['E01', 'E03', 'E04']) trained.add(org.employee(number).id);
    const found = await coverage();
    check(found);
    expect(found.totals.trained).toBe(3);
    // De Linde rolls up Beuk (E01 of 3) and Eik (E03 of 2); Wonen en Zorg adds Rivierzicht (E04 of 1).
    const row = (path: string) => found.departments.find((d) => d.path === path)!;
    expect([row(PATHS.linde).employees, row(PATHS.linde).trained, row(PATHS.linde).own.employees]).toEqual([5, 2, 0]);
    expect([row(PATHS.woz).employees, row(PATHS.woz).trained]).toEqual([6, 3]);
    expect([row(PATHS.ict).employees, row(PATHS.ict).trained]).toEqual([2, 0]);
    const cell = found.cells.find(
      (c) => c.departmentId === org.department(PATHS.beuk) && c.layerId === org.layers.get('Zorg en behandeling'),
    )!;
    expect([cell.employees, cell.trained]).toEqual([2, 1]);
    expect(found.totals.trainedPct).toBeCloseTo(37.5, 5);
  });

  it('drops a department from departmentsWithoutTrainer once its ambassador attended a completed train-the-trainer', async () => {
    await makeAmbassador(t, org, 'E05');
    await runSession(
      org,
      { kind: 'train_the_trainer', title: 'Train-de-trainer', ...slot(-1, 3, 10) },
      {
        attended: ['E05'],
      },
    );
    trainerDepartments.push(org.employee('E05').departmentId);
    const found = await coverage();
    check(found);
    expect(found.departmentsWithoutTrainer.map((d) => d.path)).not.toContain(PATHS.ict);
    expect(found.totals.certifiedTrainers).toBe(1);
    // A train-the-trainer session does not make its attendees trained end users.
    expect(found.totals.trained).toBe(3);
  });

  it('needs the trainer to be an active ambassador, certified in a completed session', async () => {
    // E08 of Eik: enrolled in a planned train-the-trainer session only, so Eik stays without trainer.
    const eik = await makeAmbassador(t, org, 'E08');
    const planned = await newSession(t, org.token, { kind: 'train_the_trainer', ...slot(2, 3, 10) });
    await enrol(t, org.token, planned.id, org.employee('E08').id).expect(201);
    expect((await coverage()).departmentsWithoutTrainer.map((d) => d.path)).toContain(PATHS.eik);
    // Certified, but paused: still no trainer for Eik.
    await runSession(org, { kind: 'train_the_trainer', ...slot(-1, 4, 10) }, { attended: ['E08'] });
    await api(t).patch(`/api/v1/ambassadors/${eik.id}`).set(bearer(org.token)).send({ status: 'paused' }).expect(200);
    const paused = await coverage();
    check(paused);
    expect(paused.departmentsWithoutTrainer.map((d) => d.path)).toContain(PATHS.eik);
    // Active again: Eik has a trainer.
    await api(t).patch(`/api/v1/ambassadors/${eik.id}`).set(bearer(org.token)).send({ status: 'active' }).expect(200);
    trainerDepartments.push(org.employee('E08').departmentId);
    const active = await coverage();
    check(active);
    expect(active.departmentsWithoutTrainer.map((d) => d.path)).not.toContain(PATHS.eik);
  });

  it('narrows to a department subtree with ?departmentId', async () => {
    for (const path of [PATHS.linde, PATHS.beuk, PATHS.woz, PATHS.ict]) {
      const id = org.department(path);
      const found = await coverage({ departmentId: id });
      check(found, id);
      expect(found.departments.every((d) => d.path === path || d.path.startsWith(`${path} / `))).toBe(true);
    }
    const linde = await coverage({ departmentId: org.department(PATHS.linde) });
    expect([linde.totals.employees, linde.totals.trained]).toEqual([5, 2]);
  });

  it('answers 404 for an unknown department', async () => {
    const response = await api(t)
      .get('/api/v1/training/coverage')
      .query({ departmentId: '00000000-0000-4000-8000-000000000000' })
      .set(bearer(org.token));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("answers 404 for another organisation's department", async () => {
    const other = await setupOrg(t, 'Zorggroep Elders');
    await api(t)
      .get('/api/v1/training/coverage')
      .query({ departmentId: other.department(PATHS.beuk) })
      .set(bearer(org.token))
      .expect(404);
  });

  it('lets hr read it and keeps ambassadors out', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    check((await api(t).get('/api/v1/training/coverage').set(bearer(hr.token)).expect(200)).body);
    const ambassador = await linkedUser(t, org, 'E05');
    await api(t).get('/api/v1/training/coverage').set(bearer(ambassador.token)).expect(403);
    await api(t).get('/api/v1/training/coverage').expect(401);
  });
});

describe('GET /training/cascade', () => {
  let org: Org;
  let ttt: { startsAt: string };
  const ambassadors: Record<string, string> = {};

  const cascade = async () => {
    const response = await api(t).get('/api/v1/training/cascade').set(bearer(org.token));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as TrainingCascade;
  };
  const localDay = (iso: string) => DateTime.fromISO(iso).setZone(ZONE).toISODate();

  beforeAll(async () => {
    org = await setupOrg(t, 'Zorggroep Cascade');
    for (const number of ['E02', 'E05', 'E04', 'E06']) ambassadors[number] = (await makeAmbassador(t, org, number)).id;
  }, 60_000);

  it('is empty before any training', async () => {
    expect(await cascade()).toEqual({
      roots: [],
      uncertified: [],
      totals: { certifiedTrainers: 0, colleaguesTrained: 0 },
    });
  });

  it('hangs the ambassadors an admin certified under her, as one root of kind user', async () => {
    ttt = await runSession(
      org,
      { kind: 'train_the_trainer', title: 'Train-de-trainer', trainerUserIds: [org.user.id], ...slot(-1, 1, 10) },
      { attended: ['E02', 'E05'] },
    );
    const found = await cascade();
    expect(found.roots).toHaveLength(1);
    const root = found.roots[0]!;
    expect(root).toMatchObject({
      key: `user:${org.user.id}`,
      kind: 'user',
      name: org.user.name,
      ambassadorId: null,
      sessionsGiven: 1,
    });
    expect(root.children.map((c) => c.ambassadorId).sort()).toEqual([ambassadors.E02, ambassadors.E05].sort());
    for (const child of root.children) {
      expect(child).toMatchObject({ kind: 'ambassador', certified: true, certifiedOn: localDay(ttt.startsAt) });
      expect(child.children).toEqual([]);
    }
    expect(root.children.find((c) => c.ambassadorId === ambassadors.E02)).toMatchObject({
      key: `ambassador:${ambassadors.E02}`,
      name: org.employee('E02').name,
      departmentPath: PATHS.beuk,
    });
    expect(found.uncertified).toEqual([]);
    expect(found.totals).toEqual({ certifiedTrainers: 2, colleaguesTrained: 0 });
  });

  it('counts the colleagues a certified ambassador trained, per department', async () => {
    await runSession(
      org,
      { title: 'Bram geeft', trainerIds: [ambassadors.E02!], ...slot(-1, 2, 10) },
      { attended: ['E01', 'E07', 'E03'], noShow: ['E08'] },
    );
    // A planned session does not count as given.
    await newSession(t, org.token, { title: 'Eva geeft later', trainerIds: [ambassadors.E05!], ...slot(1, 2, 10) });
    const found = await cascade();
    const bram = found.roots[0]!.children.find((c) => c.ambassadorId === ambassadors.E02)!;
    expect(bram).toMatchObject({ sessionsGiven: 1, colleaguesTrained: 3 });
    expect(bram.trainedByDepartment).toEqual([
      { departmentId: org.department(PATHS.beuk), path: PATHS.beuk, trained: 2 },
      { departmentId: org.department(PATHS.eik), path: PATHS.eik, trained: 1 },
    ]);
    const eva = found.roots[0]!.children.find((c) => c.ambassadorId === ambassadors.E05)!;
    expect(eva).toMatchObject({ sessionsGiven: 0, colleaguesTrained: 0, trainedByDepartment: [] });
    expect(found.totals).toEqual({ certifiedTrainers: 2, colleaguesTrained: 3 });
  });

  it('lists an ambassador who gave an end-user session without certification as uncertified', async () => {
    await runSession(
      org,
      { title: 'Dirk geeft', trainerIds: [ambassadors.E04!], ...slot(-1, 3, 10) },
      { attended: ['E08', 'E06'] },
    );
    const found = await cascade();
    expect(found.uncertified).toHaveLength(1);
    expect(found.uncertified[0]).toMatchObject({
      key: `ambassador:${ambassadors.E04}`,
      kind: 'ambassador',
      ambassadorId: ambassadors.E04,
      certified: false,
      certifiedOn: null,
      sessionsGiven: 1,
      colleaguesTrained: 2,
    });
    const keys = (nodes: CascadeNode[]): string[] =>
      nodes.flatMap((node) => [node.key, ...keys(node.children as CascadeNode[])]);
    expect(keys(found.roots)).not.toContain(`ambassador:${ambassadors.E04}`);
    expect(found.totals).toEqual({ certifiedTrainers: 2, colleaguesTrained: 5 });
  });

  it('shows an external trainer as a root of kind external, with the ambassadors she certified', async () => {
    const session = await runSession(
      org,
      { kind: 'train_the_trainer', title: 'Extern', externalTrainer: 'Bureau Digitaal', ...slot(-1, 4, 10) },
      { attended: ['E06'] },
    );
    const found = await cascade();
    expect(found.roots).toHaveLength(2);
    const external = found.roots.find((r) => r.kind === 'external')!;
    expect(external).toMatchObject({ name: 'Bureau Digitaal', ambassadorId: null, sessionsGiven: 1 });
    expect(external.children.map((c) => [c.ambassadorId, c.certified, c.certifiedOn])).toEqual([
      [ambassadors.E06, true, localDay(session.startsAt as string)],
    ]);
    // The admin's root is unchanged.
    expect(found.roots.find((r) => r.kind === 'user')!.children).toHaveLength(2);
    expect(found.totals).toEqual({ certifiedTrainers: 3, colleaguesTrained: 5 });
  });

  it('keeps two ambassadors who certified each other in the cascade', async () => {
    // Before either is certified, Cor trains Hanna as a trainer; a day later Hanna trains Cor. Both are certified.
    const other = await setupOrg(t, 'Zorggroep Kringetje');
    const cor = (await makeAmbassador(t, other, 'E03')).id;
    const hanna = (await makeAmbassador(t, other, 'E08')).id;
    await runSession(
      other,
      { kind: 'train_the_trainer', trainerIds: [cor], ...slot(-1, 1, 10) },
      { attended: ['E08'] },
    );
    await runSession(
      other,
      { kind: 'train_the_trainer', trainerIds: [hanna], ...slot(-1, 2, 10) },
      { attended: ['E03'] },
    );
    const found = (await api(t).get('/api/v1/training/cascade').set(bearer(other.token)).expect(200))
      .body as TrainingCascade;
    expect(found.totals.certifiedTrainers).toBe(2);
    const keys = (nodes: CascadeNode[]): string[] =>
      nodes.flatMap((node) => [node.key, ...keys(node.children as CascadeNode[])]);
    // Every certified trainer shows up somewhere in the tree.
    expect([...keys(found.roots), ...keys(found.uncertified)]).toEqual(
      expect.arrayContaining([`ambassador:${cor}`, `ambassador:${hanna}`]),
    );
  });

  it('lets hr read it and keeps ambassadors out', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    expect((await api(t).get('/api/v1/training/cascade').set(bearer(hr.token)).expect(200)).body).toEqual(
      await cascade(),
    );
    const ambassador = await linkedUser(t, org, 'E02');
    await api(t).get('/api/v1/training/cascade').set(bearer(ambassador.token)).expect(403);
  });
});
