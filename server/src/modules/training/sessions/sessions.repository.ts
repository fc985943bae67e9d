import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { WAITING_ENROLMENT_STATUSES } from '@ambassador/shared/constants';
import { sqlList } from '../../../db/sql.ts';
import type { ScheduleConflict, TrainingSessionListQuery } from '@ambassador/shared';
import type { Actor, Scope } from '../../../http/actor.ts';
import { rows, together } from '../../../db/rows.ts';
import {
  trainingEnrolments,
  trainingSessionDepartments,
  trainingSessionLayers,
  trainingSessionTrainers,
  trainingSessions,
} from '../../../db/schema/training.ts';
import { ambassadorsOf } from '../../ambassadors/ambassadors.views.ts';
import { ancestorIdsSql, departmentsOf } from '../../departments/departments.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';
import { layersOf } from '../../layers/layers.views.ts';
import { usersOf } from '../../users/users.views.ts';

export type SessionRow = typeof trainingSessions.$inferSelect;
export type SessionValues = Omit<typeof trainingSessions.$inferInsert, 'organisationId' | 'id'>;

/** Who is asking: an ambassador sees her own sessions and the open ones (`visibleTo`). */
export type Viewer = Pick<Actor, 'userId' | 'role' | 'employeeId' | 'ambassadorId'>;

const bySession = (organisationId: string, sessionId: string) =>
  and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.id, sessionId));

/** One session; with a viewer, only if she may see it, so that one she may not answers as a missing one. */
export async function findSession({
  db,
  organisationId,
  sessionId,
  viewer,
}: Scope & { sessionId: string; viewer?: Viewer }) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(bySession(organisationId, sessionId), viewer && visibleTo(viewer)));
  return row;
}

/** Sessions by id, in no particular order; unknown ids are left out. */
export async function findSessions({ db, organisationId, sessionIds }: Scope & { sessionIds: string[] }) {
  return db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organisationId, organisationId), inArray(trainingSessions.id, sessionIds)));
}

/** Locks the session row: enrolments, attendance and edits of one session queue behind each other. */
export async function lockSession({ db, organisationId, sessionId }: Scope & { sessionId: string }) {
  const [row] = await db.select().from(trainingSessions).where(bySession(organisationId, sessionId)).for('update');
  return row;
}

export async function insertSession({ db, organisationId, values }: Scope & { values: SessionValues }) {
  const [row] = await db
    .insert(trainingSessions)
    .values({ ...values, organisationId })
    .returning();
  return row!;
}

export async function updateSession({
  db,
  organisationId,
  sessionId,
  changes,
}: Scope & { sessionId: string; changes: Partial<SessionValues> }) {
  await db
    .update(trainingSessions)
    .set({ ...changes, sequence: sql`${trainingSessions.sequence} + 1` })
    .where(bySession(organisationId, sessionId));
}

export async function deleteSession({ db, organisationId, sessionId }: Scope & { sessionId: string }) {
  await db.delete(trainingSessions).where(bySession(organisationId, sessionId));
}

export async function replaceTrainers({
  db,
  organisationId,
  sessionId,
  ambassadorIds,
  userIds,
}: Scope & { sessionId: string; ambassadorIds?: readonly string[]; userIds?: readonly string[] }) {
  const where = and(
    eq(trainingSessionTrainers.organisationId, organisationId),
    eq(trainingSessionTrainers.sessionId, sessionId),
  );
  if (ambassadorIds) {
    await db
      .delete(trainingSessionTrainers)
      .where(and(where, sql`${trainingSessionTrainers.ambassadorId} is not null`));
    if (ambassadorIds.length > 0)
      await db
        .insert(trainingSessionTrainers)
        .values(ambassadorIds.map((ambassadorId) => ({ organisationId, sessionId, ambassadorId })));
  }
  if (userIds) {
    await db.delete(trainingSessionTrainers).where(and(where, sql`${trainingSessionTrainers.userId} is not null`));
    if (userIds.length > 0)
      await db.insert(trainingSessionTrainers).values(userIds.map((userId) => ({ organisationId, sessionId, userId })));
  }
}

export async function replaceAudience({
  db,
  organisationId,
  sessionId,
  departmentIds,
  layerIds,
}: Scope & { sessionId: string; departmentIds?: readonly string[]; layerIds?: readonly string[] }) {
  if (departmentIds) {
    await db
      .delete(trainingSessionDepartments)
      .where(
        and(
          eq(trainingSessionDepartments.organisationId, organisationId),
          eq(trainingSessionDepartments.sessionId, sessionId),
        ),
      );
    if (departmentIds.length > 0)
      await db
        .insert(trainingSessionDepartments)
        .values(departmentIds.map((departmentId) => ({ organisationId, sessionId, departmentId })));
  }
  if (layerIds) {
    await db
      .delete(trainingSessionLayers)
      .where(
        and(eq(trainingSessionLayers.organisationId, organisationId), eq(trainingSessionLayers.sessionId, sessionId)),
      );
    if (layerIds.length > 0)
      await db
        .insert(trainingSessionLayers)
        .values(layerIds.map((layerId) => ({ organisationId, sessionId, layerId })));
  }
}

/** The viewer gives the session, or is enrolled in it (a cancelled enrolment does not count). */
function involves(viewer: Viewer): SQL {
  return sql`(exists (select 1 from ${trainingSessionTrainers} t where t.session_id = ${trainingSessions.id}
      and (t.user_id = ${viewer.userId} or t.ambassador_id = ${viewer.ambassadorId ?? null}))
    or exists (select 1 from ${trainingEnrolments} e where e.session_id = ${trainingSessions.id}
      and e.employee_id = ${viewer.employeeId ?? null} and e.status <> 'cancelled'))`;
}

/**
 * The sessions a viewer may see: an ambassador those she gives or is enrolled in, and the open ones (planned and not
 * over yet); admins and hr every session (no condition). The list, one session by id and its iCalendar all go by this.
 */
export function visibleTo(viewer: Viewer): SQL | undefined {
  if (viewer.role !== 'ambassador') return undefined;
  return sql`(${involves(viewer)} or (${trainingSessions.status} = 'planned' and ${trainingSessions.endsAt} > now()))`;
}

function conditions(organisationId: string, filter: TrainingSessionListQuery, viewer: Viewer): SQL {
  const where: SQL[] = [eq(trainingSessions.organisationId, organisationId)];
  if (filter.from) where.push(sql`${trainingSessions.endsAt} > ${new Date(filter.from)}`);
  if (filter.to) where.push(sql`${trainingSessions.startsAt} < ${new Date(filter.to)}`);
  if (filter.kind) where.push(eq(trainingSessions.kind, filter.kind));
  if (filter.status) where.push(eq(trainingSessions.status, filter.status));
  if (filter.wave) where.push(sql`lower(${trainingSessions.wave}) = lower(${filter.wave})`);
  if (filter.q?.trim())
    where.push(sql`${trainingSessions.title} ilike ${`%${filter.q.trim().replace(/[\\%_]/g, '\\$&')}%`}`);
  if (filter.trainerId)
    where.push(sql`exists (select 1 from ${trainingSessionTrainers} t
      where t.session_id = ${trainingSessions.id} and t.ambassador_id = ${filter.trainerId})`);
  if (filter.trainerUserId)
    where.push(sql`exists (select 1 from ${trainingSessionTrainers} t
      where t.session_id = ${trainingSessions.id} and t.user_id = ${filter.trainerUserId})`);
  if (filter.departmentId)
    // The audience names this department or one above it: a session for "Wonen en Zorg" is also for De Linde.
    where.push(sql`exists (select 1 from ${trainingSessionDepartments} d where d.session_id = ${trainingSessions.id}
      and d.department_id in ${ancestorIdsSql(organisationId, filter.departmentId)})`);
  return and(...where, filter.mine ? involves(viewer) : visibleTo(viewer))!;
}

export async function listSessions({
  db,
  organisationId,
  filter,
  viewer,
  limit,
  offset,
}: Scope & { filter: TrainingSessionListQuery; viewer: Viewer; limit: number; offset: number }) {
  const where = conditions(organisationId, filter, viewer);
  const [items, [counted]] = await together(db, [
    async () =>
      db
        .select()
        .from(trainingSessions)
        .where(where)
        .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id))
        .limit(limit)
        .offset(offset),
    async () =>
      db
        .select({ total: sql<number>`count(*)`.mapWith(Number) })
        .from(trainingSessions)
        .where(where),
  ]);
  return { items, total: counted?.total ?? 0 };
}

export type SessionTrainerRow = {
  sessionId: string;
  ambassadorId: string | null;
  userId: string | null;
  employeeId: string | null;
  name: string;
  departmentId: string | null;
};

/** Trainers, audience and enrolment counts of a page of sessions, in four queries whatever the page size. */
export async function sessionParts({ db, organisationId, sessionIds }: Scope & { sessionIds: string[] }) {
  if (sessionIds.length === 0) return { trainers: [], departments: [], layers: [], counts: [] };
  const ids = sql.join(
    sessionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [trainerRows, departmentRows, layerRows, countRows] = await together(db, [
    () =>
      rows<SessionTrainerRow>(
        db,
        sql`select t.session_id as "sessionId", t.ambassador_id as "ambassadorId", t.user_id as "userId",
        e.id as "employeeId", coalesce(e.name, u.name) as "name", e.department_id as "departmentId"
      from ${trainingSessionTrainers} t
      left join ${ambassadorsOf(db, organisationId)} on a.organisation_id = t.organisation_id and a.id = t.ambassador_id
      left join ${employeesOf(db, organisationId)} on e.organisation_id = a.organisation_id and e.id = a.employee_id
      left join ${usersOf(db, organisationId)} on u.id = t.user_id
      where t.organisation_id = ${organisationId} and t.session_id in (${ids})
      order by 5`,
      ),
    () =>
      rows<{ sessionId: string; id: string; name: string }>(
        db,
        sql`select d.session_id as "sessionId", dep.id, dep.name from ${trainingSessionDepartments} d
      join ${departmentsOf(db, organisationId, 'dep')} on dep.organisation_id = d.organisation_id and dep.id = d.department_id
      where d.organisation_id = ${organisationId} and d.session_id in (${ids}) order by dep.name`,
      ),
    () =>
      rows<{ sessionId: string; id: string; name: string }>(
        db,
        sql`select l.session_id as "sessionId", lay.id, lay.name from ${trainingSessionLayers} l
      join ${layersOf(db, organisationId, 'lay')} on lay.organisation_id = l.organisation_id and lay.id = l.layer_id
      where l.organisation_id = ${organisationId} and l.session_id in (${ids}) order by lay.rank`,
      ),
    () =>
      rows<{ sessionId: string; status: string; count: number }>(
        db,
        sql`select session_id as "sessionId", status, count(*)::int as count from ${trainingEnrolments}
      where organisation_id = ${organisationId} and session_id in (${ids}) group by session_id, status`,
      ),
  ]);
  return { trainers: trainerRows, departments: departmentRows, layers: layerRows, counts: countRows };
}

export type Clash = {
  sessionId: string;
  title: string;
  /** Raw rows: drivers give timestamps as text here. */
  startsAt: Date | string;
  endsAt: Date | string;
  reason: ScheduleConflict['reason'];
  subject: string;
};

/**
 * Planned sessions that overlap [startsAt, endsAt) and share a trainer (ambassador or user) or the location
 * (compared without case and outer spaces). Touching sessions (one ends when the next starts) do not clash.
 */
export async function clashes({
  db,
  organisationId,
  startsAt,
  endsAt,
  ambassadorIds,
  userIds,
  location,
  excludeSessionId,
}: Scope & {
  startsAt: Date;
  endsAt: Date;
  ambassadorIds: readonly string[];
  userIds: readonly string[];
  location: string | null;
  excludeSessionId?: string;
}): Promise<Clash[]> {
  const overlap = sql`s.organisation_id = ${organisationId} and s.status <> 'cancelled'
    and s.starts_at < ${endsAt} and s.ends_at > ${startsAt}
    ${excludeSessionId ? sql`and s.id <> ${excludeSessionId}` : sql``}`;
  const uuidList = (list: readonly string[]) =>
    list.length === 0
      ? sql`null::uuid`
      : sql.join(
          list.map((id) => sql`${id}::uuid`),
          sql`, `,
        );
  const place = location?.trim().toLowerCase() || null;
  return rows<Clash>(
    db,
    sql`select s.id as "sessionId", s.title, s.starts_at as "startsAt", s.ends_at as "endsAt",
        'trainer' as reason, coalesce(e.name, u.name) as subject
      from ${trainingSessions} s
      join ${trainingSessionTrainers} t on t.organisation_id = s.organisation_id and t.session_id = s.id
      left join ${ambassadorsOf(db, organisationId)} on a.organisation_id = t.organisation_id and a.id = t.ambassador_id
      left join ${employeesOf(db, organisationId)} on e.organisation_id = a.organisation_id and e.id = a.employee_id
      left join ${usersOf(db, organisationId)} on u.id = t.user_id
      where ${overlap} and (t.ambassador_id in (${uuidList(ambassadorIds)}) or t.user_id in (${uuidList(userIds)}))
    union all
    select s.id, s.title, s.starts_at, s.ends_at, 'location', s.location
      from ${trainingSessions} s
      where ${overlap} and ${place}::text is not null and lower(trim(s.location)) = ${place}
    order by 3, 5`,
  );
}

export async function sessionIdsForAudience({
  db,
  organisationId,
  sessionId,
}: Scope & { sessionId: string }): Promise<{ departmentIds: string[]; layerIds: string[] }> {
  const [departmentRows, layerRows] = await together(db, [
    () =>
      db
        .select({ id: trainingSessionDepartments.departmentId })
        .from(trainingSessionDepartments)
        .where(
          and(
            eq(trainingSessionDepartments.organisationId, organisationId),
            eq(trainingSessionDepartments.sessionId, sessionId),
          ),
        ),
    () =>
      db
        .select({ id: trainingSessionLayers.layerId })
        .from(trainingSessionLayers)
        .where(
          and(eq(trainingSessionLayers.organisationId, organisationId), eq(trainingSessionLayers.sessionId, sessionId)),
        ),
  ]);
  return { departmentIds: departmentRows.map((row) => row.id), layerIds: layerRows.map((row) => row.id) };
}

/** Which of these ids are ambassadors, users, departments and layers of this organisation. */
export async function knownIds({
  db,
  organisationId,
  ambassadorIds,
  userIds,
  departmentIds,
  layerIds,
}: Scope & { ambassadorIds: string[]; userIds: string[]; departmentIds: string[]; layerIds: string[] }) {
  type View =
    | ReturnType<typeof ambassadorsOf>
    | ReturnType<typeof usersOf>
    | ReturnType<typeof departmentsOf>
    | ReturnType<typeof layersOf>;
  const found = async (view: View, ids: string[]) =>
    ids.length === 0
      ? new Set<string>()
      : new Set((await db.select({ id: view.id }).from(view).where(inArray(view.id, ids))).map((row) => row.id));
  return {
    ambassadors: await found(ambassadorsOf(db, organisationId), ambassadorIds),
    users: await found(usersOf(db, organisationId), userIds),
    departments: await found(departmentsOf(db, organisationId), departmentIds),
    layers: await found(layersOf(db, organisationId), layerIds),
  };
}

/**
 * The outer session's columns, qualified: drizzle writes a column of a one-table select without its table in the
 * select list, where a correlated subquery's own table would capture it.
 */
const sessionId = sql.raw('"training_sessions"."id"');
const sessionOrg = sql.raw('"training_sessions"."organisation_id"');

/**
 * The programme's session figures at `now`: planned sessions starting in [now, until), and sessions that have ended,
 * are still planned and have registered enrolments (attendance to take). One aggregate.
 */
export async function sessionFigures({ db, organisationId, now, until }: Scope & { now: Date; until: Date }) {
  const [row] = await db
    .select({
      upcoming:
        sql<number>`count(*) filter (where ${trainingSessions.startsAt} >= ${now} and ${trainingSessions.startsAt} < ${until})`.mapWith(
          Number,
        ),
      attendanceDue: sql<number>`count(*) filter (where ${trainingSessions.endsAt} <= ${now} and exists (
        select 1 from ${trainingEnrolments} e where e.organisation_id = ${sessionOrg}
          and e.session_id = ${sessionId} and e.status = 'registered'))`.mapWith(Number),
    })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.status, 'planned')));
  return { upcoming: row?.upcoming ?? 0, attendanceDue: row?.attendanceDue ?? 0 };
}

/**
 * The viewer's planned sessions that end after `now`, soonest first: those she gives (as her ambassador record or her
 * user) and those she is registered or waitlisted for; `isTrainer` tells which.
 */
export async function upcomingSessionsOf({
  db,
  organisationId,
  viewer,
  now,
  limit,
}: Scope & { viewer: Pick<Actor, 'userId' | 'employeeId' | 'ambassadorId'>; now: Date; limit: number }) {
  const gives = sql<boolean>`exists (select 1 from ${trainingSessionTrainers} t where t.organisation_id = ${sessionOrg}
      and t.session_id = ${sessionId}
      and (t.user_id = ${viewer.userId} or t.ambassador_id = ${viewer.ambassadorId ?? null}))`;
  const enrolled = sql<boolean>`exists (select 1 from ${trainingEnrolments} e where e.organisation_id = ${sessionOrg}
      and e.session_id = ${sessionId} and e.employee_id = ${viewer.employeeId ?? null}
      and e.status in (${sqlList(WAITING_ENROLMENT_STATUSES)}))`;
  return db
    .select({
      id: trainingSessions.id,
      title: trainingSessions.title,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      location: trainingSessions.location,
      isTrainer: gives,
    })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organisationId, organisationId),
        eq(trainingSessions.status, 'planned'),
        sql`${trainingSessions.endsAt} > ${now}`,
        sql`(${gives} or ${enrolled})`,
      ),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id))
    .limit(limit);
}
