import type { CascadeNode, Plan, TrainingCascade, TrainingCoverage } from '@ambassador/shared';
import { ambassador, departmentIds, departments, layerIds, layers } from './fixtures.ts';

/** Wave plans, training coverage and the cascade for tests; ids and names follow the fixtures in fixtures.ts. */

const pathOf = (id: string) => departments.find((department) => department.id === id)!.path;
const employeeId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000006${String(n).padStart(2, '0')}`;

export const trainerIds = { fatima: ambassador({}, 21).id, joost: ambassador({}, 22).id };

/** Two trainers with the trainer role; Joost works in Afdeling Eik. */
export const trainers = [
  ambassador(
    { status: 'active', roles: ['trainer'], employee: { ...ambassador({}, 21).employee, name: 'Fatima el Amrani' } },
    21,
  ),
  ambassador(
    {
      status: 'active',
      roles: ['trainer'],
      employee: {
        ...ambassador({}, 22).employee,
        name: 'Joost de Wit',
        department: { id: departmentIds.eik, name: 'Afdeling Eik', path: pathOf(departmentIds.eik) },
      },
    },
    22,
  ),
];

export const participants = {
  annemiek: { id: employeeId(1), name: 'Annemiek Bos' },
  bart: { id: employeeId(2), name: 'Bart Kok' },
  chantal: { id: employeeId(3), name: 'Chantal Vos' },
  dirk: { id: employeeId(4), name: 'Dirk Mulder' },
};

type ProposedSession = Plan['sessions'][number];

function proposed(overrides: Partial<ProposedSession>): ProposedSession {
  return {
    title: 'Training intranet – Afdeling Beuk',
    startsAt: '2026-03-10T08:30:00.000Z',
    endsAt: '2026-03-10T10:00:00.000Z',
    trainerIds: [trainerIds.fatima],
    departmentIds: [departmentIds.beuk],
    employeeIds: [participants.annemiek.id, participants.bart.id],
    capacity: 12,
    wave: 'golf 1',
    trainerFromDepartment: true,
    digitalHelp: false,
    buddyId: null,
    roomId: null,
    location: null,
    ...overrides,
  };
}

/**
 * Beuk gets two sessions by its own trainer; Eik one by a trainer from Beuk (none of its own is free); one
 * employee of Eik found no slot.
 */
export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    sessions: [
      proposed({}),
      proposed({
        title: 'Training intranet – Afdeling Eik',
        startsAt: '2026-03-10T10:15:00.000Z',
        endsAt: '2026-03-10T11:45:00.000Z',
        departmentIds: [departmentIds.eik],
        employeeIds: [participants.chantal.id],
        trainerFromDepartment: false,
      }),
      proposed({
        title: 'Training intranet – Afdeling Beuk (2)',
        startsAt: '2026-03-11T08:30:00.000Z',
        endsAt: '2026-03-11T10:00:00.000Z',
        employeeIds: [participants.dirk.id],
      }),
    ],
    unplanned: [
      {
        employeeId: employeeId(9),
        name: 'Esther Smit',
        departmentId: departmentIds.eik,
        reason: 'no_slot',
        sessionId: null,
      },
    ],
    summary: {
      untrained: 5,
      planned: 4,
      sessions: 3,
      unplannedByReason: { already_scheduled: 0, no_trainer: 0, no_room: 0, no_slot: 1 },
    },
    ...overrides,
  };
}

const counts = (employees: number, trained: number) => ({
  employees,
  trained,
  trainedPct: employees === 0 ? 0 : Math.round((trained / employees) * 1000) / 10,
});

function trainingDepartment(id: string, rolled: [number, number], own: [number, number], trainers: number) {
  const department = departments.find((item) => item.id === id)!;
  return {
    id,
    name: department.name,
    parentId: department.parentId,
    path: department.path,
    ...counts(...rolled),
    certifiedTrainers: trainers,
    own: counts(...own),
  };
}

/** Beuk × Zorg partly trained (9 of 45); Eik × Zorg nobody; Linde × Teamleiding everyone; Eik has no trainer. */
export function trainingCoverage(overrides: Partial<TrainingCoverage> = {}): TrainingCoverage {
  return {
    totals: { ...counts(73, 11), certifiedTrainers: 2 },
    layers: layers.map((layer) => ({ id: layer.id, name: layer.name, rank: layer.rank, totals: counts(0, 0) })),
    departments: [
      trainingDepartment(departmentIds.raad, [6, 0], [6, 0], 0),
      trainingDepartment(departmentIds.wonen, [67, 11], [0, 0], 2),
      trainingDepartment(departmentIds.linde, [67, 11], [2, 2], 2),
      trainingDepartment(departmentIds.beuk, [45, 9], [45, 9], 1),
      trainingDepartment(departmentIds.eik, [20, 0], [20, 0], 0),
    ],
    cells: [
      { departmentId: departmentIds.beuk, layerId: layerIds.zorg, ...counts(45, 9) },
      { departmentId: departmentIds.eik, layerId: layerIds.zorg, ...counts(20, 0) },
      { departmentId: departmentIds.linde, layerId: layerIds.teamleiding, ...counts(2, 2) },
      { departmentId: departmentIds.raad, layerId: layerIds.bestuur, ...counts(6, 0) },
    ],
    departmentsWithoutTrainer: [
      { id: departmentIds.raad, name: 'Raad van Bestuur', path: 'Raad van Bestuur', employees: 6 },
      { id: departmentIds.eik, name: 'Afdeling Eik', path: pathOf(departmentIds.eik), employees: 20 },
    ],
    ...overrides,
  };
}

function node(overrides: Partial<CascadeNode> & Pick<CascadeNode, 'key' | 'name'>): CascadeNode {
  return {
    kind: 'ambassador',
    ambassadorId: null,
    departmentPath: null,
    certified: true,
    certifiedOn: null,
    sessionsGiven: 0,
    colleaguesTrained: 0,
    trainedByDepartment: [],
    children: [],
    ...overrides,
  };
}

/** The communication team certified Fatima, who certified Joost; Karin trained colleagues uncertified. */
export function cascade(overrides: Partial<TrainingCascade> = {}): TrainingCascade {
  const joost = node({
    key: `ambassador:${trainerIds.joost}`,
    name: 'Joost de Wit',
    ambassadorId: trainerIds.joost,
    departmentPath: pathOf(departmentIds.eik),
    certifiedOn: '2026-02-20',
    sessionsGiven: 1,
    colleaguesTrained: 8,
    trainedByDepartment: [{ departmentId: departmentIds.eik, path: pathOf(departmentIds.eik), trained: 8 }],
  });
  const fatima = node({
    key: `ambassador:${trainerIds.fatima}`,
    name: 'Fatima el Amrani',
    ambassadorId: trainerIds.fatima,
    departmentPath: pathOf(departmentIds.beuk),
    certifiedOn: '2026-02-03',
    sessionsGiven: 3,
    colleaguesTrained: 31,
    trainedByDepartment: [
      { departmentId: departmentIds.beuk, path: pathOf(departmentIds.beuk), trained: 27 },
      { departmentId: departmentIds.eik, path: pathOf(departmentIds.eik), trained: 4 },
    ],
    children: [joost],
  });
  return {
    roots: [
      node({
        key: 'user:6f1c2d3e-0000-4000-8000-0000000000a1',
        kind: 'user',
        name: 'Anna de Vries',
        sessionsGiven: 2,
        children: [fatima],
      }),
    ],
    uncertified: [
      node({
        key: 'ambassador:6f1c2d3e-0000-4000-8000-000000000499',
        name: 'Karin Hoekstra',
        departmentPath: 'Ondersteuning',
        certified: false,
        sessionsGiven: 1,
        colleaguesTrained: 6,
      }),
    ],
    totals: { certifiedTrainers: 2, colleaguesTrained: 45 },
    ...overrides,
  };
}
