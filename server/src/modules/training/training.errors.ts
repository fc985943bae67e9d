import type { ScheduleConflict } from '@ambassador/shared';
import { DomainError, domainError, type FieldError } from '../../http/errors.ts';
import type { Clash } from './sessions/sessions.repository.ts';

/** Names every clashing session, and the first as `session`, so a client can say what to move. */
export class ScheduleConflictError extends DomainError<{
  conflicts: ScheduleConflict[];
  session: { id: string; title: string };
}> {
  constructor(clashes: Clash[]) {
    const first = clashes[0]!;
    super({
      code: 'schedule_conflict',
      status: 409,
      message: `Clashes with "${first.title}" (${first.reason}: ${first.subject}); send force=true to save anyway`,
      extensions: {
        conflicts: clashes.map((clash) => ({
          sessionId: clash.sessionId,
          title: clash.title,
          startsAt: new Date(clash.startsAt).toISOString(),
          endsAt: new Date(clash.endsAt).toISOString(),
          reason: clash.reason,
          subject: clash.subject,
        })),
        session: { id: first.sessionId, title: first.title },
      },
    });
  }
}

export const AlreadyEnrolled = domainError(
  'already_enrolled',
  409,
  'This employee is already enrolled in this session',
);
export const EnrolmentOverlap = domainError(
  'enrolment_overlap',
  409,
  (otherTitle: string) => `This employee is already enrolled in "${otherTitle}", which overlaps this session`,
);
/** A plan whose work or answer would be too big to compute on a request; the message says what to narrow. */
export const PlanTooLarge = domainError('plan_too_large', 422, (what: string) => `The plan is too large: ${what}`);
export const SessionClosed = domainError('session_closed', 409, (status: string) => `This session is ${status}`);
export const NotAnAmbassador = domainError(
  'not_an_ambassador',
  409,
  'Train-the-trainer sessions are for ambassadors; this employee is not one',
);
export const EmployeeLeft = domainError('employee_left', 409, 'This employee has left the organisation');
export const SessionNotStarted = domainError(
  'session_not_started',
  409,
  'Attendance can be taken once the session has started',
);
export const SessionHasAttendance = domainError(
  'session_has_attendance',
  409,
  'Attendance was taken for this session; cancel it instead of deleting it',
);

/** A reviewed plan puts someone in a session while she holds a place elsewhere at that time; names who and where. */
export class PlanEnrolmentOverlap extends DomainError<{ errors: FieldError[] }> {
  constructor(index: number, employeeName: string, otherTitle: string) {
    const message = `${employeeName} is already enrolled in "${otherTitle}" at the time of planned session ${index + 1}`;
    super({
      code: 'enrolment_overlap',
      status: 409,
      message,
      extensions: { errors: [{ field: `sessions.${index}.employeeIds`, code: 'enrolment_overlap', message }] },
    });
  }
}
