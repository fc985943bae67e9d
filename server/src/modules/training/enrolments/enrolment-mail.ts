import type { ActorScope } from '../../../http/actor.ts';
import { sessionsToIcs } from '../../calendar/ics.ts';
import { notify } from '../../notifications/notifications.service.ts';
import { present } from '../sessions/sessions.dto.ts';
import type { SessionRow } from '../sessions/sessions.repository.ts';

type Tx = Parameters<Parameters<ActorScope['db']['transaction']>[0]>[0];

export type EnrolmentEvent = 'confirmed' | 'waitlisted' | 'promoted';

/**
 * Tells employees, on the enrolment's own transaction, that they have a place (with the session's .ics), are on the
 * waitlist, or moved up from it. Their account's address and language when they have one, else the employee record's.
 */
export async function mailEnrolment({
  tx,
  actor,
  session,
  employeeIds,
  event,
  publicUrl,
}: {
  tx: Tx;
  actor: ActorScope;
  session: SessionRow;
  employeeIds: string[];
  event: EnrolmentEvent;
  publicUrl: string;
}) {
  if (employeeIds.length === 0) return;
  const scope = { db: tx, organisationId: actor.organisationId };
  const attachments = [];
  if (event !== 'waitlisted') {
    const [dto] = await present(scope, [session], { userId: actor.userId, role: 'admin' });
    attachments.push({
      filename: 'training.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: sessionsToIcs({ name: session.title, timezone: actor.timezone, sessions: [dto!], publicUrl }),
    });
  }
  await notify({
    ...scope,
    kind: 'enrolment',
    trigger: `enrolment:${session.id}:${event}:${Date.now()}`,
    to: { employeeIds },
    data: {
      event,
      sessionTitle: session.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      timezone: actor.timezone,
      location: session.location ?? '',
      link: `/training/sessions/${session.id}`,
    },
    attachments,
  });
}
