import type { CreateEmployeeBody, Employee, EmployeeListQuery, Role, UpdateEmployeeBody } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Changes } from '../../events/index.ts';
import type { Scope } from '../../http/actor.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { NotFound } from '../../http/errors.ts';
import { ValidationFailed } from '../../http/errors.ts';
import type { DepartmentTree } from '../departments/department-tree.ts';
import { findDepartment } from '../departments/departments.repository.ts';
import { loadTree } from '../departments/departments.service.ts';
import { findLayer } from '../layers/layers.repository.ts';
import { EmployeeNumberTaken, SearchRequired } from './employees.errors.ts';
import {
  findEmployee,
  insertEmployee,
  listEmployees,
  updateEmployee,
  type EmployeeListRow,
} from './employees.repository.ts';
import { pageWindow, toPage } from '../../http/pages.ts';

/** Ambassadors may look colleagues up by name (to add a participant, say), not browse the organisation. */
const AMBASSADOR_SEARCH_LIMIT = 20;

export function employeeDto(row: EmployeeListRow, tree: DepartmentTree): Employee {
  return {
    id: row.id,
    employeeNumber: row.employeeNumber,
    name: row.name,
    email: row.email,
    departmentId: row.departmentId,
    department: { id: row.departmentId, name: row.departmentName, path: tree.path(row.departmentId) },
    layerId: row.layerId,
    layer: { id: row.layerId, name: row.layerName },
    jobTitle: row.jobTitle,
    location: row.location,
    digitalSkill: row.digitalSkill,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function list(scope: Scope & { role: Role; query: EmployeeListQuery }) {
  const { db, organisationId, role } = scope;
  let query = scope.query;
  if (role === 'ambassador') {
    if ((query.q?.trim().length ?? 0) < 2) throw new SearchRequired();
    query = {
      q: query.q,
      status: 'active',
      limit: Math.min(query.limit ?? AMBASSADOR_SEARCH_LIMIT, AMBASSADOR_SEARCH_LIMIT),
    };
  }
  const window = pageWindow(query);
  const [{ rows, total }, tree] = await together(scope.db, [
    async () => listEmployees({ db, organisationId, filter: { ...query, ...window } }),
    async () => loadTree({ db, organisationId }),
  ]);
  return toPage(
    rows.map((row) => employeeDto(row, tree)),
    total,
    window,
  );
}

export async function get(scope: Scope & { employeeId: string }) {
  const [row, tree] = await together(scope.db, [async () => findEmployee(scope), async () => loadTree(scope)]);
  if (!row) throw new NotFound('employee');
  return employeeDto(row, tree);
}

/** A department or layer id in a body must be one of this organisation's: a field error, like any bad value. */
async function checkReferences(scope: Scope, body: { departmentId?: string; layerId?: string }) {
  const errors = [];
  if (body.departmentId && !(await findDepartment({ ...scope, departmentId: body.departmentId }))) {
    errors.push({ field: 'departmentId', code: 'not_found', message: 'unknown department' });
  }
  if (body.layerId && !(await findLayer({ ...scope, layerId: body.layerId }))) {
    errors.push({ field: 'layerId', code: 'not_found', message: 'unknown layer' });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
}

function numberConflicts<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (isUniqueViolation(error, 'employees_number_key')) throw new EmployeeNumberTaken();
    throw error;
  });
}

const clean = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

export async function create(scope: Scope & { changes: Changes; body: CreateEmployeeBody }) {
  const { body, changes } = scope;
  await checkReferences(scope, body);
  const row = await numberConflicts(() =>
    insertEmployee({
      ...scope,
      values: {
        employeeNumber: body.employeeNumber.trim(),
        name: body.name.trim(),
        email: clean(body.email)?.toLowerCase() ?? null,
        departmentId: body.departmentId,
        layerId: body.layerId,
        jobTitle: clean(body.jobTitle) ?? null,
        location: clean(body.location) ?? null,
        digitalSkill: body.digitalSkill ?? null,
      },
    }),
  );
  changes.coverage(scope.organisationId);
  return get({ ...scope, employeeId: row.id });
}

export async function update(scope: Scope & { changes: Changes; employeeId: string; body: UpdateEmployeeBody }) {
  const { body, employeeId, changes } = scope;
  await checkReferences(scope, body);
  const row = await numberConflicts(() =>
    updateEmployee({
      ...scope,
      employeeId,
      changes: {
        employeeNumber: body.employeeNumber?.trim(),
        name: body.name?.trim(),
        email: clean(body.email)?.toLowerCase() ?? (body.email === null ? null : undefined),
        departmentId: body.departmentId,
        layerId: body.layerId,
        jobTitle: clean(body.jobTitle),
        location: clean(body.location),
        digitalSkill: body.digitalSkill,
        status: body.status,
        leftAt: body.status === undefined ? undefined : body.status === 'left' ? new Date() : null,
      },
    }),
  );
  if (!row) throw new NotFound('employee');
  changes.coverage(scope.organisationId);
  return get({ ...scope, employeeId });
}
