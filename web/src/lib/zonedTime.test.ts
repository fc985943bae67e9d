import { describe, expect, it, vi } from 'vitest';
import { dayBounds, dayInZone, fromWallClock, inZone, toWallClock, zoneOrLocal } from './zonedTime.ts';

const AMSTERDAM = 'Europe/Amsterdam';

describe('wall-clock time in a zone', () => {
  it('shows an instant on the clock of the zone, across a change to summer time', () => {
    expect(toWallClock('2026-03-10T08:30:00.000Z', AMSTERDAM)).toEqual({ date: '2026-03-10', time: '09:30' });
    expect(toWallClock('2026-07-10T08:30:00.000Z', AMSTERDAM)).toEqual({ date: '2026-07-10', time: '10:30' });
    expect(toWallClock('2026-12-31T23:30:00.000Z', AMSTERDAM)).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(toWallClock('2026-03-10T08:30:00.000Z', 'America/New_York')).toEqual({ date: '2026-03-10', time: '04:30' });
  });

  it('turns a date and time on the wall into the instant, and round-trips', () => {
    expect(fromWallClock('2026-03-10', '09:30', AMSTERDAM)).toBe('2026-03-10T08:30:00.000Z');
    expect(fromWallClock('2026-07-10', '09:30', AMSTERDAM)).toBe('2026-07-10T07:30:00.000Z');
    const instant = fromWallClock('2026-10-25', '14:05', AMSTERDAM)!;
    expect(toWallClock(instant, AMSTERDAM)).toEqual({ date: '2026-10-25', time: '14:05' });
  });

  it('moves a time that the clocks skip to the hour after, as the clock itself does', () => {
    expect(fromWallClock('2026-03-29', '02:30', AMSTERDAM)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses an incomplete or impossible date or time', () => {
    expect(fromWallClock('2026-02-30', '10:00', AMSTERDAM)).toBeNull();
    expect(fromWallClock('2026-3-1', '10:00', AMSTERDAM)).toBeNull();
    expect(fromWallClock('2026-03-01', '25:00', AMSTERDAM)).toBeNull();
    expect(fromWallClock('2026-03-01', '10:60', AMSTERDAM)).toBeNull();
    expect(fromWallClock('2026-03-01', '', AMSTERDAM)).toBeNull();
    expect(toWallClock('no date', AMSTERDAM)).toEqual({ date: '', time: '' });
  });

  it("falls back to the browser's own zone for an unknown or missing zone", () => {
    expect(zoneOrLocal('Mars/Olympus_Mons')).toBeUndefined();
    expect(zoneOrLocal(null)).toBeUndefined();
    expect(zoneOrLocal(AMSTERDAM)).toBe(AMSTERDAM);
    const local = new Date(2026, 2, 10, 9, 30).toISOString();
    expect(fromWallClock('2026-03-10', '09:30', 'Mars/Olympus_Mons')).toBe(local);
    expect(inZone(local, undefined).getHours()).toBe(9);
  });
});

describe('days in a zone', () => {
  it('bounds a day from midnight to midnight, 23 hours on the day summer time starts', () => {
    expect(dayBounds('2026-03-10', AMSTERDAM)).toEqual({
      start: '2026-03-09T23:00:00.000Z',
      end: '2026-03-10T23:00:00.000Z',
    });
    expect(dayBounds('2026-03-29', AMSTERDAM)).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    expect(dayBounds('2026-13-01', AMSTERDAM)).toBeNull();
  });

  it("gives today's date on the zone's wall, and days after it", () => {
    const today = toWallClock(new Date().toISOString(), 'Pacific/Kiritimati').date;
    expect(dayInZone('Pacific/Kiritimati')).toBe(today);
    const [year, month, day] = today.split('-').map(Number) as [number, number, number];
    const later = new Date(Date.UTC(year, month - 1, day + 40)).toISOString().slice(0, 10);
    expect(dayInZone('Pacific/Kiritimati', 40)).toBe(later);
  });

  it('is the day on the browser clock without a zone', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 10, 23, 30) });
    try {
      expect(dayInZone(null)).toBe('2026-03-10');
    } finally {
      vi.useRealTimers();
    }
  });
});
