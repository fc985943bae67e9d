import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  addMonths,
  formatDate,
  monthWeeks,
  parseDate,
  parseTime,
  parseTimeStrict,
  weekdayIndex,
} from './dateText.ts';

describe('parseDate', () => {
  it('reads day, month and year with any of the usual separators', () => {
    expect(parseDate('10-03-2026')).toBe('2026-03-10');
    expect(parseDate('1-3-2026')).toBe('2026-03-01');
    expect(parseDate('10/03/2026')).toBe('2026-03-10');
    expect(parseDate('10.3.2026')).toBe('2026-03-10');
    expect(parseDate(' 10 3 2026 ')).toBe('2026-03-10');
    expect(parseDate('2026-03-10')).toBe('2026-03-10');
  });

  it('is no day for an impossible date, an unfinished one or text', () => {
    expect(parseDate('31-02-2026')).toBeNull();
    expect(parseDate('00-03-2026')).toBeNull();
    expect(parseDate('10-13-2026')).toBeNull();
    expect(parseDate('10-03-202')).toBeNull();
    expect(parseDate('10-03-26')).toBeNull();
    expect(parseDate('morgen')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('knows leap days', () => {
    expect(parseDate('29-02-2028')).toBe('2028-02-29');
    expect(parseDate('29-02-2026')).toBeNull();
    expect(parseDate('29-02-2100')).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes a day as each language does', () => {
    expect(formatDate('2026-03-10', 'nl')).toBe('10-03-2026');
    expect(formatDate('2026-03-10', 'en')).toBe('10/03/2026');
  });

  it('writes nothing for no day', () => {
    expect(formatDate('', 'nl')).toBe('');
    expect(formatDate('2026-02-31', 'en')).toBe('');
  });
});

describe('day arithmetic', () => {
  it('moves across months and years', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    // Summer time starts in the Netherlands on 29 March 2026: still one day further.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('keeps the day of the month, or the last one of a shorter month', () => {
    expect(addMonths('2026-03-10', 1)).toBe('2026-04-10');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('counts the week from Monday', () => {
    expect(weekdayIndex('2026-03-09')).toBe(0);
    expect(weekdayIndex('2026-03-15')).toBe(6);
  });

  it('lays a month out in weeks from Monday, with blanks around it', () => {
    const weeks = monthWeeks('2026-03-10');
    // 1 March 2026 is a Sunday; 31 March a Tuesday.
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks[5]).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});

describe('times', () => {
  it('reads the full forms while typing, and nothing shorter', () => {
    expect(parseTimeStrict('9:30')).toBe('09:30');
    expect(parseTimeStrict('09:30')).toBe('09:30');
    expect(parseTimeStrict('09.30')).toBe('09:30');
    expect(parseTimeStrict('930')).toBeNull();
    expect(parseTimeStrict('9:3')).toBeNull();
  });

  it('reads the short forms people type', () => {
    expect(parseTime('9')).toBe('09:00');
    expect(parseTime('930')).toBe('09:30');
    expect(parseTime('0930')).toBe('09:30');
    expect(parseTime('9u30')).toBe('09:30');
    expect(parseTime(' 23:59 ')).toBe('23:59');
    expect(parseTime('0')).toBe('00:00');
  });

  it('is no time outside the day or for text', () => {
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9:75')).toBeNull();
    expect(parseTime('12345')).toBeNull();
    expect(parseTime('half tien')).toBeNull();
    expect(parseTime('')).toBeNull();
  });

  it('steps around the clock', () => {
    expect(addMinutes('09:00', 15)).toBe('09:15');
    expect(addMinutes('23:50', 15)).toBe('00:05');
    expect(addMinutes('00:10', -15)).toBe('23:55');
  });
});
