import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AmbassadorRole, RoundListQuery } from '@ambassador/shared';
import { together } from '../../../db/rows.ts';
import type { Scope } from '../../../http/actor.ts';
import type { PageWindow } from '../../../http/pages.ts';
import { feedbackParticipants, feedbackResponses, feedbackRounds } from '../../../db/schema/feedback.ts';
import { ambassadorsOf } from '../../ambassadors/ambassadors.views.ts';
import { subtreeIds } from '../../departments/departments.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';

export type RoundRow = typeof feedbackRounds.$inferSelect;
export type RoundValues = Omit<typeof feedbackRounds.$inferInsert, 'organisationId' | 'id'>;
type RoundScope = Scope & { roundId: string };

const byRound = (organisationId: string, roundId: string) =>
  and(eq(feedbackRounds.organisationId, organisationId), eq(feedbackRounds.id, roundId));

const participantsOfRound = (organisationId: string, roundId: string) =>
  and(eq(feedbackParticipants.organisationId, organisationId), eq(feedbackParticipants.roundId, roundId));

export async function findRound({ db, organisationId, roundId }: RoundScope) {
  const [row] = await db.select().from(feedbackRounds).where(byRound(organisationId, roundId));
  return row;
}

/** Locks the round row: edits, lifecycle moves and answers of one round queue behind each other. */
export async function lockRound({ db, organisationId, roundId }: RoundScope) {
  const [row] = await db.select().from(feedbackRounds).where(byRound(organisationId, roundId)).for('update');
  return row;
}

export async function insertRound({ db, organisationId, values }: Scope & { values: RoundValues }) {
  const [row] = await db
    .insert(feedbackRounds)
    .values({ ...values, organisationId })
    .returning();
  return row!;
}

export async function updateRound({
  db,
  organisationId,
  roundId,
  changes,
}: RoundScope & { changes: Partial<RoundValues> }) {
  await db
    .update(feedbackRounds)
    .set({ ...changes, updatedAt: new Date() })
    .where(byRound(organisationId, roundId));
}

export async function deleteRound({ db, organisationId, roundId }: RoundScope) {
  await db.delete(feedbackRounds).where(byRound(organisationId, roundId));
}

export async function hasResponses({ db, organisationId, roundId }: RoundScope) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(feedbackResponses)
    .where(and(eq(feedbackResponses.organisationId, organisationId), eq(feedbackResponses.roundId, roundId)))
    .limit(1);
  return row !== undefined;
}

const counts = {
  participantCount: sql<number>`(select count(*) from ${feedbackParticipants} p
    where p.round_id = ${feedbackRounds.id})`.mapWith(Number),
  respondedCount: sql<number>`(select count(*) from ${feedbackParticipants} p
    where p.round_id = ${feedbackRounds.id} and p.responded_at is not null)`.mapWith(Number),
  questionCount: sql<number>`jsonb_array_length(${feedbackRounds.questions})`.mapWith(Number),
  hasResponses: sql<boolean>`exists (select 1 from ${feedbackResponses} r where r.round_id = ${feedbackRounds.id})`,
};

function participation(ambassadorId: string | undefined) {
  const of = (column: string) =>
    sql<Date | string | null>`(select ${sql.raw(`p.${column}`)} from ${feedbackParticipants} p
      where p.round_id = ${feedbackRounds.id} and p.ambassador_id = ${ambassadorId ?? null})`;
  return {
    isParticipant: sql<boolean>`exists (select 1 from ${feedbackParticipants} p
      where p.round_id = ${feedbackRounds.id} and p.ambassador_id = ${ambassadorId ?? null})`,
    invitedAt: of('invited_at'),
    remindedAt: of('reminded_at'),
    respondedAt: of('responded_at'),
  };
}

export type RoundSummaryRow = Awaited<ReturnType<typeof listRounds>>['items'][number];

/** Rounds with their counts and the viewer's own participation; `participantOnly` keeps those she takes part in, not drafts. */
export async function listRounds({
  db,
  organisationId,
  filter,
  ambassadorId,
  participantOnly,
  window,
}: Scope & { filter: RoundListQuery; ambassadorId?: string; participantOnly: boolean; window: PageWindow }) {
  const mine = participation(ambassadorId);
  const where: SQL[] = [eq(feedbackRounds.organisationId, organisationId)];
  if (filter.status) where.push(eq(feedbackRounds.status, filter.status));
  if (filter.purpose) where.push(eq(feedbackRounds.purpose, filter.purpose));
  if (filter.q?.trim())
    where.push(sql`${feedbackRounds.title} ilike ${`%${filter.q.trim().replace(/[\\%_]/g, '\\$&')}%`}`);
  if (participantOnly) where.push(sql`${feedbackRounds.status} <> 'draft'`, mine.isParticipant);
  const condition = and(...where);
  const [items, [counted]] = await together(db, [
    async () =>
      db
        .select({ round: feedbackRounds, ...counts, ...mine })
        .from(feedbackRounds)
        .where(condition)
        .orderBy(desc(feedbackRounds.createdAt), asc(feedbackRounds.id))
        .limit(window.limit)
        .offset(window.offset),
    async () =>
      db
        .select({ total: sql<number>`count(*)`.mapWith(Number) })
        .from(feedbackRounds)
        .where(condition),
  ]);
  return { items, total: counted?.total ?? 0 };
}

/** One round with its counts and the viewer's participation. */
export async function roundSummary({
  db,
  organisationId,
  roundId,
  ambassadorId,
}: RoundScope & { ambassadorId?: string }) {
  const [row] = await db
    .select({ round: feedbackRounds, ...counts, ...participation(ambassadorId) })
    .from(feedbackRounds)
    .where(byRound(organisationId, roundId));
  return row;
}

/** A round's participants with their ambassador and employee (department and layer as the employee is now), by name. */
export async function participantsOf({ db, organisationId, roundId }: RoundScope) {
  const a = ambassadorsOf(db, organisationId);
  const e = employeesOf(db, organisationId);
  return db
    .select({
      ambassadorId: feedbackParticipants.ambassadorId,
      employeeId: e.id,
      name: e.name,
      departmentId: e.departmentId,
      layerId: e.layerId,
      roles: a.roles,
      invitedAt: feedbackParticipants.invitedAt,
      remindedAt: feedbackParticipants.remindedAt,
      respondedAt: feedbackParticipants.respondedAt,
    })
    .from(feedbackParticipants)
    .innerJoin(
      a,
      and(eq(a.organisationId, feedbackParticipants.organisationId), eq(a.id, feedbackParticipants.ambassadorId)),
    )
    .innerJoin(e, and(eq(e.organisationId, a.organisationId), eq(e.id, a.employeeId)))
    .where(participantsOfRound(organisationId, roundId))
    .orderBy(asc(e.name), asc(feedbackParticipants.ambassadorId));
}

export type ParticipantRow = Awaited<ReturnType<typeof participantsOf>>[number];

export async function participantIdsOf({ db, organisationId, roundId }: RoundScope) {
  const found = await db
    .select({ ambassadorId: feedbackParticipants.ambassadorId, respondedAt: feedbackParticipants.respondedAt })
    .from(feedbackParticipants)
    .where(participantsOfRound(organisationId, roundId));
  return found;
}

export async function findParticipant({
  db,
  organisationId,
  roundId,
  ambassadorId,
}: RoundScope & { ambassadorId: string }) {
  const [row] = await db
    .select()
    .from(feedbackParticipants)
    .where(and(participantsOfRound(organisationId, roundId), eq(feedbackParticipants.ambassadorId, ambassadorId)));
  return row;
}

export async function addParticipants({
  db,
  organisationId,
  roundId,
  ambassadorIds,
  invitedAt,
}: RoundScope & { ambassadorIds: readonly string[]; invitedAt: Date | null }) {
  if (ambassadorIds.length === 0) return;
  await db
    .insert(feedbackParticipants)
    .values(ambassadorIds.map((ambassadorId) => ({ organisationId, roundId, ambassadorId, invitedAt })))
    .onConflictDoNothing();
}

export async function removeParticipants({
  db,
  organisationId,
  roundId,
  ambassadorIds,
}: RoundScope & { ambassadorIds: readonly string[] }) {
  if (ambassadorIds.length === 0) return;
  await db
    .delete(feedbackParticipants)
    .where(
      and(participantsOfRound(organisationId, roundId), inArray(feedbackParticipants.ambassadorId, [...ambassadorIds])),
    );
}

/** Every participant not invited yet is invited now (the round opens). */
export async function inviteParticipants({ db, organisationId, roundId, at }: RoundScope & { at: Date }) {
  await db
    .update(feedbackParticipants)
    .set({ invitedAt: at })
    .where(and(participantsOfRound(organisationId, roundId), isNull(feedbackParticipants.invitedAt)));
}

/** Reminds every participant who has not answered; returns their ambassador ids. */
export async function remindParticipants({ db, organisationId, roundId, at }: RoundScope & { at: Date }) {
  const reminded = await db
    .update(feedbackParticipants)
    .set({ remindedAt: at })
    .where(and(participantsOfRound(organisationId, roundId), isNull(feedbackParticipants.respondedAt)))
    .returning({ ambassadorId: feedbackParticipants.ambassadorId });
  return reminded.map((row) => row.ambassadorId).sort();
}

/** Which of these ids are ambassadors of the organisation who may be asked (active or onboarding). */
export async function askableAmbassadorIds({
  db,
  organisationId,
  ambassadorIds,
}: Scope & { ambassadorIds: readonly string[] }) {
  if (ambassadorIds.length === 0) return new Set<string>();
  const a = ambassadorsOf(db, organisationId);
  const found = await db
    .select({ id: a.id })
    .from(a)
    .where(and(inArray(a.id, [...ambassadorIds]), inArray(a.status, ['active', 'onboarding'])));
  return new Set(found.map((row) => row.id));
}

/** Active ambassadors (still employed) by role, department subtree and layer, with their employee, by name. */
export async function suggestionCandidates({
  db,
  organisationId,
  role,
  departmentId,
  layerId,
}: Scope & { role?: AmbassadorRole; departmentId?: string; layerId?: string }) {
  const a = ambassadorsOf(db, organisationId);
  const e = employeesOf(db, organisationId);
  const where: SQL[] = [eq(a.status, 'active'), eq(e.status, 'active')];
  if (role) where.push(sql`${role} = any(${a.roles})`);
  if (departmentId) where.push(sql`${e.departmentId} in ${subtreeIds(organisationId, departmentId)}`);
  if (layerId) where.push(eq(e.layerId, layerId));
  return db
    .select({
      ambassadorId: a.id,
      employeeId: e.id,
      name: e.name,
      departmentId: e.departmentId,
      layerId: e.layerId,
      roles: a.roles,
    })
    .from(a)
    .innerJoin(e, and(eq(e.organisationId, a.organisationId), eq(e.id, a.employeeId)))
    .where(and(...where))
    .orderBy(asc(e.name), asc(a.id));
}
