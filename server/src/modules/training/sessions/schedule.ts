import type { Db } from '../../../db/client.ts';
import type { Scope } from '../../../http/actor.ts';
import { lockTrainingSchedule } from '../../../db/locks.ts';
import { ValidationFailed, type FieldError } from '../../../http/errors.ts';
import { clashes, knownIds, type SessionRow } from './sessions.repository.ts';
import { ScheduleConflictError } from '../training.errors.ts';
import { SessionInPast } from './sessions.errors.ts';

/** What a session books: checked for references, sensible times and clashes before it is written. */
export type Fields = {
  kind: SessionRow['kind'];
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  trainerIds: string[];
  trainerUserIds: string[];
  departmentIds: string[];
  layerIds: string[];
};

export async function checkReferences(scope: Scope, fields: Omit<Fields, 'kind' | 'startsAt' | 'endsAt' | 'location'>) {
  const known = await knownIds({
    ...scope,
    ambassadorIds: fields.trainerIds,
    userIds: fields.trainerUserIds,
    departmentIds: fields.departmentIds,
    layerIds: fields.layerIds,
  });
  const errors: FieldError[] = [];
  const check = (field: string, ids: string[], found: Set<string>, what: string) =>
    ids.forEach((id, index) => {
      if (!found.has(id)) errors.push({ field: `${field}.${index}`, code: 'not_found', message: `unknown ${what}` });
    });
  check('trainerIds', fields.trainerIds, known.ambassadors, 'ambassador');
  check('trainerUserIds', fields.trainerUserIds, known.users, 'user');
  check('departmentIds', fields.departmentIds, known.departments, 'department');
  check('layerIds', fields.layerIds, known.layers, 'layer');
  if (errors.length > 0) throw new ValidationFailed(errors);
}

export function checkTimes(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime())
    throw new ValidationFailed([{ field: 'endsAt', code: 'ends_before_start', message: 'must be after startsAt' }]);
  if (endsAt.getTime() - startsAt.getTime() > 24 * 3600 * 1000)
    throw new ValidationFailed([{ field: 'endsAt', code: 'too_long', message: 'a session lasts at most 24 hours' }]);
}

/** Slack for a form filled in "now": its start, to the minute, is already a moment ago when it arrives. */
const PAST_GRACE_MS = 5 * 60 * 1000;

/**
 * A start in the past is refused when the client says the session is not one being recorded after it happened
 * (`recordsPast: false`, as the web form sends unless its box is ticked). A client that does not say it keeps the
 * contract's behaviour: the session is saved, with the `in_the_past` warning.
 */
export function checkNotPast(startsAt: Date, recordsPast: boolean | undefined, now = new Date()) {
  if (recordsPast !== false) return;
  if (startsAt.getTime() < now.getTime() - PAST_GRACE_MS) throw new SessionInPast();
}

/** A trainer or location booked at an overlapping time stops the save unless `force`. */
export async function assertNoClash(scope: Scope, fields: Fields, force: boolean, excludeSessionId?: string) {
  if (force) return;
  const found = await clashes({
    ...scope,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    ambassadorIds: fields.trainerIds,
    userIds: fields.trainerUserIds,
    location: fields.location,
    excludeSessionId,
  });
  if (found.length > 0) throw new ScheduleConflictError(found);
}

/** Serialises schedule checks and writes of one organisation, so two saves cannot both pass the clash check. */
export async function lockSchedule(db: Db, organisationId: string) {
  await lockTrainingSchedule(db, organisationId);
}
