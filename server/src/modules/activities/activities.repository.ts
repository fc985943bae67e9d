import { and, count, desc, eq, gte, lte, sql, sum, type SQL } from 'drizzle-orm';
import type { ActivityKind, AmbassadorStatus } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { activities } from '../../db/schema/activities.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';
import { ambassadorsOf } from '../ambassadors/ambassadors.views.ts';
import { inDepartment } from '../departments/departments.views.ts';
import { employeesOf } from '../employees/employees.views.ts';

/** One `training_given` activity per trainer and session: recording it again overwrites count, day and note. */
export async function upsertTrainingGiven({
  db,
  organisationId,
  ambassadorId,
  sessionId,
  occurredOn,
  count,
  note,
  createdBy,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
  sessionId: string;
  occurredOn: string;
  count: number;
  note: string;
  createdBy: string;
}) {
  await db
    .insert(activities)
    .values({ organisationId, ambassadorId, kind: 'training_given', occurredOn, count, note, sessionId, createdBy })
    .onConflictDoUpdate({
      target: [activities.sessionId, activities.ambassadorId, activities.kind],
      set: { count, occurredOn, note },
    });
}

/** The `training_given` activities recorded for one session. */
export async function trainingGivenOf({
  db,
  organisationId,
  sessionId,
}: {
  db: Db;
  organisationId: string;
  sessionId: string;
}) {
  return db
    .select({ ambassadorId: activities.ambassadorId, count: activities.count, occurredOn: activities.occurredOn })
    .from(activities)
    .where(
      and(
        eq(activities.organisationId, organisationId),
        eq(activities.sessionId, sessionId),
        eq(activities.kind, 'training_given'),
      ),
    );
}

/** One `feedback_given` activity per ambassador and round: answering again (editing) records nothing more. */
export async function recordFeedbackGiven({
  db,
  organisationId,
  ambassadorId,
  roundId,
  occurredOn,
  note,
  createdBy,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
  roundId: string;
  occurredOn: string;
  note: string;
  createdBy: string;
}) {
  await db
    .insert(activities)
    .values({ organisationId, ambassadorId, kind: 'feedback_given', occurredOn, count: 1, note, roundId, createdBy })
    .onConflictDoNothing({ target: [activities.roundId, activities.ambassadorId, activities.kind] });
}

/** A `content_reviewed` activity for the page's owner: one per page, owner and day, however often it is marked. */
export async function recordContentReviewed({
  db,
  organisationId,
  ambassadorId,
  contentItemId,
  occurredOn,
  note,
  createdBy,
}: Scope & { ambassadorId: string; contentItemId: string; occurredOn: string; note: string; createdBy: string }) {
  const [existing] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(
      and(
        eq(activities.organisationId, organisationId),
        eq(activities.contentItemId, contentItemId),
        eq(activities.ambassadorId, ambassadorId),
        eq(activities.kind, 'content_reviewed'),
        eq(activities.occurredOn, occurredOn),
      ),
    );
  if (existing) return;
  await db.insert(activities).values({
    organisationId,
    ambassadorId,
    kind: 'content_reviewed',
    occurredOn,
    count: 1,
    note,
    contentItemId,
    createdBy,
  });
}

/** Written by the app, not by hand: attendance's training, a round answered, a page reviewed. */
const automaticSql = sql<boolean>`(${activities.kind} in ('feedback_given', 'content_reviewed') or ${activities.sessionId} is not null or ${activities.roundId} is not null or ${activities.contentItemId} is not null)`;

export type ActivityFilter = {
  ambassadorId?: string;
  departmentId?: string;
  kind?: ActivityKind;
  from?: string;
  to?: string;
};

/** The activities with the name and department of the ambassador's employee, through those modules' views. */
function joined(db: Db, organisationId: string) {
  const ambassadors = ambassadorsOf(db, organisationId);
  const employees = employeesOf(db, organisationId);
  return { ambassadors, employees };
}

function conditions(organisationId: string, filter: ActivityFilter, employees: ReturnType<typeof employeesOf>): SQL {
  const where: SQL[] = [eq(activities.organisationId, organisationId)];
  if (filter.ambassadorId) where.push(eq(activities.ambassadorId, filter.ambassadorId));
  if (filter.kind) where.push(eq(activities.kind, filter.kind));
  if (filter.from) where.push(gte(activities.occurredOn, filter.from));
  if (filter.to) where.push(lte(activities.occurredOn, filter.to));
  if (filter.departmentId)
    where.push(inDepartment(employees.departmentId, { organisationId, departmentId: filter.departmentId }));
  return and(...where)!;
}

export type ActivityListRow = {
  id: string;
  ambassadorId: string;
  ambassadorName: string;
  kind: ActivityKind;
  occurredOn: string;
  count: number;
  note: string | null;
  digitalHelp: boolean;
  automatic: boolean;
  createdAt: Date;
};

const listColumns = (employees: ReturnType<typeof employeesOf>) => ({
  id: activities.id,
  ambassadorId: activities.ambassadorId,
  ambassadorName: employees.name,
  kind: activities.kind,
  occurredOn: activities.occurredOn,
  count: activities.count,
  note: activities.note,
  digitalHelp: activities.digitalHelp,
  automatic: automaticSql,
  createdAt: activities.createdAt,
});

/** One page of the organisation's activities, newest first. */
export async function listActivities({
  db,
  organisationId,
  filter,
  window,
}: Scope & { filter: ActivityFilter; window: PageWindow }): Promise<{ rows: ActivityListRow[]; total: number }> {
  const { ambassadors, employees } = joined(db, organisationId);
  const where = conditions(organisationId, filter, employees);
  const from = () =>
    db
      .select(listColumns(employees))
      .from(activities)
      .innerJoin(ambassadors, eq(ambassadors.id, activities.ambassadorId))
      .innerJoin(employees, eq(employees.id, ambassadors.employeeId));
  const counted = () =>
    db
      .select({ total: count() })
      .from(activities)
      .innerJoin(ambassadors, eq(ambassadors.id, activities.ambassadorId))
      .innerJoin(employees, eq(employees.id, ambassadors.employeeId));
  const [rows, totals] = await together(db, [
    async () =>
      from()
        .where(where)
        .orderBy(desc(activities.occurredOn), desc(activities.createdAt), desc(activities.id))
        .limit(window.limit)
        .offset(window.offset),
    async () => counted().where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** One activity of the organisation, as the list shows it. */
export async function findActivity({
  db,
  organisationId,
  activityId,
}: Scope & { activityId: string }): Promise<ActivityListRow | undefined> {
  const { ambassadors, employees } = joined(db, organisationId);
  const [row] = await db
    .select(listColumns(employees))
    .from(activities)
    .innerJoin(ambassadors, eq(ambassadors.id, activities.ambassadorId))
    .innerJoin(employees, eq(employees.id, ambassadors.employeeId))
    .where(and(eq(activities.organisationId, organisationId), eq(activities.id, activityId)));
  return row;
}

/** Entries and colleagues reached per month (`YYYY-MM` of the day) and kind, and per department of the ambassador. */
export async function summariseActivities({ db, organisationId, filter }: Scope & { filter: ActivityFilter }) {
  const { ambassadors, employees } = joined(db, organisationId);
  const where = conditions(organisationId, filter, employees);
  const month = sql<string>`to_char(${activities.occurredOn}, 'YYYY-MM')`;
  const reached = sql<number>`cast(coalesce(${sum(activities.count)}, 0) as integer)`;
  const [months, departments] = await together(db, [
    async () =>
      db
        .select({ month, kind: activities.kind, entries: count(), count: reached })
        .from(activities)
        .innerJoin(ambassadors, eq(ambassadors.id, activities.ambassadorId))
        .innerJoin(employees, eq(employees.id, ambassadors.employeeId))
        .where(where)
        .groupBy(month, activities.kind)
        .orderBy(month, activities.kind),
    async () =>
      db
        .select({ departmentId: employees.departmentId, entries: count(), count: reached })
        .from(activities)
        .innerJoin(ambassadors, eq(ambassadors.id, activities.ambassadorId))
        .innerJoin(employees, eq(employees.id, ambassadors.employeeId))
        .where(where)
        .groupBy(employees.departmentId)
        .orderBy(employees.departmentId),
  ]);
  return { months, byDepartment: departments };
}

export type NewActivity = {
  ambassadorId: string;
  kind: ActivityKind;
  occurredOn: string;
  count: number;
  note: string | null;
  digitalHelp: boolean;
  createdBy: string;
};

export async function insertActivity({ db, organisationId, values }: Scope & { values: NewActivity }) {
  const [row] = await db
    .insert(activities)
    .values({ ...values, organisationId })
    .returning({ id: activities.id });
  return row!;
}

export async function deleteActivity({ db, organisationId, activityId }: Scope & { activityId: string }) {
  await db.delete(activities).where(and(eq(activities.organisationId, organisationId), eq(activities.id, activityId)));
}

/** Id and status of an ambassador record of the organisation, if there is one. */
export async function findAmbassadorRef({
  db,
  organisationId,
  ambassadorId,
}: Scope & { ambassadorId: string }): Promise<{ id: string; status: AmbassadorStatus } | undefined> {
  const ambassadors = ambassadorsOf(db, organisationId);
  const [row] = await db
    .select({ id: ambassadors.id, status: ambassadors.status })
    .from(ambassadors)
    .where(eq(ambassadors.id, ambassadorId));
  return row;
}

/** The day of each ambassador's latest activity (any kind); ambassadors who never logged one are absent. */
export async function latestActivityDays({ db, organisationId }: Scope) {
  return db
    .select({ ambassadorId: activities.ambassadorId, lastOn: sql<string>`max(${activities.occurredOn})::text` })
    .from(activities)
    .where(eq(activities.organisationId, organisationId))
    .groupBy(activities.ambassadorId);
}

export type LeaderboardRow = {
  rank: number;
  ambassadorId: string;
  name: string;
  departmentId: string;
  points: number;
  entries: number;
};

/**
 * The ambassadors with points in the filter's period, most first (then by name): an entry scores its kind's points
 * times its count. One page, the total, and the line of `mineId` wherever it ranks.
 */
export async function leaderboard({
  db,
  organisationId,
  filter,
  points,
  window,
  mineId,
}: Scope & {
  filter: ActivityFilter;
  points: Record<ActivityKind, number>;
  window: PageWindow;
  mineId?: string;
}): Promise<{ rows: LeaderboardRow[]; total: number; mine?: LeaderboardRow }> {
  const { ambassadors, employees } = joined(db, organisationId);
  const cases = Object.entries(points).map(([kind, n]) => sql`when ${kind} then ${n}::integer`);
  const score = sql`${activities.count} * (case ${activities.kind} ${sql.join(cases, sql` `)} else 0 end)`;
  const scored = db
    .select({
      ambassadorId: activities.ambassadorId,
      name: employees.name,
      departmentId: employees.departmentId,
      points: sql<number>`cast(sum(${score}) as integer)`.as('points'),
      entries: sql<number>`cast(count(*) as integer)`.as('entries'),
    })
    .from(activities)
    .innerJoin(ambassadors, eq(ambassadors.id, activities.ambassadorId))
    .innerJoin(employees, eq(employees.id, ambassadors.employeeId))
    .where(conditions(organisationId, filter, employees))
    .groupBy(activities.ambassadorId, employees.name, employees.departmentId)
    .as('scored');
  const ranked = db
    .select({
      rank: sql<number>`cast(rank() over (order by ${scored.points} desc) as integer)`.as('rank'),
      ambassadorId: scored.ambassadorId,
      name: scored.name,
      departmentId: scored.departmentId,
      points: scored.points,
      entries: scored.entries,
    })
    .from(scored)
    .where(sql`${scored.points} > 0`)
    .as('ranked');
  const [rows, totals, mine] = await together(db, [
    async () =>
      db
        .select()
        .from(ranked)
        .orderBy(ranked.rank, ranked.name, ranked.ambassadorId)
        .limit(window.limit)
        .offset(window.offset),
    async () => db.select({ total: count() }).from(ranked),
    async () => (mineId ? db.select().from(ranked).where(eq(ranked.ambassadorId, mineId)) : Promise.resolve([])),
  ]);
  return { rows, total: totals[0]?.total ?? 0, mine: mine[0] };
}
