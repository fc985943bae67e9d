import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Scope } from '../../../http/actor.ts';
import { rows } from '../../../db/rows.ts';
import { trainingEnrolments, trainingSessions } from '../../../db/schema/training.ts';
import { subtreeIds } from '../../departments/departments.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';
import { trainedSql } from '../enrolments/enrolments.repository.ts';

/** Active employees and how many of them are trained, per department × layer, in one aggregate. */
export async function trainedCells({ db, organisationId }: Scope) {
  return rows<{ departmentId: string; layerId: string; employees: number; trained: number }>(
    db,
    // The trained set once, joined in: cheaper than a correlated EXISTS for every employee.
    sql`with trained as (
        select distinct te.employee_id from ${trainingEnrolments} te
        join ${trainingSessions} ts on ts.organisation_id = te.organisation_id and ts.id = te.session_id
        where te.organisation_id = ${organisationId} and te.status = 'attended'
          and ts.kind = 'end_user' and ts.status = 'completed')
      select e.department_id as "departmentId", e.layer_id as "layerId", count(*)::int as employees,
        count(trained.employee_id)::int as trained
      from ${employeesOf(db, organisationId)} left join trained on trained.employee_id = e.id
      where e.status = 'active'
      group by e.department_id, e.layer_id`,
  );
}

/** Active employees of the audience (department subtrees × layers, either may be open) and how many are trained. */
export async function audienceCounts(
  db: Db,
  organisationId: string,
  departmentIds: readonly string[],
  layerIds: readonly string[],
) {
  const where = [sql`e.status = 'active'`];
  if (departmentIds.length > 0)
    where.push(
      sql`(${sql.join(
        departmentIds.map((id) => sql`e.department_id in ${subtreeIds(organisationId, id)}`),
        sql` or `,
      )})`,
    );
  if (layerIds.length > 0)
    where.push(
      sql`e.layer_id in (${sql.join(
        layerIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  const [row] = await rows<{ employees: number; trained: number }>(
    db,
    sql`select count(*)::int as employees, (count(*) filter (where ${trainedSql(sql`e.id`)}))::int as trained
      from ${employeesOf(db, organisationId)} where ${sql.join(where, sql` and `)}`,
  );
  return row ?? { employees: 0, trained: 0 };
}
