import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { TrainingSession } from '@ambassador/shared';
import { sessionUid, sessionsToIcs } from './ics.ts';

const base: TrainingSession = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'end_user',
  title: 'Intranet basis',
  description: null,
  startsAt: '',
  endsAt: '',
  location: 'Zaal 1',
  onlineUrl: null,
  capacity: 12,
  wave: 'golf 1',
  status: 'planned',
  externalTrainer: null,
  trainerIds: [],
  trainerUserIds: [],
  trainers: [],
  trainerUsers: [],
  departmentIds: [],
  layerIds: [],
  departments: [],
  layers: [],
  registeredCount: 0,
  waitlistedCount: 0,
  attendedCount: 0,
  myEnrolment: null,
  isTrainer: false,
  sequence: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
};

const session = (
  id: number,
  startsAt: string,
  endsAt: string,
  extra: Partial<TrainingSession> = {},
): TrainingSession => ({
  ...base,
  id: `00000000-0000-4000-8000-00000000000${id}`,
  startsAt,
  endsAt,
  ...extra,
});

/** Parses with ical.js, an implementation independent of the one that wrote the text, honouring its VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => ({
    component,
    event: new ICAL.Event(component),
  }));
}

describe('sessionsToIcs', () => {
  // Europe/Amsterdam goes to summer time on 29 March 2026 and back on 25 October 2026.
  const sessions = [
    session(1, '2026-03-27T09:00:00.000Z', '2026-03-27T10:30:00.000Z'),
    session(2, '2026-03-31T08:00:00.000Z', '2026-03-31T09:30:00.000Z'),
    session(3, '2026-10-23T08:00:00.000Z', '2026-10-23T09:00:00.000Z', { status: 'cancelled', sequence: 3 }),
    session(4, '2026-10-27T09:00:00.000Z', '2026-10-27T10:00:00.000Z'),
  ];
  const text = sessionsToIcs({ name: 'Test', timezone: 'Europe/Amsterdam', sessions, publicUrl: 'https://x.test' });
  const events = parse(text);

  it('gives every instant right on both sides of both daylight-saving changes', () => {
    expect(events.map(({ event }) => event.startDate.toJSDate().toISOString())).toEqual(
      sessions.map((s) => s.startsAt),
    );
    expect(events.map(({ event }) => event.endDate.toJSDate().toISOString())).toEqual(sessions.map((s) => s.endsAt));
  });

  it('writes local wall-clock times with the TZID of the organisation and its VTIMEZONE', () => {
    const starts = events.map(({ component }) => component.getFirstProperty('dtstart')!);
    expect(starts.map((property) => property.getParameter('tzid'))).toEqual(Array(4).fill('Europe/Amsterdam'));
    // 10:00 local in winter (UTC+1) and in summer (UTC+2) alike.
    expect(starts.map((property) => (property.getFirstValue() as ICAL.Time).hour)).toEqual([10, 10, 10, 10]);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam/);
    // DTSTAMP is always UTC (RFC 5545 3.8.7.2).
    expect(events.map(({ component }) => component.getFirstProperty('dtstamp')!.toICALString())).toEqual(
      Array(4).fill('DTSTAMP:20260102T100000Z'),
    );
  });

  it('keeps stable UIDs, the SEQUENCE and cancelled sessions as STATUS:CANCELLED', () => {
    expect(events.map(({ event }) => event.uid)).toEqual(sessions.map((s) => sessionUid(s.id)));
    expect(events[2]!.event.sequence).toBe(3);
    expect(events.map(({ component }) => component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
      'CONFIRMED',
    ]);
    expect(events[0]!.event.location).toBe('Zaal 1');
  });

  it('is valid line by line: CRLF endings and folded lines of at most 75 octets', () => {
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
  });
});
