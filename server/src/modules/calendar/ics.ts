import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { TrainingSession } from '@ambassador/shared';

const KIND_LABEL: Record<TrainingSession['kind'], string> = {
  train_the_trainer: 'Train-de-trainer',
  end_user: 'Training',
};

/**
 * Text stored before the schemas refused line breaks, or written by hand, must never start a line of its own in the
 * output (an injected ATTENDEE or VALARM). ical-generator escapes line breaks in SUMMARY, LOCATION and DESCRIPTION but
 * writes the calendar NAME and X- values as given, so every value is cleaned here, at output.
 * One line: every control character (CR, LF, tab, NEL, the Unicode line and paragraph separators) becomes a space.
 */
export const oneLine = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();

/** Text that may have several lines (a description): line breaks stay, written escaped; other controls go. */
const multiLine = (text: string) =>
  text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]+/g, ' ');

const optionalLine = (text: string | null | undefined) => (text ? oneLine(text) || null : null);

/** A session's UID never changes, so a calendar updates the event it has instead of adding a second one. */
export const sessionUid = (sessionId: string) => `training-session-${sessionId}@ambassador`;

function description(session: TrainingSession): string {
  const trainers = [
    ...session.trainers.map((trainer) => trainer.name),
    ...session.trainerUsers.map((trainer) => trainer.name),
    ...(session.externalTrainer ? [session.externalTrainer] : []),
  ].map(oneLine);
  const wave = optionalLine(session.wave);
  const onlineUrl = optionalLine(session.onlineUrl);
  return [
    `${KIND_LABEL[session.kind]}${wave ? ` · ${wave}` : ''}`,
    trainers.length > 0 ? `Trainer: ${trainers.join(', ')}` : null,
    session.departments.length > 0 ? `Voor: ${session.departments.map((d) => oneLine(d.path)).join('; ')}` : null,
    onlineUrl ? `Online: ${onlineUrl}` : null,
    session.description ? multiLine(session.description) : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * RFC 5545 text with the organisation's VTIMEZONE: times are written in its zone (TZID), so calendars show them right
 * on both sides of a daylight-saving change. Cancelled sessions stay in, as STATUS:CANCELLED, so subscribers drop them.
 * A mail that cancels an appointment sends `method: 'CANCEL'` (RFC 5546), which mail clients offer to remove.
 */
export function sessionsToIcs({
  name,
  timezone,
  sessions,
  publicUrl,
  method = 'PUBLISH',
}: {
  name: string;
  timezone: string;
  sessions: TrainingSession[];
  publicUrl: string;
  method?: 'PUBLISH' | 'CANCEL';
}): string {
  const zone = oneLine(timezone);
  const calendar = ical({
    name: oneLine(name),
    prodId: { company: 'Ambassador', product: 'Trainingen', language: 'NL' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: with one, ical-generator writes DTSTAMP in local time, where RFC 5545 wants UTC.
    // The generator still adds the VTIMEZONE of every event's zone.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: { 'X-WR-TIMEZONE': zone },
    ttl: 60 * 60,
  });
  for (const session of sessions) {
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.sequence,
      // Zoned luxon times: ical-generator writes a native Date's UTC fields as if they were the zone's wall clock.
      start: DateTime.fromISO(session.startsAt, { zone }),
      end: DateTime.fromISO(session.endsAt, { zone }),
      timezone: zone,
      stamp: DateTime.fromISO(session.updatedAt, { zone: 'utc' }),
      created: DateTime.fromISO(session.createdAt, { zone: 'utc' }),
      lastModified: DateTime.fromISO(session.updatedAt, { zone: 'utc' }),
      summary: session.status === 'cancelled' ? `Geannuleerd: ${oneLine(session.title)}` : oneLine(session.title),
      description: description(session),
      location: optionalLine(session.location) ?? optionalLine(session.onlineUrl),
      url: `${publicUrl}/training/sessions/${session.id}`,
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
