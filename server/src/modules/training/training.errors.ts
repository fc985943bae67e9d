import createError from '@fastify/error';
import type { ScheduleConflict } from '@ambassador/shared';
import type { Clash } from './sessions.repository.ts';

/** Names every clashing session, and the first as `session`, so a client can say what to move. */
export class ScheduleConflictError extends Error {
  readonly code = 'schedule_conflict';
  readonly statusCode = 409;
  readonly conflicts: ScheduleConflict[];
  readonly session: { id: string; title: string };
  constructor(clashes: Clash[]) {
    const first = clashes[0]!;
    super(`Clashes with "${first.title}" (${first.reason}: ${first.subject}); send force=true to save anyway`);
    this.conflicts = clashes.map((clash) => ({
      sessionId: clash.sessionId,
      title: clash.title,
      startsAt: new Date(clash.startsAt).toISOString(),
      endsAt: new Date(clash.endsAt).toISOString(),
      reason: clash.reason,
      subject: clash.subject,
    }));
    this.session = { id: first.sessionId, title: first.title };
  }
}

export const AlreadyEnrolled = createError(
  'already_enrolled',
  'This employee is already enrolled in this session',
  409,
);
export const EnrolmentOverlap = createError(
  'enrolment_overlap',
  'This employee is already enrolled in "%s", which overlaps this session',
  409,
);
/** A plan whose work or answer would be too big to compute on a request; the message says what to narrow. */
export const PlanTooLarge = createError('plan_too_large', 'The plan is too large: %s', 422);
export const SessionClosed = createError('session_closed', 'This session is %s', 409);
export const NotAnAmbassador = createError(
  'not_an_ambassador',
  'Train-the-trainer sessions are for ambassadors; this employee is not one',
  409,
);
export const EmployeeLeft = createError('employee_left', 'This employee has left the organisation', 409);
export const SessionNotStarted = createError(
  'session_not_started',
  'Attendance can be taken once the session has started',
  409,
);
export const SessionHasAttendance = createError(
  'session_has_attendance',
  'Attendance was taken for this session; cancel it instead of deleting it',
  409,
);

/** A reviewed plan puts someone in a session while she holds a place elsewhere at that time; names who and where. */
export class PlanEnrolmentOverlap extends Error {
  readonly code = 'enrolment_overlap';
  readonly statusCode = 409;
  readonly errors: { field: string; code: string; message: string }[];
  constructor(index: number, employeeName: string, otherTitle: string) {
    super(`${employeeName} is already enrolled in "${otherTitle}" at the time of planned session ${index + 1}`);
    this.errors = [{ field: `sessions.${index}.employeeIds`, code: 'enrolment_overlap', message: this.message }];
  }
}
