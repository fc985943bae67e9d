import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { trainingEnrolments, trainingSessions, trainingSessionTrainers } from '../../db/schema/training.ts';

/** Her enrolments with the session each is for; they stay after an erasure, so attendance figures stay right. */
export async function enrolmentsOfEmployee({ db, organisationId, employeeId }: Scope & { employeeId: string }) {
  return db
    .select({
      sessionId: trainingSessions.id,
      sessionTitle: trainingSessions.title,
      sessionStartsAt: trainingSessions.startsAt,
      sessionStatus: trainingSessions.status,
      status: trainingEnrolments.status,
      enrolledAt: trainingEnrolments.enrolledAt,
    })
    .from(trainingEnrolments)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.organisationId, trainingEnrolments.organisationId),
        eq(trainingSessions.id, trainingEnrolments.sessionId),
      ),
    )
    .where(and(eq(trainingEnrolments.organisationId, organisationId), eq(trainingEnrolments.employeeId, employeeId)))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}

/** The sessions she gave: as an ambassador (end-user sessions) or through one of her accounts (train-the-trainer). */
export async function sessionsTrainedBy({
  db,
  organisationId,
  ambassadorId,
  userIds,
}: Scope & { ambassadorId: string | null; userIds: string[] }) {
  const who: SQL[] = [];
  if (ambassadorId) who.push(eq(trainingSessionTrainers.ambassadorId, ambassadorId));
  if (userIds.length > 0) who.push(inArray(trainingSessionTrainers.userId, userIds));
  if (who.length === 0) return [];
  return db
    .selectDistinct({
      sessionId: trainingSessions.id,
      title: trainingSessions.title,
      startsAt: trainingSessions.startsAt,
      status: trainingSessions.status,
    })
    .from(trainingSessionTrainers)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.organisationId, trainingSessionTrainers.organisationId),
        eq(trainingSessions.id, trainingSessionTrainers.sessionId),
      ),
    )
    .where(and(eq(trainingSessionTrainers.organisationId, organisationId), or(...who)))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}
