import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Answer } from '@ambassador/shared';
import type { Scope } from '../../../http/actor.ts';
import { feedbackParticipants, feedbackResponses } from '../../../db/schema/feedback.ts';
import { ambassadorsOf } from '../../ambassadors/ambassadors.views.ts';
import { employeesOf } from '../../employees/employees.views.ts';

type ResponseScope = Scope & { roundId: string; ambassadorId: string };

const ofParticipant = ({ organisationId, roundId, ambassadorId }: Omit<ResponseScope, 'db'>) =>
  and(
    eq(feedbackResponses.organisationId, organisationId),
    eq(feedbackResponses.roundId, roundId),
    eq(feedbackResponses.ambassadorId, ambassadorId),
  );

export async function findResponse(scope: ResponseScope) {
  const [row] = await scope.db.select().from(feedbackResponses).where(ofParticipant(scope));
  return row;
}

/** Stores the participant's answers, replacing earlier ones. */
export async function upsertResponse({
  db,
  organisationId,
  roundId,
  ambassadorId,
  answers,
}: ResponseScope & { answers: Answer[] }) {
  const [row] = await db
    .insert(feedbackResponses)
    .values({ organisationId, roundId, ambassadorId, answers })
    .onConflictDoUpdate({
      target: [feedbackResponses.roundId, feedbackResponses.ambassadorId],
      set: { answers, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

/** Marks the participant as responded, the first time only. */
export async function markResponded({ db, organisationId, roundId, ambassadorId, at }: ResponseScope & { at: Date }) {
  await db
    .update(feedbackParticipants)
    .set({ respondedAt: at })
    .where(
      and(
        eq(feedbackParticipants.organisationId, organisationId),
        eq(feedbackParticipants.roundId, roundId),
        eq(feedbackParticipants.ambassadorId, ambassadorId),
        isNull(feedbackParticipants.respondedAt),
      ),
    );
}

/** Every response of a round with who gave it (her department and layer as her employee's are now), by name. */
export async function responsesOf({ db, organisationId, roundId }: Scope & { roundId: string }) {
  const a = ambassadorsOf(db, organisationId);
  const e = employeesOf(db, organisationId);
  return db
    .select({
      ambassadorId: feedbackResponses.ambassadorId,
      name: e.name,
      departmentId: e.departmentId,
      layerId: e.layerId,
      respondedAt: feedbackParticipants.respondedAt,
      createdAt: feedbackResponses.createdAt,
      answers: feedbackResponses.answers,
    })
    .from(feedbackResponses)
    .innerJoin(
      feedbackParticipants,
      and(
        eq(feedbackParticipants.roundId, feedbackResponses.roundId),
        eq(feedbackParticipants.ambassadorId, feedbackResponses.ambassadorId),
      ),
    )
    .innerJoin(a, and(eq(a.organisationId, feedbackResponses.organisationId), eq(a.id, feedbackResponses.ambassadorId)))
    .innerJoin(e, and(eq(e.organisationId, a.organisationId), eq(e.id, a.employeeId)))
    .where(and(eq(feedbackResponses.organisationId, organisationId), eq(feedbackResponses.roundId, roundId)))
    .orderBy(asc(e.name), asc(feedbackResponses.ambassadorId));
}
