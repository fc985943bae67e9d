/**
 * Days and times as people type and read them: `10-03-2026` in Dutch, `10/03/2026` in British English, both on a
 * 24-hour clock, whatever the browser's own language is. Underneath a day is `YYYY-MM-DD` and a time `HH:MM`.
 * Day arithmetic runs on UTC dates, so no summer-time switch can shift a day.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of a UTC date as `YYYY-MM-DD`. */
function isoOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `YYYY-MM-DD` of year, month (1–12) and day, or null when there is no such day (31 February). */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoOf(date) : null;
}

/** A `YYYY-MM-DD` day as a UTC midnight; Invalid Date for anything else. */
export function utcDay(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match && isoDay(+match[1]!, +match[2]!, +match[3]!)
    ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!))
    : new Date(Number.NaN);
}

/**
 * A typed day as `YYYY-MM-DD`: day, month and four-digit year in that order, split by `-`, `/`, `.` or spaces
 * (`1-3-2026`, `01/03/2026`, `1.3.2026`), or already `2026-03-01`. Null when it is not a day, an impossible one included.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoDay(+iso[1]!, +iso[2]!, +iso[3]!);
  const match = /^(\d{1,2})[-/.\s]+(\d{1,2})[-/.\s]+(\d{4})$/.exec(trimmed);
  return match ? isoDay(+match[3]!, +match[2]!, +match[1]!) : null;
}

/** A `YYYY-MM-DD` day as the language writes it: `10-03-2026` (nl), `10/03/2026` (en); '' for no day. */
export function formatDate(iso: string, locale: string): string {
  const date = utcDay(iso);
  if (Number.isNaN(date.getTime())) return '';
  const separator = locale === 'en' ? '/' : '-';
  return [pad(date.getUTCDate()), pad(date.getUTCMonth() + 1), date.getUTCFullYear()].join(separator);
}

/** The day `days` after (before, when negative) a `YYYY-MM-DD` day. */
export function addDays(iso: string, days: number): string {
  const date = utcDay(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** The same day `months` later (earlier), or that month's last day when it is shorter (31 January + 1 → 28 February). */
export function addMonths(iso: string, months: number): string {
  const date = utcDay(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return isoOf(date);
}

/** The place of a day in a week that starts on Monday: 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: string): number {
  return (utcDay(iso).getUTCDay() + 6) % 7;
}

/**
 * The weeks (Monday to Sunday) that hold the month of a `YYYY-MM-DD` day, as days of that month; the places before
 * its first and after its last day are null.
 */
export function monthWeeks(iso: string): (string | null)[][] {
  const first = `${iso.slice(0, 7)}-01`;
  const days: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let day = first; day.startsWith(iso.slice(0, 7)); day = addDays(day, 1)) days.push(day);
  while (days.length % 7) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

function clock(hours: number, minutes: number): string | null {
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : null;
}

/** A time as `HH:MM` when typed in full: `9:30`, `09:30` or `09.30`; null otherwise. */
export function parseTimeStrict(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  return match ? clock(+match[1]!, +match[2]!) : null;
}

/**
 * A time as `HH:MM` from what people type: also the short forms `9` (09:00), `930`, `0930` and `9u30`. Null when it
 * is not a time of the day (24:00, 9:75, text).
 */
export function parseTime(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  const match = /^(\d{1,2})(?:[:.uh](\d{2}))?$/.exec(trimmed) ?? /^(\d{1,2})(\d{2})$/.exec(trimmed);
  return match ? clock(+match[1]!, +(match[2] ?? 0)) : null;
}

/** An `HH:MM` time `minutes` later (earlier), around the clock: 23:50 + 15 → 00:05. */
export function addMinutes(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440;
  return clock(Math.floor(total / 60), total % 60)!;
}
