import type { CreateFindingBody, Finding, FindingList, FindingListQuery, UpdateFindingBody } from '@ambassador/shared';
import { http } from './http.ts';

/** Filters `status`, `category`, `roundId`, `mine`, `q`; `?status=done` is the "you said, we did" list. */
export const listFindings = (query: FindingListQuery, signal?: AbortSignal) =>
  http.get<FindingList>('/feedback-items', query, signal);

/** The finding with its `history`, oldest change first. */
export const getFinding = (id: string, signal?: AbortSignal) =>
  http.get<Finding>(`/feedback-items/${id}`, undefined, signal);

/** Admins and ambassadors; the raiser is the caller and the finding starts as `new`. */
export const createFinding = (body: CreateFindingBody) => http.post<Finding>('/feedback-items', body);

/**
 * Admins move a finding along FINDING_TRANSITIONS: `done` and `wont_do` need a `resolution`, `duplicate` a
 * `duplicateOfId`; any other move answers 409 `illegal_transition` with the moves that are `allowed`.
 */
export const updateFinding = (id: string, body: UpdateFindingBody) =>
  http.patch<Finding>(`/feedback-items/${id}`, body);
