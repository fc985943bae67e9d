import { DateTime } from 'luxon';
import type { SessionKind, SessionWarning } from '@ambassador/shared';
import type { Db } from '../../../db/client.ts';
import { audienceCounts } from '../reports/training-coverage.repository.ts';

/** Working hours on working days, in the organisation's time zone. */
export const WORKDAY = { startHour: 8, endHour: 18 };

export function outsideWorkingHours(startsAt: Date, endsAt: Date, timezone: string): boolean {
  const start = DateTime.fromJSDate(startsAt, { zone: timezone });
  const end = DateTime.fromJSDate(endsAt, { zone: timezone });
  if (start.weekday > 5 || end.weekday > 5 || !start.hasSame(end, 'day')) return true;
  const endMinutes = end.hour * 60 + end.minute;
  return start.hour < WORKDAY.startHour || endMinutes > WORKDAY.endHour * 60;
}

export async function sessionWarnings({
  db,
  organisationId,
  timezone,
  session,
  uncertifiedTrainers,
}: {
  db: Db;
  organisationId: string;
  timezone: string;
  session: {
    kind: SessionKind;
    startsAt: Date;
    endsAt: Date;
    status: string;
    departmentIds: readonly string[];
    layerIds: readonly string[];
  };
  uncertifiedTrainers: string[];
}): Promise<SessionWarning[]> {
  const warnings: SessionWarning[] = [];
  if (outsideWorkingHours(session.startsAt, session.endsAt, timezone))
    warnings.push({
      code: 'outside_working_hours',
      message: `The session is in the evening or at the weekend (working hours are ${WORKDAY.startHour}:00–${WORKDAY.endHour}:00 on weekdays)`,
    });
  if (session.status === 'planned' && session.endsAt.getTime() < Date.now())
    warnings.push({ code: 'in_the_past', message: 'The session has already ended; take its attendance' });
  if (session.kind === 'end_user' && uncertifiedTrainers.length > 0)
    warnings.push({
      code: 'trainer_not_certified',
      message: `Not yet certified as trainer: ${uncertifiedTrainers.join(', ')}`,
    });
  if (session.kind === 'end_user' && (session.departmentIds.length > 0 || session.layerIds.length > 0)) {
    const counts = await audienceCounts(db, organisationId, session.departmentIds, session.layerIds);
    if (counts.employees > 0 && counts.trained === counts.employees)
      warnings.push({
        code: 'audience_already_trained',
        message: `All ${counts.employees} employees of the audience are already trained`,
      });
  }
  return warnings;
}
