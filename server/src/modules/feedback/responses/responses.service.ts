import type { MyResponse, ResponseBody, RoundResponses } from '@ambassador/shared';
import type { ActorScope } from '../../../http/actor.ts';
import { NotFound, ValidationFailed } from '../../../http/errors.ts';
import { dayIn } from '../../../lib/days.ts';
import { recordFeedbackGiven } from '../../activities/activities.repository.ts';
import { NotAParticipant, RoundAnonymous, RoundClosed, RoundNotOpen } from '../feedback.errors.ts';
import { iso } from '../rounds/rounds.dto.ts';
import { findParticipant, findRound, lockRound } from '../rounds/rounds.repository.ts';
import { checkAnswers } from './answers.ts';
import { findResponse, markResponded, responsesOf, upsertResponse } from './responses.repository.ts';

type RoundActor = ActorScope & { roundId: string };

/** The caller's participation in the round, or 403; a round of another organisation answers 404 before that. */
async function participantOrFail(
  actor: RoundActor,
  round: { status: string } | undefined,
  db = actor.db,
): Promise<string> {
  if (!round) throw new NotFound('feedback round');
  const participant = actor.ambassadorId
    ? await findParticipant({
        db,
        organisationId: actor.organisationId,
        roundId: actor.roundId,
        ambassadorId: actor.ambassadorId,
      })
    : undefined;
  if (!participant) throw new NotAParticipant();
  if (round.status === 'draft') throw new RoundNotOpen('draft');
  return participant.ambassadorId;
}

/** Her own answers, or none yet. */
export async function getMine(actor: RoundActor): Promise<MyResponse> {
  const scope = { db: actor.db, organisationId: actor.organisationId, roundId: actor.roundId };
  const ambassadorId = await participantOrFail(actor, await findRound(scope));
  const response = await findResponse({ ...scope, ambassadorId });
  const participant = await findParticipant({ ...scope, ambassadorId });
  return {
    roundId: actor.roundId,
    answers: response?.answers ?? [],
    respondedAt: iso(participant?.respondedAt ?? null),
    updatedAt: iso(response?.updatedAt ?? null),
  };
}

/**
 * Stores her answers while the round is open, each checked against its question. The first answer marks her as
 * responded and records her `feedback_given` activity (once per round, dated today in the organisation's time zone).
 */
export async function putMine(actor: RoundActor & { body: ResponseBody }): Promise<MyResponse> {
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const round = await lockRound(scope);
    const ambassadorId = await participantOrFail(actor, round, tx);
    if (round!.status === 'closed') throw new RoundClosed();
    const checked = checkAnswers(round!.questions, actor.body.answers);
    if (checked.errors.length > 0) throw new ValidationFailed(checked.errors);
    await upsertResponse({ ...scope, ambassadorId, answers: checked.answers! });
    await markResponded({ ...scope, ambassadorId, at: new Date() });
    await recordFeedbackGiven({
      db: tx,
      organisationId: actor.organisationId,
      ambassadorId,
      roundId: actor.roundId,
      occurredOn: dayIn(actor.timezone),
      note: round!.title,
      createdBy: actor.userId,
    });
  });
  return getMine(actor);
}

/** Every participant's answers, for a round that is not anonymous. */
export async function allResponses(actor: RoundActor): Promise<RoundResponses> {
  const scope = { db: actor.db, organisationId: actor.organisationId, roundId: actor.roundId };
  const round = await findRound(scope);
  if (!round) throw new NotFound('feedback round');
  if (round.anonymous) throw new RoundAnonymous();
  const rows = await responsesOf(scope);
  return {
    items: rows.map((row) => ({
      ambassadorId: row.ambassadorId,
      name: row.name,
      departmentId: row.departmentId,
      layerId: row.layerId,
      respondedAt: iso(row.respondedAt ?? row.createdAt)!,
      answers: row.answers,
    })),
  };
}
