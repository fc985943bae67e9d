import type { MyResponse, Round, RoundList, RoundListQuery, ResponseBody } from '@ambassador/shared';
import { http } from './http.ts';

/** An ambassador gets only the rounds she takes part in, each with `myParticipation`; an admin gets every round. */
export const listRounds = (query: RoundListQuery, signal?: AbortSignal) =>
  http.get<RoundList>('/feedback-rounds', query, signal);

/** The round with its questions; for a participant without `participants` and `coverage`. */
export const getRound = (id: string, signal?: AbortSignal) =>
  http.get<Round>(`/feedback-rounds/${id}`, undefined, signal);

/**
 * Her own answers (none yet: an empty list). 403 `not_a_participant` when she was not asked, 409 `round_not_open`
 * before the round opens.
 */
export const getMyResponse = (id: string, signal?: AbortSignal) =>
  http.get<MyResponse>(`/feedback-rounds/${id}/response`, undefined, signal);

/**
 * Replaces her answers while the round is open: 409 `round_closed` after it closed, 400 with `errors[].field`
 * (`answers.2.value`) for an answer that does not fit its question, `answers` for a required question left out.
 */
export const saveMyResponse = (id: string, body: ResponseBody) =>
  http.put<MyResponse>(`/feedback-rounds/${id}/response`, body);
