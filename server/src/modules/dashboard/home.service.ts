import { INACTIVITY_DAYS, type MyHome } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { ActorScope } from '../../http/actor.ts';
import { addDays, dayIn } from '../../lib/days.ts';
import { activityDto } from '../activities/activities.dto.ts';
import { findAmbassadorRef, listActivities } from '../activities/activities.repository.ts';
import { listContentItems } from '../content/content.repository.ts';
import { iso } from '../feedback/rounds/rounds.dto.ts';
import { listRounds } from '../feedback/rounds/rounds.repository.ts';
import { listFindings } from '../findings/findings.repository.ts';
import { upcomingSessionsOf } from '../training/sessions/sessions.repository.ts';
import { isInactive } from './dashboard.service.ts';

const NEXT_SESSIONS = 5;
const OWN_FINDINGS = 10;
const RECENT_ACTIVITY = 5;
/** Pages she owns that fall due within this many days are listed (the overdue ones always). */
const CONTENT_DUE_DAYS = 14;
/** The most open rounds and due pages listed: far more than anyone has at once. */
const LIST_CAP = 100;

const EMPTY: MyHome = {
  nextSessions: [],
  openRounds: [],
  contentDue: [],
  findings: [],
  recentActivity: [],
  lastActivityOn: null,
  nudge: false,
};

/** The ambassador's first screen: what she gives or attends next, what waits for her, and what she did lately. */
export async function home(actor: ActorScope): Promise<MyHome> {
  const { ambassadorId } = actor;
  if (!ambassadorId) return EMPTY;
  const scope = { db: actor.db, organisationId: actor.organisationId };
  const now = new Date();
  const today = dayIn(actor.timezone, now);
  const [own, sessions, rounds, content, findings, activity] = await together(actor.db, [
    async () => findAmbassadorRef({ ...scope, ambassadorId }),
    async () => upcomingSessionsOf({ ...scope, viewer: actor, now, limit: NEXT_SESSIONS }),
    async () =>
      listRounds({
        ...scope,
        filter: { status: 'open' },
        ambassadorId,
        participantOnly: true,
        window: { limit: LIST_CAP, offset: 0 },
      }),
    async () =>
      listContentItems({
        ...scope,
        filter: { ownerAmbassadorId: ambassadorId, dueBy: addDays(today, CONTENT_DUE_DAYS) },
        calendar: { timezone: actor.timezone, today },
        window: { limit: LIST_CAP, offset: 0 },
      }),
    async () =>
      listFindings({ ...scope, filter: { raisedBy: actor.userId }, window: { limit: OWN_FINDINGS, offset: 0 } }),
    async () => listActivities({ ...scope, filter: { ambassadorId }, window: { limit: RECENT_ACTIVITY, offset: 0 } }),
  ]);
  if (!own) return EMPTY;

  const lastActivityOn = activity.rows[0]?.occurredOn ?? null;
  return {
    nextSessions: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      location: session.location,
      isTrainer: Boolean(session.isTrainer),
      attendanceDue: Boolean(session.isTrainer) && session.startsAt <= now,
    })),
    openRounds: rounds.items
      .filter((row) => row.respondedAt === null)
      .map((row) => ({ id: row.round.id, title: row.round.title, closesAt: iso(row.round.closesAt) }))
      // The one that closes first on top; rounds without a closing day last.
      .sort((a, b) => (a.closesAt ?? '\uffff').localeCompare(b.closesAt ?? '\uffff')),
    contentDue: content.rows
      .map((row) => ({
        id: row.item.id,
        title: row.item.title,
        url: row.item.url,
        nextReviewDue: row.nextReviewDue,
        overdue: Boolean(row.overdue),
      }))
      .sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue) || a.title.localeCompare(b.title)),
    findings: findings.rows.map(({ finding }) => ({
      id: finding.id,
      title: finding.title,
      status: finding.status,
      resolution: finding.resolution,
    })),
    recentActivity: activity.rows.map(activityDto),
    lastActivityOn,
    nudge: own.status === 'active' && isInactive(lastActivityOn, today, INACTIVITY_DAYS.nudge),
  };
}
