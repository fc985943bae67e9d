import type {
  AttendanceBody,
  BulkEnrolBody,
  BulkEnrolResult,
  CreateTrainingSessionBody,
  Enrolment,
  TrainingSessionDetail,
  TrainingSessionList,
  TrainingSessionListQuery,
  UpdateTrainingSessionBody,
} from '@ambassador/shared';
import { download, http, request } from './http.ts';

/** Sorted by start. An ambassador gets her own sessions and the open ones. */
export const listTrainingSessions = (query: TrainingSessionListQuery, signal?: AbortSignal) =>
  http.get<TrainingSessionList>('/training-sessions', query, signal);

/** `enrolments` comes along for admins and the session's own trainers only. */
export const getTrainingSession = (id: string) => http.get<TrainingSessionDetail>(`/training-sessions/${id}`);

/**
 * A trainer or location already booked at an overlapping time answers 409 `schedule_conflict` with the clashing
 * sessions in the problem's `conflicts`; `force` saves anyway. Soft issues come back in `warnings`.
 */
export const createTrainingSession = (body: CreateTrainingSessionBody, force = false) =>
  http.post<TrainingSessionDetail>('/training-sessions', body, { force });

/** `status: 'cancelled'` cancels the session, `'planned'` reopens it; conflicts as with creating. */
export const updateTrainingSession = (id: string, body: UpdateTrainingSessionBody, force = false) =>
  request<TrainingSessionDetail>(`/training-sessions/${id}`, { method: 'PATCH', body, query: { force } });

/** Refused with 409 `session_has_attendance` once attendance was taken: cancel it instead. */
export const deleteTrainingSession = (id: string) => http.delete(`/training-sessions/${id}`);

export const downloadSessionIcs = (id: string) =>
  download(`/training-sessions/${id}.ics`, { accept: 'text/calendar, application/problem+json' });

/** Registered while there is room, waitlisted after that. */
export const enrolEmployee = (id: string, employeeId: string) =>
  http.post<Enrolment>(`/training-sessions/${id}/enrolments`, { employeeId });

/** What enrolling would do (a place or the waitlist, already trained), without enrolling. */
export const previewEnrolment = (id: string, employeeId: string) =>
  http.post<Enrolment>(`/training-sessions/${id}/enrolments`, { employeeId }, { dryRun: true });

/** How many would get a place and how many the waitlist, without enrolling anyone. */
export const previewDepartmentEnrolment = (id: string, body: BulkEnrolBody) =>
  http.post<BulkEnrolResult>(`/training-sessions/${id}/enrolments/bulk`, body, { dryRun: true });

/** The department's active employees who are not trained yet. */
export const enrolDepartment = (id: string, body: BulkEnrolBody) =>
  http.post<BulkEnrolResult>(`/training-sessions/${id}/enrolments/bulk`, body);

/** The first on the waitlist takes the freed place: `promotedEmployeeId`. */
export const cancelEnrolment = (id: string, employeeId: string) =>
  http.delete<{ employeeId: string; promotedEmployeeId: string | null }>(
    `/training-sessions/${id}/enrolments/${employeeId}`,
  );

/** Marks the session completed; 409 `session_not_started` before it starts. */
export const saveAttendance = (id: string, body: AttendanceBody) =>
  http.put<TrainingSessionDetail>(`/training-sessions/${id}/attendance`, body);
