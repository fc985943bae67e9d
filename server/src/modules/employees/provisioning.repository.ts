import { and, asc, count, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { together } from '../../db/rows.ts';
import { employees } from '../../db/schema/employees.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';
import { layersOf } from '../layers/layers.views.ts';

/**
 * Employees as an identity system provisions them (SCIM): looked up by e-mail address or by the identity system's
 * own id, and checked for the keys a new or changed employee would share with another.
 */

function provisionedColumns(layers: ReturnType<typeof layersOf>) {
  return {
    id: employees.id,
    employeeNumber: employees.employeeNumber,
    name: employees.name,
    email: employees.email,
    externalId: employees.externalId,
    jobTitle: employees.jobTitle,
    status: employees.status,
    departmentId: employees.departmentId,
    layerId: employees.layerId,
    layerName: layers.name,
    createdAt: employees.createdAt,
    updatedAt: employees.updatedAt,
  };
}
type Columns = ReturnType<typeof provisionedColumns>;
export type ProvisionedEmployee = { [K in keyof Columns]: Columns[K]['_']['data'] };

export type ProvisioningFilter = { email?: string; externalId?: string };

/** An erased employee (her number is `verwijderd-<her id>`) is no longer a user: SCIM must not write her back. */
const notErased = () => ne(employees.employeeNumber, sql`'verwijderd-' || ${employees.id}::text`);

function conditions(organisationId: string, filter: ProvisioningFilter): SQL {
  const where: SQL[] = [eq(employees.organisationId, organisationId), notErased()];
  if (filter.email !== undefined) where.push(sql`lower(${employees.email}) = ${filter.email.toLowerCase()}`);
  if (filter.externalId !== undefined) where.push(eq(employees.externalId, filter.externalId));
  return and(...where)!;
}

/** One page of the organisation's employees in a stable order (creation), filtered as SCIM asks. */
export async function provisionedEmployees({
  db,
  organisationId,
  filter,
  window,
}: Scope & { filter: ProvisioningFilter; window: PageWindow }) {
  const layers = layersOf(db, organisationId);
  const where = conditions(organisationId, filter);
  const [items, totals] = await together(db, [
    async () =>
      db
        .select(provisionedColumns(layers))
        .from(employees)
        .innerJoin(layers, eq(layers.id, employees.layerId))
        .where(where)
        .orderBy(asc(employees.createdAt), asc(employees.id))
        .limit(window.limit)
        .offset(window.offset),
    async () => db.select({ total: count() }).from(employees).where(where),
  ]);
  return { items: items as ProvisionedEmployee[], total: totals[0]?.total ?? 0 };
}

export async function findProvisionedEmployee({ db, organisationId, employeeId }: Scope & { employeeId: string }) {
  const layers = layersOf(db, organisationId);
  const [row] = await db
    .select(provisionedColumns(layers))
    .from(employees)
    .innerJoin(layers, eq(layers.id, employees.layerId))
    .where(and(eq(employees.organisationId, organisationId), eq(employees.id, employeeId), notErased()));
  return row as ProvisionedEmployee | undefined;
}

/** Which of an employee's keys another employee of the organisation already has (`exceptId`: the one changed). */
export async function takenKeys({
  db,
  organisationId,
  keys,
  exceptId,
}: Scope & { keys: { email: string | null; externalId?: string | null; employeeNumber?: string }; exceptId?: string }) {
  const matches: SQL[] = [];
  if (keys.email) matches.push(sql`lower(${employees.email}) = ${keys.email.toLowerCase()}`);
  if (keys.externalId) matches.push(eq(employees.externalId, keys.externalId));
  if (keys.employeeNumber) matches.push(eq(employees.employeeNumber, keys.employeeNumber));
  if (matches.length === 0) return [];
  const where = [eq(employees.organisationId, organisationId), or(...matches)!];
  if (exceptId) where.push(ne(employees.id, exceptId));
  const rows = await db
    .select({ email: employees.email, externalId: employees.externalId, employeeNumber: employees.employeeNumber })
    .from(employees)
    .where(and(...where))
    .limit(10);
  const taken = new Set<'userName' | 'externalId' | 'employeeNumber'>();
  for (const row of rows) {
    if (keys.email && row.email?.toLowerCase() === keys.email.toLowerCase()) taken.add('userName');
    if (keys.externalId && row.externalId === keys.externalId) taken.add('externalId');
    if (keys.employeeNumber && row.employeeNumber === keys.employeeNumber) taken.add('employeeNumber');
  }
  return [...taken];
}
