import type { ActorScope } from '../../../http/actor.ts';
import { sessionsToIcs } from '../../calendar/ics.ts';
import { notify } from '../../notifications/notifications.service.ts';
import { registeredIn, trainersOf } from '../reminders/reminders.repository.ts';
import { present } from './sessions.dto.ts';
import { lockSession, type SessionRow } from './sessions.repository.ts';

type Tx = Parameters<Parameters<ActorScope['db']['transaction']>[0]>[0];

/** What the people in a session notice: when and where it is, and what it is called. */
const NOTICED = ['startsAt', 'endsAt', 'location', 'onlineUrl', 'title'] as const;

function noticeablyChanged(before: SessionRow, after: SessionRow): boolean {
  return NOTICED.some((field) => String(before[field] ?? '') !== String(after[field] ?? ''));
}

/**
 * Tells everyone enrolled (with a place or on the waitlist) and the trainers, on the change's own transaction, that a
 * session was cancelled (its .ics with METHOD:CANCEL) or moved, renamed or given another place (the .ics with the
 * session's raised SEQUENCE, so calendars replace the old appointment). Other edits (capacity, description) are quiet.
 */
export async function mailSessionChange({
  tx,
  actor,
  before,
  publicUrl,
}: {
  tx: Tx;
  actor: ActorScope;
  before: SessionRow;
  publicUrl: string;
}) {
  const scope = { db: tx, organisationId: actor.organisationId };
  const after = await lockSession({ ...scope, sessionId: before.id });
  if (!after) return;
  const cancelled = before.status !== 'cancelled' && after.status === 'cancelled';
  if (!cancelled && (after.status !== 'planned' || !noticeablyChanged(before, after))) return;
  const enrolled = await registeredIn({ ...scope, sessionIds: [after.id], statuses: ['registered', 'waitlisted'] });
  const trainers = await trainersOf({ ...scope, sessionIds: [after.id] });
  const [dto] = await present(scope, [after], { userId: actor.userId, role: 'admin' });
  const method = cancelled ? 'CANCEL' : 'PUBLISH';
  const kind = cancelled ? 'session_cancelled' : 'session_changed';
  await notify({
    ...scope,
    kind,
    trigger: `${kind}:${after.id}:${after.sequence}`,
    to: {
      employeeIds: enrolled.map((row) => row.employeeId),
      ambassadorIds: trainers.flatMap((trainer) => (trainer.ambassadorId ? [trainer.ambassadorId] : [])),
      userIds: trainers.flatMap((trainer) => (trainer.userId ? [trainer.userId] : [])),
    },
    data: {
      sessionTitle: after.title,
      startsAt: after.startsAt.toISOString(),
      endsAt: after.endsAt.toISOString(),
      previousStartsAt: before.startsAt.toISOString(),
      timezone: actor.timezone,
      location: after.location ?? '',
      link: `/training/sessions/${after.id}`,
    },
    attachments: [
      {
        filename: 'training.ics',
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: sessionsToIcs({ name: after.title, timezone: actor.timezone, sessions: [dto!], publicUrl, method }),
      },
    ],
  });
}
