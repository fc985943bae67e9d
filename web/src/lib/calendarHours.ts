import type { TrainingSession } from '@ambassador/shared';
import { DateTime } from 'luxon';

/** Office hours are always shown; earlier or later sessions widen the grid so none falls off it. */
const FIRST_HOUR = 7;
const LAST_HOUR = 20;

const zoneOf = (zone: string | null | undefined) => zone ?? 'local';
const hour = (value: number) => `${String(value).padStart(2, '0')}:00:00`;

export function visibleHours(
  sessions: readonly Pick<TrainingSession, 'startsAt' | 'endsAt'>[],
  zone: string | null | undefined,
): { min: string; max: string } {
  let first = FIRST_HOUR;
  let last = LAST_HOUR;
  for (const session of sessions) {
    const start = DateTime.fromISO(session.startsAt).setZone(zoneOf(zone));
    const end = DateTime.fromISO(session.endsAt).setZone(zoneOf(zone));
    if (!start.isValid || !end.isValid) continue;
    first = Math.min(first, start.hour);
    const endsNextDay = end.startOf('day') > start.startOf('day');
    last = Math.max(last, endsNextDay ? 24 : end.minute > 0 ? end.hour + 1 : end.hour);
  }
  return { min: hour(first), max: hour(Math.min(last, 24)) };
}

/**
 * The whole days a calendar view covers. The time grid reports its first and last visible slot, which would
 * leave out a session earlier or later than the hours shown, so the range is widened to midnight at both ends.
 */
export function wholeDays(from: string, to: string, zone: string | null | undefined): { from: string; to: string } {
  const start = DateTime.fromISO(from).setZone(zoneOf(zone));
  const end = DateTime.fromISO(to).setZone(zoneOf(zone));
  if (!start.isValid || !end.isValid) return { from, to };
  const endDay = end.startOf('day');
  const last = endDay.equals(end) ? endDay : endDay.plus({ days: 1 });
  return { from: start.startOf('day').toUTC().toISO()!, to: last.toUTC().toISO()! };
}
