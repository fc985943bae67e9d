import type {
  CopyRoundBody,
  CreateRoundBody,
  ParticipantSuggestionQuery,
  ParticipantSuggestions,
  RemindResult,
  Round,
  RoundList,
  RoundListQuery,
  RoundResponses,
  RoundResults,
  UpdateRoundBody,
} from '@ambassador/shared';
import { download, http } from './http.ts';

/** Newest first; an ambassador gets only the rounds she takes part in (with `myParticipation`). */
export const listRounds = (query: RoundListQuery, signal?: AbortSignal) =>
  http.get<RoundList>('/feedback-rounds', query, signal);

/** Admins get `participants` and `coverage` along. */
export const getRound = (id: string, signal?: AbortSignal) =>
  http.get<Round>(`/feedback-rounds/${id}`, undefined, signal);

export const createRound = (body: CreateRoundBody) => http.post<Round>('/feedback-rounds', body);

/** `questions` after the first response → 409 `round_has_responses`; removing someone who answered → 409. */
export const updateRound = (id: string, body: UpdateRoundBody) => http.patch<Round>(`/feedback-rounds/${id}`, body);

/** Drafts only: 409 `round_not_draft` otherwise. */
export const deleteRound = (id: string) => http.delete(`/feedback-rounds/${id}`);

/** Invites the participants; 409 `round_not_ready` with `missing` when questions or participants are lacking. */
export const openRound = (id: string) => http.post<Round>(`/feedback-rounds/${id}/open`);

export const closeRound = (id: string) => http.post<Round>(`/feedback-rounds/${id}/close`);

/** Reminds the participants who have not answered yet. */
export const remindRound = (id: string) => http.post<RemindResult>(`/feedback-rounds/${id}/remind`);

/** A new draft with the same questions and the participants who may still be asked. */
export const copyRound = (id: string, body: CopyRoundBody = {}) =>
  http.post<Round>(`/feedback-rounds/${id}/copy`, body);

/** Active ambassadors by role, department and layer; with `onePerCell` one per department × layer cell. */
export const listParticipantSuggestions = (query: ParticipantSuggestionQuery, signal?: AbortSignal) =>
  http.get<ParticipantSuggestions>('/feedback-rounds/participant-suggestions', query, signal);

export const getRoundResults = (id: string, signal?: AbortSignal) =>
  http.get<RoundResults>(`/feedback-rounds/${id}/results`, undefined, signal);

/** Every participant's answers (admins); an anonymous round → 403 `round_anonymous`. */
export const listRoundResponses = (id: string, signal?: AbortSignal) =>
  http.get<RoundResponses>(`/feedback-rounds/${id}/responses`, undefined, signal);

/** The results as CSV (BOM, `;`). */
export const downloadRoundResultsCsv = (id: string) =>
  download(`/feedback-rounds/${id}/results.csv`, { accept: 'text/csv, application/problem+json' });
