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

type Untrained = {
  id: string;
  name: string;
  departmentId: string;
  pilot: boolean;
  digitalSkill: 'low' | 'medium' | 'high' | null;
  scheduledIn: string | null;
};

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
    sql`select e.id, e.name, e.department_id as "departmentId", e.digital_skill as "digitalSkill",
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

/** Active ambassadors with the digital buddy role, and the department each works in. */
export async function activeDigitalBuddies(scope: Scope) {
  return rows<{ ambassadorId: string; employeeId: string; departmentId: string }>(
    scope.db,
    sql`select a.id as "ambassadorId", a.employee_id as "employeeId", e.department_id as "departmentId"
      from ${ambassadorsOf(scope.db, scope.organisationId)}
      join ${employeesOf(scope.db, scope.organisationId)} on e.organisation_id = a.organisation_id and e.id = a.employee_id
      where a.status = 'active' and 'digital_buddy' = any(a.roles) and e.status = 'active'
      order by e.name, a.id`,
  );
}

/** Sessions (not cancelled) held at one of the given locations (compared as the clash check does), from `from` on. */
export async function locationBookings(scope: Scope & { locations: readonly string[]; from: Date }) {
  const places = [...new Set(scope.locations.map((location) => location.trim().toLowerCase()))];
  const booked = new Map<string, Interval[]>();
  if (places.length === 0) return booked;
  const found = await rows<{ place: string; startsAt: Date | string; endsAt: Date | string }>(
    scope.db,
    sql`select lower(trim(s.location)) as place, s.starts_at as "startsAt", s.ends_at as "endsAt"
      from ${trainingSessions} s
      where s.organisation_id = ${scope.organisationId} and s.status <> 'cancelled' and s.ends_at > ${scope.from}
        and lower(trim(s.location)) in (${sqlList(places)})`,
  );
  for (const row of found)
    booked.set(row.place, [
      ...(booked.get(row.place) ?? []),
      { startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) },
    ]);
  return booked;
}

/** How many sessions (not cancelled, past or planned) name this location. */
export async function sessionsAtLocation(scope: Scope & { location: string }) {
  const [row] = await rows<{ n: number | string }>(
    scope.db,
    sql`select count(*) as n from ${trainingSessions} s
      where s.organisation_id = ${scope.organisationId} and s.status <> 'cancelled'
        and lower(trim(s.location)) = ${scope.location.trim().toLowerCase()}`,
  );
  return Number(row?.n ?? 0);
}
