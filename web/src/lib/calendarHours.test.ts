import { describe, expect, it } from 'vitest';
import { trainingSession } from '../test/trainingFixtures.ts';
import { visibleHours, wholeDays } from './calendarHours.ts';

const zone = 'Europe/Amsterdam';

describe('calendar hours', () => {
  it('shows office hours, widened for an early or late session', () => {
    expect(visibleHours([trainingSession()], zone)).toEqual({ min: '07:00:00', max: '20:00:00' });
    const early = trainingSession({ startsAt: '2026-03-10T05:30:00.000Z', endsAt: '2026-03-10T06:30:00.000Z' });
    const late = trainingSession({ startsAt: '2026-03-10T19:00:00.000Z', endsAt: '2026-03-10T20:15:00.000Z' });
    expect(visibleHours([early, late], zone)).toEqual({ min: '06:00:00', max: '22:00:00' });
  });

  it('widens a reported range to whole days in the organisation’s zone', () => {
    expect(wholeDays('2026-03-09T07:00:00+01:00', '2026-03-15T20:00:00+01:00', zone)).toEqual({
      from: '2026-03-08T23:00:00.000Z',
      to: '2026-03-15T23:00:00.000Z',
    });
    expect(wholeDays('2026-03-09T00:00:00+01:00', '2026-03-16T00:00:00+01:00', zone)).toEqual({
      from: '2026-03-08T23:00:00.000Z',
      to: '2026-03-15T23:00:00.000Z',
    });
  });
});
