import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { overlaps, slotsBetween, type Slot } from './slots.ts';

/**
 * slotsBetween() checked against facts written down here: which calendar days the weekdays fall on, and the UTC
 * offsets of Europe/Amsterdam (UTC+1 in winter, UTC+2 in summer; summer time from 29 March 2026 02:00 to
 * 25 October 2026 03:00 local time).
 */

const ZONE = 'Europe/Amsterdam';
const EPOCH = new Date(0);

type Args = Parameters<typeof slotsBetween>[0];
const defaults: Args = {
  from: '2026-06-01',
  to: '2026-06-07',
  weekdays: [1, 2, 3, 4, 5],
  startTime: '10:00',
  sessionMinutes: 60,
  perDay: 1,
  breakMinutes: 0,
  timezone: ZONE,
  notBefore: EPOCH,
};
const slots = (args: Partial<Args>) => slotsBetween({ ...defaults, ...args });
const iso = (slot: Slot) => [slot.startsAt.toISOString(), slot.endsAt.toISOString()];
const localDay = (date: Date) => DateTime.fromJSDate(date, { zone: ZONE }).toISODate();
const localTime = (date: Date) => DateTime.fromJSDate(date, { zone: ZONE }).toFormat('HH:mm');
const minutes = (slot: Slot) => (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000;

describe('slotsBetween', () => {
  it('only gives slots on the chosen ISO weekdays', () => {
    // 1 June 2026 is a Monday: in two weeks, Tuesday and Thursday are 2, 4, 9 and 11 June.
    const found = slots({ from: '2026-06-01', to: '2026-06-14', weekdays: [2, 4] });
    expect(found.map((slot) => localDay(slot.startsAt))).toEqual([
      '2026-06-02',
      '2026-06-04',
      '2026-06-09',
      '2026-06-11',
    ]);
  });

  it('knows Sunday as ISO weekday 7 and Monday as 1', () => {
    // 7 and 14 June 2026 are Sundays, 8 June a Monday.
    expect(slots({ from: '2026-06-01', to: '2026-06-14', weekdays: [7] }).map((s) => localDay(s.startsAt))).toEqual([
      '2026-06-07',
      '2026-06-14',
    ]);
    expect(slots({ from: '2026-06-02', to: '2026-06-08', weekdays: [1] }).map((s) => localDay(s.startsAt))).toEqual([
      '2026-06-08',
    ]);
  });

  it('gives perDay consecutive slots a day, breakMinutes apart, each sessionMinutes long', () => {
    const found = slots({
      from: '2026-06-02',
      to: '2026-06-03',
      weekdays: [2, 3],
      startTime: '09:30',
      sessionMinutes: 75,
      breakMinutes: 15,
      perDay: 3,
    });
    // 09:30–10:45, 11:00–12:15, 12:30–13:45 local on both days.
    expect(found.map((slot) => [localDay(slot.startsAt), localTime(slot.startsAt), localTime(slot.endsAt)])).toEqual([
      ['2026-06-02', '09:30', '10:45'],
      ['2026-06-02', '11:00', '12:15'],
      ['2026-06-02', '12:30', '13:45'],
      ['2026-06-03', '09:30', '10:45'],
      ['2026-06-03', '11:00', '12:15'],
      ['2026-06-03', '12:30', '13:45'],
    ]);
    expect(found.every((slot) => minutes(slot) === 75)).toBe(true);
    // Consecutive slots of one day are exactly the break apart.
    expect((found[1]!.startsAt.getTime() - found[0]!.endsAt.getTime()) / 60_000).toBe(15);
  });

  it('numbers the slots 0, 1, 2, … in time order', () => {
    const found = slots({ from: '2026-06-01', to: '2026-06-12', perDay: 2, breakMinutes: 10 });
    expect(found).toHaveLength(10 * 2);
    expect(found.map((slot) => slot.index)).toEqual(found.map((_, i) => i));
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.startsAt.getTime()).toBeGreaterThanOrEqual(found[i - 1]!.endsAt.getTime());
  });

  it('keeps the wall-clock start across the change to summer time (29 March 2026)', () => {
    // Thursday 26 March to Thursday 2 April, every day at 10:00 local.
    const found = slots({ from: '2026-03-26', to: '2026-04-02', weekdays: [1, 2, 3, 4, 5, 6, 7] });
    expect(found.map(iso)).toEqual([
      ['2026-03-26T09:00:00.000Z', '2026-03-26T10:00:00.000Z'],
      ['2026-03-27T09:00:00.000Z', '2026-03-27T10:00:00.000Z'],
      ['2026-03-28T09:00:00.000Z', '2026-03-28T10:00:00.000Z'],
      // From Sunday 29 March on, 10:00 local is 08:00 UTC.
      ['2026-03-29T08:00:00.000Z', '2026-03-29T09:00:00.000Z'],
      ['2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'],
      ['2026-03-31T08:00:00.000Z', '2026-03-31T09:00:00.000Z'],
      ['2026-04-01T08:00:00.000Z', '2026-04-01T09:00:00.000Z'],
      ['2026-04-02T08:00:00.000Z', '2026-04-02T09:00:00.000Z'],
    ]);
  });

  it('keeps the wall-clock start across the change back to winter time (25 October 2026)', () => {
    const found = slots({ from: '2026-10-22', to: '2026-10-27', weekdays: [1, 2, 3, 4, 5, 6, 7], perDay: 2 });
    expect(found.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2026-10-22T08:00:00.000Z',
      '2026-10-22T09:00:00.000Z',
      '2026-10-23T08:00:00.000Z',
      '2026-10-23T09:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-24T09:00:00.000Z',
      // From Sunday 25 October on, 10:00 local is 09:00 UTC.
      '2026-10-25T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-10-26T10:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-10-27T10:00:00.000Z',
    ]);
    expect(found.map((slot) => localTime(slot.startsAt))).toEqual(
      Array.from({ length: 6 }, () => ['10:00', '11:00']).flat(),
    );
  });

  it('lasts sessionMinutes of real time even over the hour that is skipped or repeated', () => {
    // 01:30 local on both change days: the session runs through 02:00–03:00.
    const spring = slots({
      from: '2026-03-29',
      to: '2026-03-29',
      weekdays: [7],
      startTime: '01:30',
      sessionMinutes: 90,
    });
    expect(spring.map(iso)).toEqual([['2026-03-29T00:30:00.000Z', '2026-03-29T02:00:00.000Z']]);
    const autumn = slots({
      from: '2026-10-25',
      to: '2026-10-25',
      weekdays: [7],
      startTime: '01:30',
      sessionMinutes: 90,
    });
    expect(autumn.map(iso)).toEqual([['2026-10-24T23:30:00.000Z', '2026-10-25T01:00:00.000Z']]);
  });

  it('follows the time zone it is given', () => {
    const found = slots({ from: '2026-06-02', to: '2026-06-02', weekdays: [2], timezone: 'America/New_York' });
    // New York is UTC−4 in June.
    expect(found.map(iso)).toEqual([['2026-06-02T14:00:00.000Z', '2026-06-02T15:00:00.000Z']]);
  });

  it('drops slots that would run past midnight', () => {
    const found = slots({
      from: '2026-06-02',
      to: '2026-06-03',
      weekdays: [2, 3],
      startTime: '21:00',
      sessionMinutes: 90,
      breakMinutes: 15,
      perDay: 3,
    });
    // 21:00–22:30 fits; 22:45–00:15 and 00:30–02:00 (the next day) do not.
    expect(found.map((slot) => [localDay(slot.startsAt), localTime(slot.startsAt), localTime(slot.endsAt)])).toEqual([
      ['2026-06-02', '21:00', '22:30'],
      ['2026-06-03', '21:00', '22:30'],
    ]);
    expect(found.every((slot) => localDay(slot.startsAt) === localDay(slot.endsAt))).toBe(true);
  });

  it('drops slots that start before notBefore, and keeps one that starts at it', () => {
    // Tuesday 2 June 2026: slots at 09:00, 10:00 and 11:00 local (07:00Z, 08:00Z, 09:00Z), and three on Wednesday.
    const args = { from: '2026-06-02', to: '2026-06-03', weekdays: [2, 3], startTime: '09:00', perDay: 3 };
    const all = slots(args);
    expect(all).toHaveLength(6);
    const notBefore = all[1]!.startsAt; // 10:00 local on Tuesday
    const later = slots({ ...args, notBefore });
    expect(later.map(iso)).toEqual(all.slice(1).map(iso));
    // A slot that has started but not yet ended is gone as well.
    const during = slots({ ...args, notBefore: new Date(all[1]!.startsAt.getTime() + 60_000) });
    expect(during.map(iso)).toEqual(all.slice(2).map(iso));
    expect(during.map((slot) => slot.index)).toEqual([0, 1, 2, 3]);
  });

  it('gives no slot in the past when notBefore is now', () => {
    const now = new Date();
    const today = DateTime.now().setZone(ZONE);
    const found = slots({
      from: today.minus({ days: 3 }).toISODate()!,
      to: today.plus({ days: 3 }).toISODate()!,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: '00:00',
      sessionMinutes: 60,
      breakMinutes: 0,
      perDay: 24,
      notBefore: now,
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((slot) => slot.startsAt >= now)).toBe(true);
    // The first slot is the next full hour that still ends on its own day (at most two hours ahead), the last one is
    // on the last day of the range.
    expect(found[0]!.startsAt.getTime() - now.getTime()).toBeLessThanOrEqual(2 * 3600_000);
    expect(localDay(found.at(-1)!.startsAt)).toBe(today.plus({ days: 3 }).toISODate());
  });

  it('includes the `to` day', () => {
    expect(slots({ from: '2026-06-02', to: '2026-06-02', weekdays: [2], perDay: 2 })).toHaveLength(2);
    // Monday 1 to Monday 8 June: both Mondays.
    expect(slots({ from: '2026-06-01', to: '2026-06-08', weekdays: [1] }).map((s) => localDay(s.startsAt))).toEqual([
      '2026-06-01',
      '2026-06-08',
    ]);
  });

  it('gives nothing when `to` is before `from` or no chosen weekday falls in the range', () => {
    expect(slots({ from: '2026-06-08', to: '2026-06-01' })).toEqual([]);
    // 1–5 June 2026 is Monday to Friday.
    expect(slots({ from: '2026-06-01', to: '2026-06-05', weekdays: [6, 7] })).toEqual([]);
  });
});

describe('overlaps', () => {
  const at = (from: number, to: number) => ({
    startsAt: new Date(Date.UTC(2026, 5, 2, from)),
    endsAt: new Date(Date.UTC(2026, 5, 2, to)),
  });

  it('is true for intervals that share some time, either way round', () => {
    expect(overlaps(at(9, 11), at(10, 12))).toBe(true);
    expect(overlaps(at(10, 12), at(9, 11))).toBe(true);
    expect(overlaps(at(9, 12), at(10, 11))).toBe(true);
    expect(overlaps(at(10, 11), at(9, 12))).toBe(true);
    expect(overlaps(at(9, 10), at(9, 10))).toBe(true);
  });

  it('is false for intervals that only touch or lie apart', () => {
    expect(overlaps(at(9, 10), at(10, 11))).toBe(false);
    expect(overlaps(at(10, 11), at(9, 10))).toBe(false);
    expect(overlaps(at(9, 10), at(12, 13))).toBe(false);
  });
});
