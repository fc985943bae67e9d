import type {
  Activity,
  ActivityList,
  ActivityListQuery,
  ActivitySummary,
  ActivitySummaryQuery,
  CreateActivityBody,
  Leaderboard,
  LeaderboardQuery,
} from '@ambassador/shared';
import type { Actor, ActorScope } from '../../http/actor.ts';
import { NotFound, ValidationFailed, type FieldError } from '../../http/errors.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { addDays, dayIn } from '../../lib/days.ts';
import { getOrganisation } from '../organisations/organisations.service.ts';
import { activityDto } from './activities.dto.ts';
import { ActivityAutomatic, NotAnActiveAmbassador, RecognitionOff } from './activities.errors.ts';
import {
  deleteActivity,
  findActivity,
  findAmbassadorRef,
  insertActivity,
  leaderboard as rankAmbassadors,
  listActivities,
  summariseActivities,
  type ActivityFilter,
} from './activities.repository.ts';

/** The first day an activity may be logged on: nothing the programme did is older. */
export const EARLIEST_ACTIVITY_DAY = '2000-01-01';
/** The kinds that carry a count of colleagues reached; the others count one each. */
const COUNTED_KINDS: readonly string[] = ['colleague_helped', 'training_given'];
/** An ambassador may log while she is in the programme. */
const LOGGING_STATUSES: readonly string[] = ['active', 'onboarding'];

/**
 * Whose activity the caller may read: admins and HR anyone's (as the filter asks), an ambassador only her own,
 * whatever she asks for. `null`: nobody's (an ambassador user without an ambassador record).
 */
function readableFilter(actor: Actor, filter: ActivityFilter): ActivityFilter | null {
  if (actor.role !== 'ambassador') return filter;
  if (!actor.ambassadorId) return null;
  return { ...filter, ambassadorId: actor.ambassadorId };
}

/** The organisation's activities, newest first; an ambassador sees only her own. */
export async function list(actor: ActorScope & { query: ActivityListQuery }): Promise<ActivityList> {
  const { query } = actor;
  const window = pageWindow(query);
  const filter = readableFilter(actor, {
    ambassadorId: query.ambassadorId,
    departmentId: query.departmentId,
    kind: query.kind,
    from: query.from,
    to: query.to,
  });
  if (!filter) return toPage([], 0, window);
  const { rows, total } = await listActivities({ ...actor, filter, window });
  return toPage(rows.map(activityDto), total, window);
}

/** Entries and colleagues reached per month and kind, and per department; an ambassador's own only. */
export async function summary(actor: ActorScope & { query: ActivitySummaryQuery }): Promise<ActivitySummary> {
  const { query } = actor;
  const filter = readableFilter(actor, {
    ambassadorId: query.ambassadorId,
    departmentId: query.departmentId,
    from: query.from,
    to: query.to,
  });
  if (!filter) return { months: [], byDepartment: [] };
  return summariseActivities({ ...actor, filter });
}

/** How far back the leaderboard looks when the query names no start: a year up to today. */
const LEADERBOARD_DAYS = 365;

/**
 * The leaderboard of the organisation's ambassadors, when it has switched recognition on: everyone reads it (that is
 * the point of it), and an ambassador finds her own line in `mine` wherever she ranks.
 */
export async function leaderboard(actor: ActorScope & { query: LeaderboardQuery }): Promise<Leaderboard> {
  const { query } = actor;
  const { recognition } = await getOrganisation(actor);
  if (!recognition.enabled) throw new RecognitionOff();
  const to = query.to ?? dayIn(actor.timezone);
  const from = query.from ?? addDays(to, 1 - LEADERBOARD_DAYS);
  if (from > to)
    throw new ValidationFailed([{ field: 'from', code: 'after_to', message: 'the period starts after it ends' }]);
  const window = pageWindow(query);
  const { rows, total, mine } = await rankAmbassadors({
    ...actor,
    filter: { from, to, departmentId: query.departmentId },
    points: recognition.points,
    window,
    mineId: actor.role === 'ambassador' ? (actor.ambassadorId ?? undefined) : undefined,
  });
  return { ...toPage(rows, total, window), from, to, mine: mine ?? null };
}

/** Whom the activity is for: an ambassador logs for herself, an admin names the ambassador. */
async function loggedFor(actor: ActorScope, body: CreateActivityBody): Promise<string> {
  if (actor.role === 'ambassador') {
    if (!actor.ambassadorId) throw new NotAnActiveAmbassador();
    const own = await findAmbassadorRef({ ...actor, ambassadorId: actor.ambassadorId });
    if (!own || !LOGGING_STATUSES.includes(own.status)) throw new NotAnActiveAmbassador();
    if (body.ambassadorId !== undefined && body.ambassadorId !== actor.ambassadorId)
      throw new ValidationFailed([
        { field: 'ambassadorId', code: 'not_allowed', message: 'an ambassador logs activity for herself only' },
      ]);
    return own.id;
  }
  if (!body.ambassadorId)
    throw new ValidationFailed([
      { field: 'ambassadorId', code: 'required', message: 'name the ambassador this activity is for' },
    ]);
  const ambassador = await findAmbassadorRef({ ...actor, ambassadorId: body.ambassadorId });
  if (!ambassador)
    throw new ValidationFailed([{ field: 'ambassadorId', code: 'not_found', message: 'unknown ambassador' }]);
  return ambassador.id;
}

function checkBody(actor: Actor, body: CreateActivityBody) {
  const errors: FieldError[] = [];
  const today = dayIn(actor.timezone);
  if (body.date > today)
    errors.push({ field: 'date', code: 'in_future', message: 'log what was done: the day cannot be after today' });
  else if (body.date < EARLIEST_ACTIVITY_DAY)
    errors.push({ field: 'date', code: 'too_early', message: `the day cannot be before ${EARLIEST_ACTIVITY_DAY}` });
  if (body.digitalHelp && body.kind !== 'colleague_helped')
    errors.push({ field: 'digitalHelp', code: 'not_allowed', message: 'only helping a colleague can be digital help' });
  if (body.count !== undefined && body.count !== 1 && !COUNTED_KINDS.includes(body.kind))
    errors.push({
      field: 'count',
      code: 'not_allowed',
      message: 'only helping colleagues and training carry a count of colleagues',
    });
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** Logs an activity by hand. */
export async function create(actor: ActorScope & { body: CreateActivityBody }): Promise<Activity> {
  const { body } = actor;
  checkBody(actor, body);
  const ambassadorId = await loggedFor(actor, body);
  const { id } = await insertActivity({
    ...actor,
    values: {
      ambassadorId,
      kind: body.kind,
      occurredOn: body.date,
      count: body.count ?? 1,
      note: body.note?.trim() || null,
      digitalHelp: body.kind === 'colleague_helped' && body.digitalHelp === true,
      createdBy: actor.userId,
    },
  });
  const row = await findActivity({ ...actor, activityId: id });
  if (!row) throw new NotFound('activity');
  return activityDto(row);
}

/**
 * Deletes an activity logged by hand: an admin any, an ambassador her own (another's is as unknown to her as in her
 * list). What the app recorded stays.
 */
export async function remove(actor: ActorScope & { activityId: string }): Promise<void> {
  const row = await findActivity(actor);
  if (!row) throw new NotFound('activity');
  if (actor.role === 'ambassador' && row.ambassadorId !== actor.ambassadorId) throw new NotFound('activity');
  if (row.automatic) throw new ActivityAutomatic();
  await deleteActivity(actor);
}
