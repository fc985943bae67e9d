import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { FindingCategory, FindingStatus, RoundStatus } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../db/sql.ts';
import { feedbackItemChanges, feedbackItems } from '../../db/schema/findings.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';
import { roundsOf } from '../feedback/feedback.views.ts';
import { usersOf } from '../users/users.views.ts';

export type FindingRow = typeof feedbackItems.$inferSelect;
export type FindingValues = Omit<typeof feedbackItems.$inferInsert, 'organisationId' | 'id'>;
/** A finding with the name of whoever raised it and the title of its round. */
export type FindingListRow = { finding: FindingRow; raisedByName: string | null; roundTitle: string | null };

export type FindingFilter = {
  status?: FindingStatus;
  category?: FindingCategory;
  roundId?: string;
  /** Only the findings this user raised. */
  raisedBy?: string;
  q?: string;
};

/** The finding with its raiser's name and its round's title, through the users' and the rounds' views. */
function baseQuery(db: Db, organisationId: string) {
  const raiser = usersOf(db, organisationId, 'raiser');
  const round = roundsOf(db, organisationId, 'round');
  return db
    .select({ finding: feedbackItems, raisedByName: raiser.name, roundTitle: round.title })
    .from(feedbackItems)
    .leftJoin(
      raiser,
      and(eq(raiser.organisationId, feedbackItems.organisationId), eq(raiser.id, feedbackItems.raisedBy)),
    )
    .leftJoin(round, and(eq(round.organisationId, feedbackItems.organisationId), eq(round.id, feedbackItems.roundId)));
}

function conditions(organisationId: string, filter: FindingFilter): SQL {
  const where: SQL[] = [eq(feedbackItems.organisationId, organisationId)];
  if (filter.status) where.push(eq(feedbackItems.status, filter.status));
  if (filter.category) where.push(eq(feedbackItems.category, filter.category));
  if (filter.roundId) where.push(eq(feedbackItems.roundId, filter.roundId));
  if (filter.raisedBy) where.push(eq(feedbackItems.raisedBy, filter.raisedBy));
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(or(ilike(feedbackItems.title, pattern), ilike(feedbackItems.body, pattern))!);
  }
  return and(...where)!;
}

/** One page of the organisation's findings, newest first. */
export async function listFindings({
  db,
  organisationId,
  filter,
  window,
}: Scope & { filter: FindingFilter; window: PageWindow }): Promise<{ rows: FindingListRow[]; total: number }> {
  const where = conditions(organisationId, filter);
  const [rows, totals] = await together(db, [
    async () =>
      baseQuery(db, organisationId)
        .where(where)
        .orderBy(desc(feedbackItems.createdAt), desc(feedbackItems.id))
        .limit(window.limit)
        .offset(window.offset),
    async () => db.select({ total: count() }).from(feedbackItems).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findFinding({
  db,
  organisationId,
  findingId,
}: Scope & { findingId: string }): Promise<FindingListRow | undefined> {
  const [row] = await baseQuery(db, organisationId).where(
    and(eq(feedbackItems.organisationId, organisationId), eq(feedbackItems.id, findingId)),
  );
  return row;
}

/** The finding's own row, locked for the rest of the transaction: two moves cannot both start from one status. */
export async function lockFinding({ db, organisationId, findingId }: Scope & { findingId: string }) {
  const [row] = await db
    .select()
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organisationId, organisationId), eq(feedbackItems.id, findingId)))
    .for('update');
  return row;
}

/** Id and status of a finding of the organisation, if there is one. */
export async function findFindingRef({ db, organisationId, findingId }: Scope & { findingId: string }) {
  const [row] = await db
    .select({ id: feedbackItems.id, status: feedbackItems.status })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organisationId, organisationId), eq(feedbackItems.id, findingId)));
  return row;
}

export async function insertFinding({ db, organisationId, values }: Scope & { values: FindingValues }) {
  const [row] = await db
    .insert(feedbackItems)
    .values({ ...values, organisationId })
    .returning();
  return row!;
}

export async function updateFinding({
  db,
  organisationId,
  findingId,
  changes,
}: Scope & { findingId: string; changes: Partial<FindingValues> }) {
  await db
    .update(feedbackItems)
    .set(changes)
    .where(and(eq(feedbackItems.organisationId, organisationId), eq(feedbackItems.id, findingId)));
}

export async function insertFindingChange({
  db,
  organisationId,
  change,
}: Scope & {
  change: {
    itemId: string;
    fromStatus: FindingStatus | null;
    toStatus: FindingStatus;
    resolution: string | null;
    changedBy: string;
  };
}) {
  await db.insert(feedbackItemChanges).values({ ...change, organisationId });
}

/** Every change of a finding, its creation first, with the name of who made it. */
export async function findingHistory({ db, organisationId, findingId }: Scope & { findingId: string }) {
  const users = usersOf(db, organisationId);
  return db
    .select({
      from: feedbackItemChanges.fromStatus,
      to: feedbackItemChanges.toStatus,
      resolution: feedbackItemChanges.resolution,
      changedAt: feedbackItemChanges.changedAt,
      changedById: users.id,
      changedByName: users.name,
    })
    .from(feedbackItemChanges)
    .leftJoin(
      users,
      and(eq(users.organisationId, feedbackItemChanges.organisationId), eq(users.id, feedbackItemChanges.changedBy)),
    )
    .where(and(eq(feedbackItemChanges.organisationId, organisationId), eq(feedbackItemChanges.itemId, findingId)))
    .orderBy(asc(feedbackItemChanges.changedAt), asc(feedbackItemChanges.id));
}

/** Id and status of a round of the organisation, for a finding that names it (through the rounds' view). */
export async function findRoundRef({
  db,
  organisationId,
  roundId,
}: Scope & { roundId: string }): Promise<{ id: string; status: RoundStatus } | undefined> {
  const round = roundsOf(db, organisationId);
  const [row] = await db.select({ id: round.id, status: round.status }).from(round).where(eq(round.id, roundId));
  return row;
}

/** How many findings the organisation has in each status (statuses without any are absent). */
export async function findingCountsByStatus({ db, organisationId }: Scope) {
  return db
    .select({ status: feedbackItems.status, count: count() })
    .from(feedbackItems)
    .where(eq(feedbackItems.organisationId, organisationId))
    .groupBy(feedbackItems.status);
}
