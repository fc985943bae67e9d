import { parse } from 'scim2-parse-filter';
import { together } from '../../db/rows.ts';
import type { Changes } from '../../events/index.ts';
import type { Scope } from '../../http/actor.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { NotFound } from '../../http/errors.ts';
import type { DepartmentTree } from '../departments/department-tree.ts';
import { loadTree } from '../departments/departments.service.ts';
import { insertEmployee, updateEmployee } from '../employees/employees.repository.ts';
import {
  findProvisionedEmployee,
  provisionedEmployees,
  takenKeys,
  type ProvisionedEmployee,
  type ProvisioningFilter,
} from '../employees/provisioning.repository.ts';
import { layerRows } from '../layers/layers.repository.ts';
import { endAccessOfEmployee } from '../users/offboarding.ts';
import { InvalidFilter, InvalidValue, Uniqueness } from './scim.errors.ts';
import { applyPatch } from './scim.patch.ts';
import { MAX_SCIM_PAGE, SCIM } from './scim.resources.ts';
import { readScimUser, toScimUser, type ScimUserInput } from './scim.user.ts';

/** What every SCIM call works with: the token's organisation, and where its users live (for `meta.location`). */
export type ScimScope = Scope & { usersUrl: string };
type WriteScope = ScimScope & { changes: Changes };

function present(scope: ScimScope, employee: ProvisionedEmployee, tree: DepartmentTree) {
  return toScimUser(
    { ...employee, departmentPath: tree.path(employee.departmentId) },
    `${scope.usersUrl}/${employee.id}`,
  );
}

/** The filters an identity system uses to find a user before it creates her (RFC 7644 §3.4.2.2). */
function filterOf(text: string | undefined): ProvisioningFilter {
  if (text === undefined || text.trim() === '') return {};
  let ast: ReturnType<typeof parse>;
  try {
    ast = parse(text);
  } catch {
    throw new InvalidFilter('it is not a valid SCIM filter');
  }
  if (ast.op !== 'eq' || !('attrPath' in ast) || typeof ast.compValue !== 'string')
    throw new InvalidFilter('only one "eq" comparison with a string');
  const attribute = ast.attrPath.replace(`${SCIM.user}:`, '').toLowerCase();
  if (attribute === 'username') return { email: ast.compValue };
  if (attribute === 'externalid') return { externalId: ast.compValue };
  throw new InvalidFilter(`${ast.attrPath} cannot be filtered on`);
}

export async function listUsers(
  scope: ScimScope & { query: { filter?: string; startIndex?: number; count?: number } },
) {
  const filter = filterOf(scope.query.filter);
  // SCIM counts from 1; a start below 1 is read as 1 and a count above the page size as the page size (§3.4.2.4).
  const startIndex = Math.max(1, scope.query.startIndex ?? 1);
  const limit = Math.min(Math.max(0, scope.query.count ?? MAX_SCIM_PAGE), MAX_SCIM_PAGE);
  const [{ items, total }, tree] = await together(scope.db, [
    async () => provisionedEmployees({ ...scope, filter, window: { limit, offset: startIndex - 1 } }),
    async () => loadTree(scope),
  ]);
  return {
    schemas: [SCIM.listResponse],
    totalResults: total,
    startIndex,
    itemsPerPage: items.length,
    Resources: items.map((employee) => present(scope, employee, tree)),
  };
}

export async function getUser(scope: ScimScope & { employeeId: string }) {
  const [employee, tree] = await together(scope.db, [
    async () => findProvisionedEmployee(scope),
    async () => loadTree(scope),
  ]);
  if (!employee) throw new NotFound('user');
  return present(scope, employee, tree);
}

const SEPARATORS = /\s*[/>\\]\s*/;

/** A department by its path from the top ("Zorg / Wijkteam Noord"), or by a name only one department has. */
function departmentId(tree: DepartmentTree, wanted: string): string {
  const segments = wanted
    .split(SEPARATORS)
    .filter(Boolean)
    .map((segment) => segment.toLowerCase());
  const ids = [...tree.byId.keys()];
  const byPath = ids.find((id) => {
    const path = tree.segments(id);
    return path.length === segments.length && path.every((name, i) => name.toLowerCase() === segments[i]);
  });
  if (byPath) return byPath;
  const byName = segments.length === 1 ? ids.filter((id) => tree.byId.get(id)!.name.toLowerCase() === segments[0]) : [];
  if (byName.length === 1) return byName[0]!;
  throw new InvalidValue(
    byName.length > 1
      ? `Several departments are called "${wanted}": give the path from the top, e.g. "Zorg / ${wanted}"`
      : `No department "${wanted}" in this organisation`,
  );
}

/** A layer by name; without one, the organisation's last layer (the work floor, in the usual order). */
async function layerId(scope: Scope, wanted: string | undefined): Promise<string> {
  const layers = await layerRows(scope);
  if (layers.length === 0) throw new InvalidValue('This organisation has no layers yet');
  if (wanted === undefined) return layers.at(-1)!.id;
  const found = layers.find((layer) => layer.name.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new InvalidValue(`No layer "${wanted}" in this organisation`);
  return found.id;
}

async function refuseTaken(scope: Scope, keys: Parameters<typeof takenKeys>[0]['keys'], exceptId?: string) {
  const [taken] = await takenKeys({ ...scope, keys, ...(exceptId ? { exceptId } : {}) });
  if (taken) throw new Uniqueness(taken);
}

function uniquenessOf(error: unknown): never {
  if (isUniqueViolation(error, 'employees_number_key')) throw new Uniqueness('employeeNumber');
  if (isUniqueViolation(error, 'employees_external_id_key')) throw new Uniqueness('externalId');
  throw error;
}

const statusOf = (active: boolean) =>
  active ? { status: 'active' as const, leftAt: null } : { status: 'left' as const, leftAt: new Date() };

export async function createUser(scope: WriteScope & { body: unknown }) {
  const input = readScimUser(scope.body);
  if (input.department === undefined)
    throw new InvalidValue(`A new user needs a department (${SCIM.enterprise}:department)`);
  const tree = await loadTree(scope);
  const employeeNumber = input.employeeNumber ?? input.externalId ?? input.userName;
  if (employeeNumber.length > 50)
    throw new InvalidValue('No employee number: send employeeNumber (the externalId and userName are too long)');
  const placement = { departmentId: departmentId(tree, input.department), layerId: await layerId(scope, input.layer) };
  await refuseTaken(scope, { email: input.email, externalId: input.externalId, employeeNumber });
  const row = await insertEmployee({
    ...scope,
    values: {
      employeeNumber,
      name: input.name,
      email: input.email,
      externalId: input.externalId ?? null,
      ...placement,
      jobTitle: input.jobTitle ?? null,
      ...statusOf(input.active),
    },
  }).catch(uniquenessOf);
  scope.changes.coverage(scope.organisationId);
  return getUser({ ...scope, employeeId: row.id });
}

/** A replace: what the body gives, the employee's own where an optional field is absent. */
async function replaceWith(scope: WriteScope & { employeeId: string; input: ScimUserInput }) {
  const { input, employeeId } = scope;
  const current = await findProvisionedEmployee(scope);
  if (!current) throw new NotFound('user');
  const tree = await loadTree(scope);
  const placement = {
    ...(input.department === undefined ? {} : { departmentId: departmentId(tree, input.department) }),
    ...(input.layer === undefined ? {} : { layerId: await layerId(scope, input.layer) }),
  };
  await refuseTaken(
    scope,
    { email: input.email, externalId: input.externalId, employeeNumber: input.employeeNumber },
    employeeId,
  );
  const changes = {
    name: input.name,
    email: input.email,
    ...(input.externalId === undefined ? {} : { externalId: input.externalId }),
    ...(input.employeeNumber === undefined ? {} : { employeeNumber: input.employeeNumber }),
    ...placement,
    ...(input.jobTitle === undefined ? {} : { jobTitle: input.jobTitle }),
    ...((current.status === 'active') !== input.active ? statusOf(input.active) : {}),
  };
  const leaves = current.status === 'active' && !input.active;
  await scope.db.transaction(async (tx) => {
    await updateEmployee({ db: tx, organisationId: scope.organisationId, employeeId, changes }).catch(uniquenessOf);
    if (leaves) await endAccessOfEmployee({ db: tx, organisationId: scope.organisationId, employeeId });
  });
  scope.changes.coverage(scope.organisationId);
  return getUser(scope);
}

export async function replaceUser(scope: WriteScope & { employeeId: string; body: unknown }) {
  // Not found before bad input: another organisation's id answers as a missing one, whatever the body.
  if (!(await findProvisionedEmployee(scope))) throw new NotFound('user');
  return replaceWith({ ...scope, input: readScimUser(scope.body) });
}

export async function patchUser(scope: WriteScope & { employeeId: string; body: unknown }) {
  const current = await getUser(scope);
  return replaceWith({ ...scope, input: readScimUser(applyPatch(current, scope.body)) });
}

/**
 * Deprovisioning: she leaves, as the HR import marks her, and her accounts can no longer sign in (the organisation's
 * last active admin excepted); her history (trainings, activities) stays.
 */
export async function deleteUser(scope: WriteScope & { employeeId: string }) {
  const current = await findProvisionedEmployee(scope);
  if (!current) throw new NotFound('user');
  if (current.status === 'left') return;
  await scope.db.transaction(async (tx) => {
    const inner = { db: tx, organisationId: scope.organisationId, employeeId: scope.employeeId };
    await updateEmployee({ ...inner, changes: statusOf(false) });
    await endAccessOfEmployee(inner);
  });
  scope.changes.coverage(scope.organisationId);
}
