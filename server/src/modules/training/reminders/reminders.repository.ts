import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import { trainingEnrolments, trainingSessions, trainingSessionTrainers } from '../../../db/schema/training.ts';
import type { Scope } from '../../../http/actor.ts';

const sessionColumns = {
  id: trainingSessions.id,
  title: trainingSessions.title,
  startsAt: trainingSessions.startsAt,
  endsAt: trainingSessions.endsAt,
  location: trainingSessions.location,
};
export type RemindedSession = { id: string; title: string; startsAt: Date; endsAt: Date; location: string | null };

/** Planned sessions that start after `from` and no later than `to`. */
export async function sessionsStartingBetween({ db, organisationId, from, to }: Scope & { from: Date; to: Date }) {
  return db
    .select(sessionColumns)
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organisationId, organisationId),
        eq(trainingSessions.status, 'planned'),
        gt(trainingSessions.startsAt, from),
        lte(trainingSessions.startsAt, to),
      ),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}

/** Sessions that ended after `from` and no later than `to` and are still planned: their attendance is not taken. */
export async function sessionsEndedBetween({ db, organisationId, from, to }: Scope & { from: Date; to: Date }) {
  return db
    .select(sessionColumns)
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organisationId, organisationId),
        eq(trainingSessions.status, 'planned'),
        gt(trainingSessions.endsAt, from),
        lte(trainingSessions.endsAt, to),
      ),
    )
    .orderBy(asc(trainingSessions.endsAt), asc(trainingSessions.id));
}

/** The trainers of these sessions: ambassadors, or users of the communication team. */
export async function trainersOf({ db, organisationId, sessionIds }: Scope & { sessionIds: string[] }) {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: trainingSessionTrainers.sessionId,
      ambassadorId: trainingSessionTrainers.ambassadorId,
      userId: trainingSessionTrainers.userId,
    })
    .from(trainingSessionTrainers)
    .where(
      and(
        eq(trainingSessionTrainers.organisationId, organisationId),
        inArray(trainingSessionTrainers.sessionId, sessionIds),
      ),
    );
}

/** The employees with a place in these sessions (not the waitlist, not the cancelled), or with the given statuses. */
export async function registeredIn({
  db,
  organisationId,
  sessionIds,
  statuses = ['registered'],
}: Scope & { sessionIds: string[]; statuses?: ('registered' | 'waitlisted')[] }) {
  if (sessionIds.length === 0) return [];
  return db
    .select({ sessionId: trainingEnrolments.sessionId, employeeId: trainingEnrolments.employeeId })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.organisationId, organisationId),
        inArray(trainingEnrolments.sessionId, sessionIds),
        inArray(trainingEnrolments.status, statuses),
      ),
    );
}
