import { sql } from 'drizzle-orm';
import type { AmbassadorStatus } from '@ambassador/shared';
import { rows } from '../../db/rows.ts';
import type { Scope } from '../../http/actor.ts';
import { ambassadorsOf } from '../ambassadors/ambassadors.views.ts';
import { employeesOf } from '../employees/employees.views.ts';

/**
 * The dashboard owns no tables: it reads the ambassadors and employees through their modules' views, and everything
 * else through the other modules' repositories and services.
 */

export type RosterRow = {
  ambassadorId: string;
  status: AmbassadorStatus;
  roles: string[];
  name: string;
  departmentId: string;
  employeeStatus: string;
};

/** Every ambassador record with her employee's name, department and status. */
export async function ambassadorRoster({ db, organisationId }: Scope) {
  return rows<RosterRow>(
    db,
    sql`select a.id as "ambassadorId", a.status, a.roles, e.name, e.department_id as "departmentId",
        e.status as "employeeStatus"
      from ${ambassadorsOf(db, organisationId)}
      join ${employeesOf(db, organisationId)} on e.organisation_id = a.organisation_id and e.id = a.employee_id
      order by e.name, a.id`,
  );
}

/** Active employees with a low digital skill, per department. */
export async function lowSkillEmployeesByDepartment({ db, organisationId }: Scope) {
  return rows<{ departmentId: string; employees: number }>(
    db,
    sql`select e.department_id as "departmentId", count(*)::int as employees
      from ${employeesOf(db, organisationId)}
      where e.status = 'active' and e.digital_skill = 'low'
      group by e.department_id`,
  );
}
