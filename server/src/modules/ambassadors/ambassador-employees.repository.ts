import { sql } from 'drizzle-orm';
import { rows } from '../../db/rows.ts';
import type { Scope } from '../../http/actor.ts';
import { ambassadors } from '../../db/schema/ambassadors.ts';
import { employeesOf } from '../employees/employees.views.ts';

/** Every ambassador with her employee's id, name and department. */
export async function ambassadorEmployees({ db, organisationId }: Scope) {
  return rows<{ ambassadorId: string; employeeId: string; name: string; departmentId: string }>(
    db,
    sql`select a.id as "ambassadorId", e.id as "employeeId", e.name, e.department_id as "departmentId"
      from ${ambassadors} a join ${employeesOf(db, organisationId)} on e.organisation_id = a.organisation_id and e.id = a.employee_id
      where a.organisation_id = ${organisationId}`,
  );
}

/** Employees who are active ambassadors and still employed, with their department. */
export async function activeAmbassadorEmployees({ db, organisationId }: Scope) {
  return rows<{ employeeId: string; departmentId: string }>(
    db,
    sql`select e.id as "employeeId", e.department_id as "departmentId" from ${ambassadors} a
      join ${employeesOf(db, organisationId)} on e.organisation_id = a.organisation_id and e.id = a.employee_id
      where a.organisation_id = ${organisationId} and a.status = 'active' and e.status = 'active'`,
  );
}
