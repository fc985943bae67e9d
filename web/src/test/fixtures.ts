import type {
  Ambassador,
  AmbassadorDetail,
  AmbassadorSummary,
  Coverage,
  CoverageCell,
  CoverageDepartment,
  CoverageGap,
  CoverageTotals,
  Department,
  Employee,
  ImportResult,
  Layer,
  MeResponse,
  Organisation,
  UserListItem,
} from '@ambassador/shared';
import { RECOGNITION_DEFAULT_POINTS } from '@ambassador/shared/constants';

/** Typed example records for tests; values follow the shared schemas. */
export const organisation: Organisation = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  name: 'Zorggroep Horizon',
  slug: 'zorggroep-horizon',
  locale: 'nl',
  timezone: 'Europe/Amsterdam',
  coverageTarget: { perEmployees: 100, minPerCell: 1 },
  phase: 'build',
  recognition: { enabled: false, points: { ...RECOGNITION_DEFAULT_POINTS } },
  privacy: { retentionMonths: 24 },
};

export function meFor(role: MeResponse['user']['role'], id = '6f1c2d3e-0000-4000-8000-0000000000a1'): MeResponse {
  return {
    user: { id, email: `${role}@horizon.nl`, name: 'Anna de Vries', role },
    organisation,
  };
}

export function userItem(overrides: Partial<UserListItem> = {}): UserListItem {
  return {
    id: '6f1c2d3e-0000-4000-8000-0000000000b1',
    email: 'bram@horizon.nl',
    name: 'Bram Jansen',
    role: 'ambassador',
    status: 'active',
    employeeId: null,
    createdAt: '2025-01-10T09:00:00.000Z',
    lastLoginAt: '2025-02-01T08:30:00.000Z',
    inviteExpiresAt: null,
    ...overrides,
  };
}

const departmentId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
const layerId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

function department(
  n: number,
  name: string,
  parent: Department | null,
  counts: { own?: number; subtree?: number; code?: string } = {},
): Department {
  return {
    id: departmentId(n),
    name,
    code: counts.code ?? null,
    parentId: parent?.id ?? null,
    path: parent ? `${parent.path} / ${name}` : name,
    employeeCount: counts.own ?? 0,
    subtreeEmployeeCount: counts.subtree ?? counts.own ?? 0,
  };
}

const raad = department(1, 'Raad van Bestuur', null, { own: 6 });
const wonen = department(2, 'Wonen en Zorg', null, { own: 0, subtree: 80 });
const linde = department(3, 'De Linde', wonen, { own: 2, subtree: 67 });
const beuk = department(4, 'Afdeling Beuk', linde, { own: 45, code: 'KP-104' });
const eik = department(5, 'Afdeling Eik', linde, { own: 20 });
const baken = department(6, 'Het Baken', wonen, { own: 13 });
const ondersteuning = department(7, 'Ondersteuning', null, { own: 30 });

/** A small tree, flat and depth-first as GET /departments answers it. */
export const departments: Department[] = [raad, wonen, linde, beuk, eik, baken, ondersteuning];
export const departmentIds = { raad: raad.id, wonen: wonen.id, linde: linde.id, beuk: beuk.id, eik: eik.id };

export const layers: Layer[] = [
  { id: layerId(1), name: 'Bestuur en directie', rank: 0, employeeCount: 6 },
  { id: layerId(2), name: 'Management', rank: 1, employeeCount: 14 },
  { id: layerId(3), name: 'Teamleiding', rank: 2, employeeCount: 26 },
  { id: layerId(4), name: 'Zorg en behandeling', rank: 3, employeeCount: 394 },
];

export function employee(overrides: Partial<Employee> = {}): Employee {
  return {
    id: '6f1c2d3e-0000-4000-8000-000000000301',
    employeeNumber: '1030',
    name: 'Mohamed Scheerder',
    email: 'mohamed.scheerder@horizon.example',
    departmentId: beuk.id,
    department: { id: beuk.id, name: beuk.name, path: beuk.path },
    layerId: layerId(4),
    layer: { id: layerId(4), name: 'Zorg en behandeling' },
    jobTitle: 'Verzorgende IG',
    location: 'De Linde',
    digitalSkill: 'medium',
    status: 'active',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-02-01T08:30:00.000Z',
    ...overrides,
  };
}

/**
 * Fields the server added after this web code was written are spread in, so the fixture type-checks whether or not
 * the shared schema has them yet.
 */
const laterImportFields = { leftAmbassadors: [] };

export function importResult(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    ...laterImportFields,
    dryRun: true,
    rows: 529,
    created: 529,
    updated: 0,
    unchanged: 0,
    markedLeft: 0,
    createdDepartments: 26,
    createdLayers: 0,
    newDepartments: ['Raad van Bestuur', 'Wonen en Zorg', 'Wonen en Zorg / De Linde'],
    newLayers: [],
    errors: [],
    ...overrides,
  };
}

/** The three errors of the messy AFAS export in server/src/test/fixtures, as the server reports them. */
export const messyImportErrors: ImportResult['errors'] = [
  {
    line: 12,
    column: 'employee_number',
    code: 'duplicate_employee_number',
    message: 'Employee number 1005 also appears on line 7.',
  },
  { line: 23, column: 'name', code: 'required', message: '"name" is required.' },
  { line: 33, column: 'layer', code: 'unknown_layer', message: 'Unknown layer "Stagiair"' },
];

const ambassadorId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000004${String(n).padStart(2, '0')}`;
const employeeId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`;

const TRANSITIONS: Record<Ambassador['status'], Ambassador['status'][]> = {
  candidate: ['invited', 'onboarding', 'declined'],
  invited: ['onboarding', 'declined'],
  onboarding: ['active', 'alumni'],
  active: ['paused', 'alumni'],
  paused: ['active', 'alumni'],
  alumni: ['onboarding'],
  declined: ['candidate'],
};

/** An ambassador in Afdeling Beuk × Zorg en behandeling; `n` makes ids and the name differ. */
export function ambassador(overrides: Partial<Ambassador> = {}, n = 1): Ambassador {
  const status = overrides.status ?? 'candidate';
  return {
    id: ambassadorId(n),
    employeeId: employeeId(n),
    employee: {
      id: employeeId(n),
      employeeNumber: String(1030 + n),
      name: `Bram Jansen ${n}`,
      jobTitle: 'Verzorgende IG',
      status: 'active',
      department: { id: beuk.id, name: beuk.name, path: beuk.path },
      layer: { id: layerId(4), name: 'Zorg en behandeling' },
    },
    status,
    roles: [],
    source: 'recruited',
    nominatedBy: null,
    motivation: null,
    notes: null,
    hoursPerMonth: null,
    managerConsent: null,
    managerConsentDate: null,
    startDate: null,
    endDate: null,
    employeeLeft: false,
    allowedTransitions: TRANSITIONS[status],
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A colleague as an ambassador gets her in the list: who she is, where she works and her roles and status. */
export function ambassadorSummary(overrides: Partial<Ambassador> = {}, n = 1): AmbassadorSummary {
  const { id, employeeId, employee, status, roles } = ambassador(overrides, n);
  const { name, department, layer } = employee;
  return { id, employeeId, employee: { id: employee.id, name, department, layer }, status, roles };
}

export function ambassadorDetail(overrides: Partial<AmbassadorDetail> = {}, n = 1): AmbassadorDetail {
  const base = ambassador(overrides, n);
  return {
    ...base,
    history: [
      {
        id: '6f1c2d3e-0000-4000-8000-000000000501',
        from: null,
        to: 'candidate',
        note: null,
        changedAt: '2025-03-01T09:00:00.000Z',
        changedBy: { id: '6f1c2d3e-0000-4000-8000-0000000000a1', name: 'Anna de Vries' },
      },
    ],
    ...overrides,
  };
}

export function totals(overrides: Partial<CoverageTotals> = {}): CoverageTotals {
  return {
    employees: 0,
    activeAmbassadors: 0,
    target: 0,
    cells: 0,
    coveredCells: 0,
    coveragePct: 0,
    employeesInCoveredCellsPct: 0,
    ...overrides,
  };
}

function coverageDepartment(department: Department, rolled: Partial<CoverageTotals>, own: Partial<CoverageTotals>) {
  const result: CoverageDepartment = {
    id: department.id,
    name: department.name,
    parentId: department.parentId,
    path: department.path,
    ...totals(rolled),
    own: totals(own),
  };
  return result;
}

export const coverageLayers = layers.map((layer) => ({
  id: layer.id,
  name: layer.name,
  rank: layer.rank,
  totals: totals(),
}));

/** Beuk × Zorg under target (1 of 3); Eik × Zorg uncovered; Linde × Teamleiding covered. */
export const coverageCells: CoverageCell[] = [
  { departmentId: beuk.id, layerId: layerId(4), employees: 45, ambassadors: 1, target: 3, status: 'under' },
  { departmentId: eik.id, layerId: layerId(4), employees: 20, ambassadors: 0, target: 1, status: 'uncovered' },
  { departmentId: linde.id, layerId: layerId(3), employees: 2, ambassadors: 1, target: 1, status: 'covered' },
  { departmentId: raad.id, layerId: layerId(1), employees: 6, ambassadors: 0, target: 1, status: 'uncovered' },
];

export function coverage(overrides: Partial<Coverage> = {}): Coverage {
  return {
    target: { perEmployees: 100, minPerCell: 1 },
    totals: totals({
      employees: 73,
      activeAmbassadors: 2,
      target: 6,
      cells: 4,
      coveredCells: 1,
      coveragePct: 25,
      employeesInCoveredCellsPct: 2.7,
    }),
    layers: coverageLayers,
    departments: [
      coverageDepartment(raad, { employees: 6, cells: 1, target: 1 }, { employees: 6, cells: 1, target: 1 }),
      coverageDepartment(wonen, { employees: 67, cells: 3, coveredCells: 1, coveragePct: 33.3 }, {}),
      coverageDepartment(
        linde,
        { employees: 67, cells: 3, coveredCells: 1, coveragePct: 33.3 },
        { employees: 2, cells: 1, coveredCells: 1, coveragePct: 100 },
      ),
      coverageDepartment(beuk, { employees: 45, cells: 1 }, { employees: 45, cells: 1 }),
      coverageDepartment(eik, { employees: 20, cells: 1 }, { employees: 20, cells: 1 }),
    ],
    cells: coverageCells,
    ...overrides,
  };
}

export function coverageGap(overrides: Partial<CoverageGap> = {}): CoverageGap {
  return {
    departmentId: beuk.id,
    departmentPath: beuk.path,
    layerId: layerId(4),
    layerName: 'Zorg en behandeling',
    employees: 45,
    ambassadors: 1,
    target: 3,
    status: 'under',
    suggestions: [
      {
        employeeId: employeeId(11),
        employeeNumber: '1041',
        name: 'Fatima el Amrani',
        jobTitle: 'Teamleider',
        score: 7,
        reason: 'team_lead',
      },
      {
        employeeId: employeeId(12),
        employeeNumber: '1042',
        name: 'Joost de Wit',
        jobTitle: 'Verzorgende IG',
        score: 6,
        reason: 'high_digital_skill',
      },
    ],
    ...overrides,
  };
}

export const layerIds = { bestuur: layerId(1), management: layerId(2), teamleiding: layerId(3), zorg: layerId(4) };
