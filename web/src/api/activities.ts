import type {
  Activity,
  ActivityList,
  ActivityListQuery,
  ActivitySummary,
  ActivitySummaryQuery,
  CreateActivityBody,
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
