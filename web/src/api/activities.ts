import type {
  Activity,
  ActivityList,
  ActivityListQuery,
  ActivitySummary,
  ActivitySummaryQuery,
  CreateActivityBody,
  Leaderboard,
  LeaderboardQuery,
} from '@ambassador/shared';
import { http } from './http.ts';

/** Newest first. Admins and HR get the network's activity; an ambassador gets her own. */
export const listActivities = (query: ActivityListQuery, signal?: AbortSignal) =>
  http.get<ActivityList>('/activities', query, signal);

/** An ambassador logs for herself; an admin may name `ambassadorId`. A count of colleagues, never names. */
export const createActivity = (body: CreateActivityBody) => http.post<Activity>('/activities', body);

/** Only activity logged by hand: one the app wrote answers 409 `activity_automatic`. */
export const deleteActivity = (id: string) => http.delete(`/activities/${id}`);

/** Entries and counts per month and kind, and per department, with the list's filters. */
export const getActivitySummary = (query: ActivitySummaryQuery, signal?: AbortSignal) =>
  http.get<ActivitySummary>('/activities/summary', query, signal);

/** Ambassadors by points over a period (the last year by default); 409 `recognition_off` when it is switched off. */
export const getLeaderboard = (query: LeaderboardQuery, signal?: AbortSignal) =>
  http.get<Leaderboard>('/activities/leaderboard', query, signal);
