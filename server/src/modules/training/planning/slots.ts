import { DateTime } from 'luxon';

export type Slot = { index: number; startsAt: Date; endsAt: Date };

/**
 * Session slots on the chosen ISO weekdays between two days (inclusive), in the organisation's time zone:
 * `perDay` consecutive slots from `startTime`, `breakMinutes` apart. Wall-clock times hold across daylight saving.
 */
export function slotsBetween({
  from,
  to,
  weekdays,
  startTime,
  sessionMinutes,
  perDay,
  breakMinutes,
  timezone,
  notBefore,
}: {
  from: string;
  to: string;
  weekdays: readonly number[];
  startTime: string;
  sessionMinutes: number;
  perDay: number;
  breakMinutes: number;
  timezone: string;
  notBefore: Date;
}): Slot[] {
  const [hour, minute] = startTime.split(':').map(Number) as [number, number];
  const last = DateTime.fromISO(to, { zone: timezone });
  const slots: Slot[] = [];
  for (let day = DateTime.fromISO(from, { zone: timezone }); day <= last; day = day.plus({ days: 1 })) {
    if (!weekdays.includes(day.weekday)) continue;
    for (let n = 0; n < perDay; n++) {
      const start = day.set({ hour, minute }).plus({ minutes: n * (sessionMinutes + breakMinutes) });
      const end = start.plus({ minutes: sessionMinutes });
      // A slot must start and end on its own day, and not lie in the past.
      if (!end.hasSame(day, 'day') || start.toJSDate() < notBefore) continue;
      slots.push({ index: slots.length, startsAt: start.toJSDate(), endsAt: end.toJSDate() });
    }
  }
  return slots;
}

export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;
