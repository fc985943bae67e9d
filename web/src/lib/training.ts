import type { AttendanceStatus, EnrolmentStatus, SessionEnrolment, TrainingSession } from '@ambassador/shared';
import { PLACE_HOLDING_ENROLMENT_STATUSES } from '@ambassador/shared/constants';

/** Problem codes of the training endpoints, each with a sentence under `training.errors`. */
export const TRAINING_ERROR_CODES = [
  'schedule_conflict',
  'session_has_attendance',
  'session_not_started',
  'session_closed',
  'already_enrolled',
  'enrolment_overlap',
  'not_an_ambassador',
  'employee_left',
] as const;

export type AttendanceMark = AttendanceStatus;

export function hasStarted(session: Pick<TrainingSession, 'startsAt'>, now: Date = new Date()): boolean {
  return new Date(session.startsAt).getTime() <= now.getTime();
}

export function hasEnded(session: Pick<TrainingSession, 'endsAt'>, now: Date = new Date()): boolean {
  return new Date(session.endsAt).getTime() <= now.getTime();
}

/**
 * Attendance can be taken by an admin or one of the session's trainers once it has started, until it is cancelled;
 * a completed session can be corrected.
 */
export function mayRecordAttendance(
  session: Pick<TrainingSession, 'startsAt' | 'status' | 'isTrainer'>,
  isAdmin: boolean,
  now: Date = new Date(),
): boolean {
  return (isAdmin || session.isTrainer) && session.status !== 'cancelled' && hasStarted(session, now);
}

/**
 * "Mijn volgende sessies": what has not ended yet, and what she gave that still waits for its attendance list.
 */
export function isStillMine(session: TrainingSession, now: Date = new Date()): boolean {
  if (session.status !== 'planned') return false;
  return !hasEnded(session, now) || session.isTrainer;
}

const byName = (a: SessionEnrolment, b: SessionEnrolment) => a.name.localeCompare(b.name, 'nl');
const holdsPlace = (status: EnrolmentStatus) =>
  (PLACE_HOLDING_ENROLMENT_STATUSES as readonly string[]).includes(status);

/** The people with a place (and what became of them) apart from the waitlist, which keeps its order. */
export function splitEnrolments(enrolments: readonly SessionEnrolment[]): {
  enrolled: SessionEnrolment[];
  waitlist: SessionEnrolment[];
  cancelled: SessionEnrolment[];
} {
  const enrolled = enrolments.filter((e) => holdsPlace(e.status)).sort(byName);
  const waitlist = enrolments
    .filter((e) => e.status === 'waitlisted')
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
  const cancelled = enrolments.filter((e) => e.status === 'cancelled').sort(byName);
  return { enrolled, waitlist, cancelled };
}

/** Everyone the trainer may mark: registered, waitlisted (they may have come anyway) and those marked before. */
export function attendanceParticipants(enrolments: readonly SessionEnrolment[]): SessionEnrolment[] {
  const { enrolled, waitlist } = splitEnrolments(enrolments);
  return [...enrolled, ...waitlist];
}

/** The marks already stored, as a starting point for the attendance list. */
export function initialMarks(enrolments: readonly SessionEnrolment[]): Record<string, AttendanceMark | null> {
  return Object.fromEntries(
    attendanceParticipants(enrolments).map((e) => [
      e.employeeId,
      e.status === 'attended' || e.status === 'no_show' ? e.status : null,
    ]),
  );
}

/** Free places; never below zero. */
export function placesLeft(session: Pick<TrainingSession, 'capacity' | 'registeredCount'>): number {
  return Math.max(0, session.capacity - session.registeredCount);
}
