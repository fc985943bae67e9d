import { sql } from 'drizzle-orm';
import type { Scope } from '../../../http/actor.ts';
import { rows } from '../../../db/rows.ts';
import { trainingEnrolments, trainingSessions } from '../../../db/schema/training.ts';
import { employeesOf } from '../../employees/employees.views.ts';

export type CompletedSession = {
  id: string;
  kind: string;
  startsAt: Date | string;
  externalTrainer: string | null;
  title: string;
};
export type CompletedAttendance = { sessionId: string; employeeId: string; departmentId: string };

/** Completed sessions, oldest first. */
export async function completedSessions({ db, organisationId }: Scope) {
  return rows<CompletedSession>(
    db,
    sql`select id, kind, starts_at as "startsAt", external_trainer as "externalTrainer", title
      from ${trainingSessions} where organisation_id = ${organisationId} and status = 'completed'
      order by starts_at, id`,
  );
}

/** Who attended completed sessions, with the attendee's department. */
export async function completedAttendance({ db, organisationId }: Scope) {
  return rows<CompletedAttendance>(
    db,
    sql`select te.session_id as "sessionId", te.employee_id as "employeeId", e.department_id as "departmentId"
      from ${trainingEnrolments} te
      join ${trainingSessions} s on s.organisation_id = te.organisation_id and s.id = te.session_id
      join ${employeesOf(db, organisationId)} on e.organisation_id = te.organisation_id and e.id = te.employee_id
      where te.organisation_id = ${organisationId} and te.status = 'attended' and s.status = 'completed'`,
  );
}
