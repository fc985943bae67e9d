import { TZDateMini } from '@date-fns/tz';
import { addDays, lightFormat } from 'date-fns';

/** A wall-clock moment as a date and a time field show it: `2026-03-10` and `09:30`. */
export interface WallClock {
  date: string;
  time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** An unknown zone name must not break a form: the browser's own zone (undefined) is the next best. */
export function zoneOrLocal(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  return Number.isNaN(TZDateMini.tz(zone).getTime()) ? undefined : zone;
}

/** A moment whose date-fns calculations and getters run on the clock of `zone` (the browser's own without one). */
export function inZone(moment: string | number | Date, zone: string | null | undefined): Date {
  const known = zoneOrLocal(zone);
  const time = typeof moment === 'string' ? Date.parse(moment) : +moment;
  return known ? new TZDateMini(time, known) : new Date(time);
}

/** Midnight of a `YYYY-MM-DD` day, or the given time of it, on the clock of `zone`; null for no such day. */
function wallClockMoment(date: string, zone: string | null | undefined, hours = 0, minutes = 0): Date | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const known = zoneOrLocal(zone);
  const moment = known
    ? new TZDateMini(year, month, day, hours, minutes, known)
    : new Date(year, month, day, hours, minutes);
  // The Date constructor rolls 2026-02-30 over into March; a day that does not exist is refused instead.
  if (moment.getFullYear() !== year || moment.getMonth() !== month || moment.getDate() !== day) return null;
  return moment;
}

/** The moment as the clock on the wall of `zone` shows it. */
export function toWallClock(iso: string, zone: string | null | undefined): WallClock {
  const moment = inZone(iso, zone);
  if (Number.isNaN(moment.getTime())) return { date: '', time: '' };
  return { date: lightFormat(moment, 'yyyy-MM-dd'), time: lightFormat(moment, 'HH:mm') };
}

/** The UTC instant of a wall-clock time in `zone`; null when the date or time is incomplete or impossible. */
export function fromWallClock(date: string, time: string, zone: string | null | undefined): string | null {
  const clock = TIME.exec(time);
  if (!clock) return null;
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (hours > 23 || minutes > 59) return null;
  return wallClockMoment(date, zone, hours, minutes)?.toISOString() ?? null;
}

/** Today's date on the wall of `zone`, plus `days`. */
export function dayInZone(zone: string | null | undefined, days = 0): string {
  return lightFormat(addDays(inZone(Date.now(), zone), days), 'yyyy-MM-dd');
}

/** The first instant of a day in `zone`, and the first instant of the day after it. */
export function dayBounds(date: string, zone: string | null | undefined): { start: string; end: string } | null {
  const start = wallClockMoment(date, zone);
  if (!start) return null;
  return { start: start.toISOString(), end: addDays(start, 1).toISOString() };
}
