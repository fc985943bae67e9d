import { DateTime } from 'luxon';
import { INACTIVITY_DAYS } from '@ambassador/shared/constants';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../http/actor.ts';
import { addDays, dayIn } from '../../lib/days.ts';
import { latestActivityDays } from '../activities/activities.repository.ts';
import { activeAmbassadorsSince } from '../ambassadors/inactivity.repository.ts';
import { remindContentReviews } from '../content/review-reminders.service.ts';
import { dashboard } from '../dashboard/dashboard.service.ts';
import { releaseHeldMail } from '../notifications/digest.repository.ts';
import { notify } from '../notifications/notifications.service.ts';
import { scheduleSettings } from '../organisations/organisations.repository.ts';
import { askForAttendance, remindUpcomingSessions } from '../training/reminders/reminders.service.ts';
import { activeAdminIds } from '../users/admins.repository.ts';

type OrganisationScope = Scope & { timezone: string; now: Date };
export type ReminderLog = { error(obj: object, msg: string): void };

/**
 * Nudges an active ambassador who has logged nothing for 30 days (counted from her last activity, or from when she
 * became active): once per quiet spell, as the trigger names the day it started.
 */
export async function nudgeInactiveAmbassadors(scope: OrganisationScope): Promise<number> {
  const today = dayIn(scope.timezone, scope.now);
  const [ambassadors, latest] = await together(scope.db, [
    async () => activeAmbassadorsSince(scope),
    async () => latestActivityDays(scope),
  ]);
  const lastActivity = new Map(latest.map((row) => [row.ambassadorId, row.lastOn]));
  let queued = 0;
  for (const { ambassadorId, activeSince } of ambassadors) {
    const since = dayIn(scope.timezone, activeSince);
    const activity = lastActivity.get(ambassadorId);
    const quietSince = activity && activity > since ? activity : since;
    if (quietSince >= addDays(today, -INACTIVITY_DAYS.nudge)) continue;
    const result = await notify({
      ...scope,
      kind: 'inactivity_nudge',
      trigger: `inactivity_nudge:${ambassadorId}:${quietSince}`,
      to: { ambassadorIds: [ambassadorId] },
      data: { quietSince, link: '/activity' },
    });
    queued += result.queued;
  }
  return queued;
}

/** The digest of a week goes out from its Monday 08:00 in the organisation's time zone, once. */
function digestWeek(timezone: string, now: Date): { name: string; start: Date } | null {
  const local = DateTime.fromJSDate(now, { zone: timezone });
  const start = local.startOf('week').set({ hour: 8 });
  if (local < start) return null;
  return { name: `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`, start: start.toJSDate() };
}

/**
 * The weekly digest: the mails people chose to get in it (queued before this week's digest began) go out together,
 * and admins get what needs doing, as the dashboard's actions count it.
 */
export async function sendWeeklyDigest(scope: OrganisationScope): Promise<number> {
  const week = digestWeek(scope.timezone, scope.now);
  if (!week) return 0;
  const released = await releaseHeldMail({ ...scope, heldBefore: week.start });
  const admins = await activeAdminIds(scope);
  if (admins.length === 0) return released;
  const overview = await dashboard(scope);
  const count = (kind: string) => overview.actions.find((action) => action.kind === kind)?.count ?? 0;
  const result = await notify({
    ...scope,
    kind: 'admin_digest',
    trigger: `admin_digest:${week.name}`,
    to: { userIds: admins },
    data: {
      week: week.name,
      inactiveAmbassadors: String(overview.inactiveAmbassadors.length),
      uncoveredCells: String(overview.coverage.uncoveredCells),
      attendanceDue: String(count('attendance_due')),
      contentOverdue: String(count('content_overdue')),
      findingsNew: String(count('findings_new')),
      link: '/',
    },
  });
  return released + result.queued;
}

/**
 * Every scheduled message that is due, for every organisation. Each trigger names what it is about and when, so a run
 * that repeats (a second instance, a restart half-way) queues nothing twice: the outbox keeps one row per trigger and
 * recipient. One organisation's failure is logged and does not stop the others.
 */
export async function sendScheduledMessages({
  db,
  now = new Date(),
  log,
}: {
  db: Db;
  now?: Date;
  log: ReminderLog;
}): Promise<number> {
  let queued = 0;
  for (const { organisationId, timezone } of await scheduleSettings({ db })) {
    const scope = { db, organisationId, timezone, now };
    try {
      queued += await remindUpcomingSessions(scope);
      queued += await askForAttendance(scope);
      queued += await remindContentReviews(scope);
      queued += await nudgeInactiveAmbassadors(scope);
      queued += await sendWeeklyDigest(scope);
    } catch (error) {
      log.error({ err: error, organisationId }, 'scheduled messages failed');
    }
  }
  return queued;
}
