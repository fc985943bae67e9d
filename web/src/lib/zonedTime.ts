import { DateTime } from 'luxon';

/** A wall-clock moment as a date and a time field show it: `2026-03-10` and `09:30`. */
export interface WallClock {
  date: string;
  time: string;
}

/** An unknown zone name must not break a form: the browser's own zone is the next best. */
function zoneOrLocal(zone: string | null | undefined): string {
  if (!zone) return 'local';
  return DateTime.local().setZone(zone).isValid ? zone : 'local';
}

/** The moment as the clock on the wall of `zone` shows it. */
export function toWallClock(iso: string, zone: string | null | undefined): WallClock {
  const moment = DateTime.fromISO(iso, { zone: zoneOrLocal(zone) });
  return { date: moment.toFormat('yyyy-MM-dd'), time: moment.toFormat('HH:mm') };
}

/** The UTC instant of a wall-clock time in `zone`; null when the date or time is incomplete. */
export function fromWallClock(date: string, time: string, zone: string | null | undefined): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const moment = DateTime.fromISO(`${date}T${time}`, { zone: zoneOrLocal(zone) });
  return moment.isValid ? moment.toUTC().toISO() : null;
}

/** Today's date on the wall of `zone`, plus `days`. */
export function dayInZone(zone: string | null | undefined, days = 0): string {
  return DateTime.now().setZone(zoneOrLocal(zone)).plus({ days }).toFormat('yyyy-MM-dd');
}

/** The first instant of a day in `zone`, and the first instant of the day after it. */
export function dayBounds(date: string, zone: string | null | undefined): { start: string; end: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const start = DateTime.fromISO(date, { zone: zoneOrLocal(zone) }).startOf('day');
  if (!start.isValid) return null;
  return { start: start.toUTC().toISO()!, end: start.plus({ days: 1 }).toUTC().toISO()! };
}
