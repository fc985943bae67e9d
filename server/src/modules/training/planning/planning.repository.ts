import { sql } from 'drizzle-orm';
import { BOOKED_ENROLMENT_STATUSES, WAITING_ENROLMENT_STATUSES } from '@ambassador/shared/constants';
import { sqlList } from '../../../db/sql.ts';
import type { Scope } from '../../../http/actor.ts';
import { rows } from '../../../db/rows.ts';
import { trainingEnrolments, trainingSessions, trainingSessionTrainers } from '../../../db/schema/training.ts';
import { ambassadorsOf } from '../../ambassadors/ambassadors.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';
import { trainedSql } from '../enrolments/enrolments.repository.ts';
import type { Interval } from './planner.ts';

type Untrained = { id: string; name: string; departmentId: string; pilot: boolean; scheduledIn: string | null };

/** Active, untrained employees (of some departments' subtrees), whether they are pilot users, and any planned place. */
export async function untrainedEmployees(scope: Scope, departmentIds: string[] | null) {
  const inDepartments =
    departmentIds === null
      ? sql`true`
      : sql`e.department_id in (${sql.join(
          departmentIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  return rows<Untrained>(
    scope.db,
    sql`select e.id, e.name, e.department_id as "departmentId",
        coalesce(a.status not in ('declined', 'alumni') and 'pilot_user' = any(a.roles), false) as pilot,
        (select s.id from ${trainingEnrolments} en
          join ${trainingSessions} s on s.organisation_id = en.organisation_id and s.id = en.session_id
          where en.organisation_id = e.organisation_id and en.employee_id = e.id
            and en.status in (${sqlList(WAITING_ENROLMENT_STATUSES)}) and s.status = 'planned' and s.kind = 'end_user'
          order by s.starts_at limit 1) as "scheduledIn"
      from ${employeesOf(scope.db, scope.organisationId)}
      left join ${ambassadorsOf(scope.db, scope.organisationId)} on a.organisation_id = e.organisation_id and a.employee_id = e.id
      where e.status = 'active' and ${inDepartments}
        and not ${trainedSql(sql`e.id`)}
      order by e.name, e.id`,
  );
}

/** Existing bookings per employee: sessions (not cancelled) she gives or holds a place in, from `from` on. */
export async function bookings(scope: Scope, from: Date) {
  const found = await rows<{ employeeId: string; startsAt: Date | string; endsAt: Date | string }>(
    scope.db,
    sql`select en.employee_id as "employeeId", s.starts_at as "startsAt", s.ends_at as "endsAt"
        from ${trainingEnrolments} en
        join ${trainingSessions} s on s.organisation_id = en.organisation_id and s.id = en.session_id
        where en.organisation_id = ${scope.organisationId} and s.status <> 'cancelled' and s.ends_at > ${from}
          and en.status in (${sqlList(BOOKED_ENROLMENT_STATUSES)})
      union all
      select a.employee_id, s.starts_at, s.ends_at
        from ${trainingSessionTrainers} t
        join ${trainingSessions} s on s.organisation_id = t.organisation_id and s.id = t.session_id
        join ${ambassadorsOf(scope.db, scope.organisationId)} on a.organisation_id = t.organisation_id and a.id = t.ambassador_id
        where t.organisation_id = ${scope.organisationId} and s.status <> 'cancelled' and s.ends_at > ${from}`,
  );
  const busy = new Map<string, Interval[]>();
  for (const row of found)
    busy.set(row.employeeId, [
      ...(busy.get(row.employeeId) ?? []),
      { startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) },
    ]);
  return busy;
}
