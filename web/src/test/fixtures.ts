import type {
  Department,
  Employee,
  ImportResult,
  Layer,
  MeResponse,
  Organisation,
  UserListItem,
} from '@ambassador/shared';

/** Typed example records for tests; values follow the shared schemas. */
export const organisation: Organisation = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  name: 'Zorggroep Horizon',
  slug: 'zorggroep-horizon',
  locale: 'nl',
  timezone: 'Europe/Amsterdam',
  coverageTarget: { perEmployees: 100, minPerCell: 1 },
  phase: 'build',
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

/** The three errors of the messy AFAS export in shared/fixtures, as the server reports them. */
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
