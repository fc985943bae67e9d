import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { employees } from '../../db/schema/employees.ts';

/**
 * The employees of one organisation, with the columns other modules may read: a subquery to join or select from
 * (PostgreSQL flattens it, so plans are those of the table). Raw SQL reads its snake_case column names.
 */
export function employeesOf(db: Db, organisationId: string, alias = 'e') {
  return db
    .select({
      id: employees.id,
      organisationId: employees.organisationId,
      employeeNumber: employees.employeeNumber,
      name: employees.name,
      departmentId: employees.departmentId,
      layerId: employees.layerId,
      jobTitle: employees.jobTitle,
      digitalSkill: employees.digitalSkill,
      status: employees.status,
    })
    .from(employees)
    .where(eq(employees.organisationId, organisationId))
    .as(alias);
}

/** The e-mail address of each employee of one organisation (those without one left out), to find a person by it. */
export function employeeEmailsOf(db: Db, organisationId: string, alias = 'ee') {
  return db
    .select({ id: employees.id, organisationId: employees.organisationId, email: employees.email })
    .from(employees)
    .where(and(eq(employees.organisationId, organisationId), isNotNull(employees.email)))
    .as(alias);
}
