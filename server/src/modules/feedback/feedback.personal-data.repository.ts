import { and, asc, eq } from 'drizzle-orm';
import type { Answer } from '@ambassador/shared';
import type { Scope } from '../../http/actor.ts';
import { feedbackParticipants, feedbackResponses, feedbackRounds } from '../../db/schema/feedback.ts';

/** The rounds she was asked to take part in, with her answers (null when she gave none) and the round's questions. */
export async function participationsOf({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  return db
    .select({
      roundId: feedbackRounds.id,
      roundTitle: feedbackRounds.title,
      purpose: feedbackRounds.purpose,
      questions: feedbackRounds.questions,
      invitedAt: feedbackParticipants.invitedAt,
      remindedAt: feedbackParticipants.remindedAt,
      respondedAt: feedbackParticipants.respondedAt,
      answers: feedbackResponses.answers,
    })
    .from(feedbackParticipants)
    .innerJoin(
      feedbackRounds,
      and(
        eq(feedbackRounds.organisationId, feedbackParticipants.organisationId),
        eq(feedbackRounds.id, feedbackParticipants.roundId),
      ),
    )
    .leftJoin(
      feedbackResponses,
      and(
        eq(feedbackResponses.roundId, feedbackParticipants.roundId),
        eq(feedbackResponses.ambassadorId, feedbackParticipants.ambassadorId),
      ),
    )
    .where(
      and(eq(feedbackParticipants.organisationId, organisationId), eq(feedbackParticipants.ambassadorId, ambassadorId)),
    )
    .orderBy(asc(feedbackRounds.createdAt), asc(feedbackRounds.id));
}

/** Replaces her answers to one round (the response row stays: it is what the response counts count). */
export async function replaceAnswers({
  db,
  organisationId,
  roundId,
  ambassadorId,
  answers,
}: Scope & { roundId: string; ambassadorId: string; answers: Answer[] }) {
  await db
    .update(feedbackResponses)
    .set({ answers })
    .where(
      and(
        eq(feedbackResponses.organisationId, organisationId),
        eq(feedbackResponses.roundId, roundId),
        eq(feedbackResponses.ambassadorId, ambassadorId),
      ),
    );
}
