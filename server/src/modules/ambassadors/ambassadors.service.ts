import {
  type Ambassador,
  type AmbassadorListQuery,
  type AmbassadorRole,
  type AmbassadorStatus,
  type AmbassadorSummary,
  type CreateAmbassadorBody,
  type UpdateAmbassadorBody,
} from '@ambassador/shared';
import { AMBASSADOR_TRANSITIONS, OWN_EDITABLE_FIELDS } from '@ambassador/shared/constants';
import { together } from '../../db/rows.ts';
import type { Changes } from '../../events/index.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { ActorScope, Scope } from '../../http/actor.ts';
import { Forbidden, NotFound, ValidationFailed, type FieldError } from '../../http/errors.ts';
import { dayIn } from '../../lib/days.ts';
import type { DepartmentTree } from '../departments/department-tree.ts';
import { loadTree } from '../departments/departments.service.ts';
import { findEmployeeRef } from '../employees/employees.repository.ts';
import { AlreadyAmbassador, IllegalTransition } from './ambassadors.errors.ts';
import {
  findAmbassador,
  findAmbassadorByEmployee,
  insertAmbassador,
  insertStatusChange,
  listAmbassadors,
  lockAmbassador,
  statusHistory,
  updateAmbassador,
  type AmbassadorListRow,
  type AmbassadorValues,
} from './ambassadors.repository.ts';
import { pageWindow, toPage } from '../../http/pages.ts';

/** Leaves out the fields a request did not send, so that they do not overwrite defaults. */
function sent<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function departmentOf(employee: AmbassadorListRow['employee'], tree: DepartmentTree) {
  return { id: employee.departmentId, name: employee.departmentName, path: tree.path(employee.departmentId) };
}

/** What anyone may see of an ambassador; built field by field, so a field added to the record stays out of it. */
function ambassadorSummary({ ambassador, employee }: AmbassadorListRow, tree: DepartmentTree): AmbassadorSummary {
  return {
    id: ambassador.id,
    employeeId: ambassador.employeeId,
    employee: {
      id: employee.id,
      name: employee.name,
      department: departmentOf(employee, tree),
      layer: { id: employee.layerId, name: employee.layerName },
    },
    status: ambassador.status,
    roles: ambassador.roles as AmbassadorRole[],
  };
}

/**
 * The whole record, for those who may read it. One object literal, not the summary spread and extended: a list
 * builds fifty of these per request, and extending spread objects made each cost some 30 µs instead of 2.
 */
export function ambassadorDto(row: AmbassadorListRow, tree: DepartmentTree): Ambassador {
  const { ambassador, employee, nominatorName } = row;
  return {
    id: ambassador.id,
    employeeId: ambassador.employeeId,
    employee: {
      id: employee.id,
      name: employee.name,
      department: departmentOf(employee, tree),
      layer: { id: employee.layerId, name: employee.layerName },
      employeeNumber: employee.employeeNumber,
      jobTitle: employee.jobTitle,
      status: employee.status,
    },
    status: ambassador.status,
    roles: ambassador.roles as AmbassadorRole[],
    source: ambassador.source,
    nominatedBy:
      ambassador.nominatedByEmployeeId && nominatorName
        ? { id: ambassador.nominatedByEmployeeId, name: nominatorName }
        : null,
    motivation: ambassador.motivation,
    notes: ambassador.notes,
    hoursPerMonth: ambassador.hoursPerMonth,
    managerConsent: ambassador.managerConsent,
    managerConsentDate: ambassador.managerConsentDate,
    startDate: ambassador.startDate,
    endDate: ambassador.endDate,
    employeeLeft: employee.status === 'left',
    allowedTransitions: [...AMBASSADOR_TRANSITIONS[ambassador.status]],
    createdAt: ambassador.createdAt.toISOString(),
    updatedAt: ambassador.updatedAt.toISOString(),
  };
}

/**
 * Admins and hr read every record in full; an ambassador user her own only (the one of her employee). The detail
 * refuses her any other record, the list shows her the others as summaries.
 */
function readsInFull(actor: ActorScope, row: AmbassadorListRow): boolean {
  if (actor.role !== 'ambassador') return true;
  return actor.employeeId !== undefined && actor.employeeId === row.ambassador.employeeId;
}

export async function list(actor: ActorScope & { query: AmbassadorListQuery }) {
  const window = pageWindow(actor.query);
  const [{ rows, total }, tree] = await together(actor.db, [
    async () => listAmbassadors({ ...actor, filter: { ...actor.query, ...window } }),
    async () => loadTree(actor),
  ]);
  const items = rows.map((row) => (readsInFull(actor, row) ? ambassadorDto(row, tree) : ambassadorSummary(row, tree)));
  return toPage(items, total, window);
}

function assertMayRead(actor: ActorScope, row: AmbassadorListRow) {
  if (!readsInFull(actor, row)) throw new Forbidden();
}

export async function get(actor: ActorScope & { ambassadorId: string }) {
  const [row, tree, history] = await together(actor.db, [
    async () => findAmbassador(actor),
    async () => loadTree(actor),
    async () => statusHistory(actor),
  ]);
  if (!row) throw new NotFound('ambassador');
  assertMayRead(actor, row);
  return {
    ...ambassadorDto(row, tree),
    history: history.map((change) => ({
      id: change.id,
      from: change.from,
      to: change.to,
      note: change.note,
      changedAt: change.changedAt.toISOString(),
      changedBy:
        change.changedById && change.changedByName ? { id: change.changedById, name: change.changedByName } : null,
    })),
  };
}

async function checkEmployees(scope: Scope, ids: { field: string; id: string | null | undefined }[]) {
  const errors: FieldError[] = [];
  for (const { field, id } of ids) {
    if (id && !(await findEmployeeRef({ ...scope, employeeId: id }))) {
      errors.push({ field, code: 'not_found', message: 'unknown employee' });
    }
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/**
 * Dates that follow from a status unless the request gives them: the first day as active, the last as alumni; a
 * rejoin reopens the record.
 */
function datesFor(to: AmbassadorStatus, current: { startDate: string | null; endDate: string | null }, day: string) {
  if (to === 'active') return { startDate: current.startDate ?? day, endDate: null };
  if (to === 'alumni') return { endDate: day };
  if (to === 'onboarding' && current.endDate) return { endDate: null };
  return {};
}

function recordFields(body: Omit<UpdateAmbassadorBody, 'status' | 'note'>): Partial<AmbassadorValues> {
  return {
    roles: body.roles,
    source: body.source,
    nominatedByEmployeeId: body.nominatedBy,
    motivation: body.motivation === undefined ? undefined : body.motivation?.trim() || null,
    notes: body.notes === undefined ? undefined : body.notes?.trim() || null,
    hoursPerMonth: body.hoursPerMonth,
    managerConsent: body.managerConsent,
    managerConsentDate: body.managerConsentDate,
    startDate: body.startDate,
    endDate: body.endDate,
  };
}

export async function create(actor: ActorScope & { changes: Changes; body: CreateAmbassadorBody }) {
  const { db, organisationId, body, changes } = actor;
  await checkEmployees(actor, [
    { field: 'employeeId', id: body.employeeId },
    { field: 'nominatedBy', id: body.nominatedBy },
  ]);
  const status = body.status ?? 'candidate';
  const day = dayIn(actor.timezone);
  const created = await db
    .transaction(async (tx) => {
      if (await findAmbassadorByEmployee({ db: tx, organisationId, employeeId: body.employeeId }))
        throw new AlreadyAmbassador();
      const row = await insertAmbassador({
        db: tx,
        organisationId,
        values: {
          roles: [],
          ...datesFor(status, { startDate: null, endDate: null }, day),
          ...sent(recordFields(body)),
          employeeId: body.employeeId,
          status,
          source: body.source,
        },
      });
      await insertStatusChange({
        db: tx,
        organisationId,
        change: { ambassadorId: row.id, fromStatus: null, toStatus: status, note: null, changedBy: actor.userId },
      });
      return row;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'ambassadors_employee_key')) throw new AlreadyAmbassador();
      throw error;
    });
  changes.coverage(organisationId);
  return get({ ...actor, ambassadorId: created.id });
}

export async function update(
  actor: ActorScope & { changes: Changes; ambassadorId: string; body: UpdateAmbassadorBody },
) {
  const { db, organisationId, ambassadorId, body, changes } = actor;
  if (actor.role === 'ambassador') {
    const row = await findAmbassador(actor);
    if (!row) throw new NotFound('ambassador');
    assertMayRead(actor, row);
    const allowed = new Set<string>(OWN_EDITABLE_FIELDS);
    if (Object.keys(body).some((field) => !allowed.has(field))) throw new Forbidden();
  }
  await checkEmployees(actor, [{ field: 'nominatedBy', id: body.nominatedBy }]);
  let statusChanged = false;
  const day = dayIn(actor.timezone);
  await db.transaction(async (tx) => {
    const current = await lockAmbassador({ db: tx, organisationId, ambassadorId });
    if (!current) throw new NotFound('ambassador');
    const { status: to, note, ...fields } = body;
    let changes = sent(recordFields(fields));
    if (to !== undefined && to !== current.status) {
      const allowed = AMBASSADOR_TRANSITIONS[current.status];
      if (!allowed.includes(to)) throw new IllegalTransition(current.status, to, allowed);
      changes = { ...datesFor(to, current, day), ...changes, status: to };
      await insertStatusChange({
        db: tx,
        organisationId,
        change: {
          ambassadorId,
          fromStatus: current.status,
          toStatus: to,
          note: note?.trim() || null,
          changedBy: actor.userId,
        },
      });
      statusChanged = true;
    }
    await updateAmbassador({ db: tx, organisationId, ambassadorId, changes });
  });
  if (statusChanged) changes.coverage(organisationId);
  return get({ ...actor, ambassadorId });
}
