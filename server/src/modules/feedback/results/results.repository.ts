import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../../http/actor.ts';
import { feedbackParticipants, feedbackResponses } from '../../../db/schema/feedback.ts';
import { ambassadorsOf } from '../../ambassadors/ambassadors.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';

/**
 * Every participant of a round with her employee's layer and department (as they are now) and her answers, in one
 * query whatever the number of participants.
 */
export async function resultRows({ db, organisationId, roundId }: Scope & { roundId: string }) {
  const a = ambassadorsOf(db, organisationId);
  const e = employeesOf(db, organisationId);
  return db
    .select({
      layerId: e.layerId,
      departmentId: e.departmentId,
      respondedAt: feedbackParticipants.respondedAt,
      answers: feedbackResponses.answers,
    })
    .from(feedbackParticipants)
    .innerJoin(
      a,
      and(eq(a.organisationId, feedbackParticipants.organisationId), eq(a.id, feedbackParticipants.ambassadorId)),
    )
    .innerJoin(e, and(eq(e.organisationId, a.organisationId), eq(e.id, a.employeeId)))
    .leftJoin(
      feedbackResponses,
      and(
        eq(feedbackResponses.roundId, feedbackParticipants.roundId),
        eq(feedbackResponses.ambassadorId, feedbackParticipants.ambassadorId),
      ),
    )
    .where(and(eq(feedbackParticipants.organisationId, organisationId), eq(feedbackParticipants.roundId, roundId)));
}
