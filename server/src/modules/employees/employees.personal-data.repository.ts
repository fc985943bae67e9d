import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { employees } from '../../db/schema/employees.ts';

/** The employee's row, locked until the erasure's transaction ends (a second erasure or an edit waits for it). */
export async function lockEmployee({ db, organisationId, employeeId }: Scope & { employeeId: string }) {
  const [row] = await db
    .select({
      id: employees.id,
      name: employees.name,
      email: employees.email,
      employeeNumber: employees.employeeNumber,
      externalId: employees.externalId,
    })
    .from(employees)
    .where(and(eq(employees.organisationId, organisationId), eq(employees.id, employeeId)))
    .for('update');
  return row;
}

/**
 * Overwrites everything that names the employee. The employee number becomes a placeholder unique in the
 * organisation, so that a later HR import of her real number (or a SCIM push) creates a new record instead of reviving
 * this one.
 */
export async function anonymiseEmployee({
  db,
  organisationId,
  employeeId,
  name,
  employeeNumber,
}: Scope & { employeeId: string; name: string; employeeNumber: string }) {
  await db
    .update(employees)
    .set({
      name,
      employeeNumber,
      email: null,
      jobTitle: null,
      location: null,
      digitalSkill: null,
      // The identity system's id would let a later SCIM update find her and fill her name in again.
      externalId: null,
      status: 'left',
      leftAt: sql`coalesce(${employees.leftAt}, now())`,
    })
    .where(and(eq(employees.organisationId, organisationId), eq(employees.id, employeeId)));
}
