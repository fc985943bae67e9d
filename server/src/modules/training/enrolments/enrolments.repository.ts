import { and, eq, inArray, sql } from 'drizzle-orm';
import { BOOKED_ENROLMENT_STATUSES } from '@ambassador/shared/constants';
import { sqlList } from '../../../db/sql.ts';
import type { EnrolmentStatus } from '@ambassador/shared';
import { AttendanceStatuses, PLACE_HOLDING_ENROLMENT_STATUSES } from '@ambassador/shared/constants';
import type { Scope } from '../../../http/actor.ts';
import { rows } from '../../../db/rows.ts';
import { trainingEnrolments, trainingSessions } from '../../../db/schema/training.ts';
import { departmentsOf } from '../../departments/departments.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';
import { layersOf } from '../../layers/layers.views.ts';

type SessionScope = Scope & { sessionId: string };

export type EnrolmentRow = typeof trainingEnrolments.$inferSelect;

const ofSession = (organisationId: string, sessionId: string) =>
  and(eq(trainingEnrolments.organisationId, organisationId), eq(trainingEnrolments.sessionId, sessionId));

export type EnrolmentListRow = {
  employeeId: string;
  employeeNumber: string;
  name: string;
  departmentName: string;
  layerName: string;
  status: EnrolmentStatus;
  enrolledAt: Date | string;
};

/** Everyone enrolled, the waitlist in the order it is served. */
export async function enrolmentsOf({ db, organisationId, sessionId }: SessionScope) {
  return rows<EnrolmentListRow>(
    db,
    sql`select e.id as "employeeId", e.employee_number as "employeeNumber", e.name,
        d.name as "departmentName", l.name as "layerName", en.status, en.enrolled_at as "enrolledAt"
      from ${trainingEnrolments} en
      join ${employeesOf(db, organisationId)} on e.organisation_id = en.organisation_id and e.id = en.employee_id
      join ${departmentsOf(db, organisationId)} on d.organisation_id = e.organisation_id and d.id = e.department_id
      join ${layersOf(db, organisationId)} on l.organisation_id = e.organisation_id and l.id = e.layer_id
      where en.organisation_id = ${organisationId} and en.session_id = ${sessionId}
      order by en.enrolled_at, en.id`,
  );
}

export async function findEnrolment({
  db,
  organisationId,
  sessionId,
  employeeId,
}: SessionScope & { employeeId: string }) {
  const [row] = await db
    .select()
    .from(trainingEnrolments)
    .where(and(ofSession(organisationId, sessionId), eq(trainingEnrolments.employeeId, employeeId)));
  return row;
}

export async function registeredCount({ db, organisationId, sessionId }: SessionScope) {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(trainingEnrolments)
    .where(
      and(
        ofSession(organisationId, sessionId),
        inArray(trainingEnrolments.status, [...PLACE_HOLDING_ENROLMENT_STATUSES]),
      ),
    );
  return row?.count ?? 0;
}

/** (Re-)enrols: a cancelled enrolment comes back at the end of the queue. */
export async function upsertEnrolment({
  db,
  organisationId,
  sessionId,
  employeeId,
  status,
  enrolledBy,
}: SessionScope & { employeeId: string; status: EnrolmentStatus; enrolledBy: string | null }) {
  await db
    .insert(trainingEnrolments)
    .values({ organisationId, sessionId, employeeId, status, enrolledBy })
    .onConflictDoUpdate({
      target: [trainingEnrolments.sessionId, trainingEnrolments.employeeId],
      set: { status, enrolledBy, enrolledAt: sql`clock_timestamp()` },
    });
}

export async function setEnrolmentStatus({
  db,
  organisationId,
  sessionId,
  employeeIds,
  status,
}: SessionScope & { employeeIds: string[]; status: EnrolmentStatus }) {
  if (employeeIds.length === 0) return;
  await db
    .update(trainingEnrolments)
    .set({ status })
    .where(
      and(
        ofSession(organisationId, sessionId),
        sql`${trainingEnrolments.employeeId} in (${sql.join(
          employeeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      ),
    );
}

/** Whether anyone of the session is marked attended or no-show. */
export async function hasAttendanceMarks({ db, organisationId, sessionId }: SessionScope) {
  const marked = await db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(and(ofSession(organisationId, sessionId), inArray(trainingEnrolments.status, [...AttendanceStatuses])))
    .limit(1);
  return marked.length > 0;
}

/** One employee's enrolment status in each of these sessions she is enrolled in. */
export async function enrolmentStatusesOf({
  db,
  organisationId,
  employeeId,
  sessionIds,
}: Scope & { employeeId: string; sessionIds: string[] }) {
  return db
    .select({ sessionId: trainingEnrolments.sessionId, status: trainingEnrolments.status })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.organisationId, organisationId),
        eq(trainingEnrolments.employeeId, employeeId),
        inArray(trainingEnrolments.sessionId, sessionIds),
      ),
    );
}

export async function firstWaitlisted({ db, organisationId, sessionId }: SessionScope) {
  const [row] = await db
    .select({ employeeId: trainingEnrolments.employeeId })
    .from(trainingEnrolments)
    .where(and(ofSession(organisationId, sessionId), eq(trainingEnrolments.status, 'waitlisted')))
    .orderBy(trainingEnrolments.enrolledAt, trainingEnrolments.id)
    .limit(1);
  return row?.employeeId;
}

/** Another session, not cancelled, that overlaps this one and in which the employee holds a place. */
export async function overlappingEnrolment({
  db,
  organisationId,
  employeeId,
  startsAt,
  endsAt,
  excludeSessionId,
}: Scope & { employeeId: string; startsAt: Date; endsAt: Date; excludeSessionId: string }) {
  const [row] = await rows<{ id: string; title: string }>(
    db,
    sql`select s.id, s.title from ${trainingEnrolments} en
      join ${trainingSessions} s on s.organisation_id = en.organisation_id and s.id = en.session_id
      where en.organisation_id = ${organisationId} and en.employee_id = ${employeeId}
        and en.status in (${sqlList(BOOKED_ENROLMENT_STATUSES)}) and s.status <> 'cancelled'
        and s.id <> ${excludeSessionId} and s.starts_at < ${endsAt} and s.ends_at > ${startsAt}
      limit 1`,
  );
  return row;
}

/** Active employees of some departments (ids given), not trained, not in this session, not busy at its time. */
export async function bulkCandidates({
  db,
  organisationId,
  sessionId,
  departmentIds,
  startsAt,
  endsAt,
}: SessionScope & { departmentIds: string[]; startsAt: Date; endsAt: Date }) {
  if (departmentIds.length === 0) return { candidates: [], skipped: 0 };
  const inDepartments = sql.join(
    departmentIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const found = await rows<{ id: string; eligible: boolean }>(
    db,
    sql`select e.id,
        not (${trainedSql(sql`e.id`)}
          or exists (select 1 from ${trainingEnrolments} own where own.session_id = ${sessionId}
            and own.employee_id = e.id and own.status <> 'cancelled')
          or exists (select 1 from ${trainingEnrolments} other
            join ${trainingSessions} s on s.organisation_id = other.organisation_id and s.id = other.session_id
            where other.organisation_id = e.organisation_id and other.employee_id = e.id and s.id <> ${sessionId}
              and other.status in (${sqlList(BOOKED_ENROLMENT_STATUSES)}) and s.status <> 'cancelled'
              and s.starts_at < ${endsAt} and s.ends_at > ${startsAt})) as eligible
      from ${employeesOf(db, organisationId)}
      where e.status = 'active' and e.department_id in (${inDepartments})
      order by e.name, e.id`,
  );
  return {
    candidates: found.filter((row) => row.eligible).map((row) => row.id),
    skipped: found.filter((row) => !row.eligible).length,
  };
}

/** An employee is trained once she attended an end-user session that was completed. */
export function trainedSql(employeeId: ReturnType<typeof sql>) {
  return sql`exists (select 1 from ${trainingEnrolments} te
    join ${trainingSessions} ts on ts.organisation_id = te.organisation_id and ts.id = te.session_id
    where te.employee_id = ${employeeId} and te.status = 'attended'
      and ts.kind = 'end_user' and ts.status = 'completed')`;
}

/** Whether the employee already attended a completed end-user session. */
export async function isTrained({ db, organisationId, employeeId }: Scope & { employeeId: string }) {
  const [row] = await rows<{ trained: boolean }>(
    db,
    sql`select exists (select 1 from ${trainingEnrolments} te
      join ${trainingSessions} ts on ts.organisation_id = te.organisation_id and ts.id = te.session_id
      where te.organisation_id = ${organisationId} and te.employee_id = ${employeeId} and te.status = 'attended'
        and ts.kind = 'end_user' and ts.status = 'completed') as trained`,
  );
  return row?.trained === true;
}

/** Certified trainers: employees who attended a completed train-the-trainer session, with the first such day. */
export async function certifications({ db, organisationId }: Scope) {
  return rows<{ employeeId: string; certifiedAt: Date | string; sessionId: string }>(
    db,
    sql`select distinct on (te.employee_id) te.employee_id as "employeeId", ts.starts_at as "certifiedAt",
        ts.id as "sessionId"
      from ${trainingEnrolments} te
      join ${trainingSessions} ts on ts.organisation_id = te.organisation_id and ts.id = te.session_id
      where te.organisation_id = ${organisationId} and te.status = 'attended'
        and ts.kind = 'train_the_trainer' and ts.status = 'completed'
      order by te.employee_id, ts.starts_at, ts.id`,
  );
}

/** Registers the first waitlisted people, in order, until the session is full; returns who moved up. */
export async function promoteWaitlisted({
  db,
  organisationId,
  sessionId,
  capacity,
}: SessionScope & { capacity: number }) {
  const promoted: string[] = [];
  while ((await registeredCount({ db, organisationId, sessionId })) < capacity) {
    const next = await firstWaitlisted({ db, organisationId, sessionId });
    if (!next) break;
    await setEnrolmentStatus({ db, organisationId, sessionId, employeeIds: [next], status: 'registered' });
    promoted.push(next);
  }
  return promoted;
}
