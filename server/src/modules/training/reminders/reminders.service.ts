import { together } from '../../../db/rows.ts';
import type { Scope } from '../../../http/actor.ts';
import { dayIn } from '../../../lib/days.ts';
import { notify } from '../../notifications/notifications.service.ts';
import {
  registeredIn,
  sessionsEndedBetween,
  sessionsStartingBetween,
  trainersOf,
  type RemindedSession,
} from './reminders.repository.ts';

const HOUR = 60 * 60 * 1000;
/** A reminder goes out once a session is this close. */
export const REMINDER_HOURS = 24;
/** After this long a session without attendance is no longer asked about: the dashboard lists it. */
export const ATTENDANCE_ASK_DAYS = 7;

type ScheduleScope = Scope & { timezone: string; now: Date };

function sessionData(session: RemindedSession, timezone: string) {
  return {
    sessionTitle: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    timezone,
    location: session.location ?? '',
    link: `/training/sessions/${session.id}`,
  };
}

function bySession<T extends { sessionId: string }>(rows: T[]) {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.sessionId, [...(grouped.get(row.sessionId) ?? []), row]);
  return (sessionId: string) => grouped.get(sessionId) ?? [];
}

function trainerRecipients(trainers: { ambassadorId: string | null; userId: string | null }[]) {
  return {
    ambassadorIds: trainers.flatMap((trainer) => (trainer.ambassadorId ? [trainer.ambassadorId] : [])),
    userIds: trainers.flatMap((trainer) => (trainer.userId ? [trainer.userId] : [])),
  };
}

/**
 * Reminds trainees and trainers of every planned session starting within the next 24 hours. The trigger names the
 * session and its start, so each is reminded once, and again only if the session moves.
 */
export async function remindUpcomingSessions(scope: ScheduleScope): Promise<number> {
  const sessions = await sessionsStartingBetween({
    ...scope,
    from: scope.now,
    to: new Date(scope.now.getTime() + REMINDER_HOURS * HOUR),
  });
  const ids = sessions.map((session) => session.id);
  const [trainers, trainees] = await together(scope.db, [
    async () => trainersOf({ ...scope, sessionIds: ids }).then(bySession),
    async () => registeredIn({ ...scope, sessionIds: ids }).then(bySession),
  ]);
  let queued = 0;
  for (const session of sessions) {
    const result = await notify({
      ...scope,
      kind: 'session_reminder',
      trigger: `session_reminder:${session.id}:${session.startsAt.toISOString()}`,
      to: {
        employeeIds: trainees(session.id).map((row) => row.employeeId),
        ...trainerRecipients(trainers(session.id)),
      },
      data: {
        ...sessionData(session, scope.timezone),
        // Within 24 hours is today or tomorrow, in the organisation's calendar.
        day: dayIn(scope.timezone, session.startsAt) === dayIn(scope.timezone, scope.now) ? 'today' : 'tomorrow',
      },
    });
    queued += result.queued;
  }
  return queued;
}

/** Asks the trainers of a session that ended (in the last week) without attendance to take it, once per session. */
export async function askForAttendance(scope: ScheduleScope): Promise<number> {
  const sessions = await sessionsEndedBetween({
    ...scope,
    from: new Date(scope.now.getTime() - ATTENDANCE_ASK_DAYS * 24 * HOUR),
    to: scope.now,
  });
  const trainers = bySession(await trainersOf({ ...scope, sessionIds: sessions.map((session) => session.id) }));
  let queued = 0;
  for (const session of sessions) {
    const result = await notify({
      ...scope,
      kind: 'attendance_due',
      trigger: `attendance_due:${session.id}:${session.endsAt.toISOString()}`,
      to: trainerRecipients(trainers(session.id)),
      data: { ...sessionData(session, scope.timezone), link: `/training/sessions/${session.id}/attendance` },
    });
    queued += result.queued;
  }
  return queued;
}
