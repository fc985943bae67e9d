import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { TrainingSession } from '@ambassador/shared';

const KIND_LABEL: Record<TrainingSession['kind'], string> = {
  train_the_trainer: 'Train-de-trainer',
  end_user: 'Training',
};

/** A session's UID never changes, so a calendar updates the event it has instead of adding a second one. */
export const sessionUid = (sessionId: string) => `training-session-${sessionId}@ambassador`;

function description(session: TrainingSession): string {
  const trainers = [
    ...session.trainers.map((trainer) => trainer.name),
    ...session.trainerUsers.map((trainer) => trainer.name),
    ...(session.externalTrainer ? [session.externalTrainer] : []),
  ];
  return [
    `${KIND_LABEL[session.kind]}${session.wave ? ` · ${session.wave}` : ''}`,
    trainers.length > 0 ? `Trainer: ${trainers.join(', ')}` : null,
    session.departments.length > 0 ? `Voor: ${session.departments.map((d) => d.path).join('; ')}` : null,
    session.onlineUrl ? `Online: ${session.onlineUrl}` : null,
    session.description,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * RFC 5545 text with the organisation's VTIMEZONE: times are written in its zone (TZID), so calendars show them right
 * on both sides of a daylight-saving change. Cancelled sessions stay in, as STATUS:CANCELLED, so subscribers drop them.
 */
export function sessionsToIcs({
  name,
  timezone,
  sessions,
  publicUrl,
}: {
  name: string;
  timezone: string;
  sessions: TrainingSession[];
  publicUrl: string;
}): string {
  const calendar = ical({
    name,
    prodId: { company: 'Ambassador', product: 'Trainingen', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: with one, ical-generator writes DTSTAMP in local time, where RFC 5545 wants UTC.
    // The generator still adds the VTIMEZONE of every event's zone.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: { 'X-WR-TIMEZONE': timezone },
    ttl: 60 * 60,
  });
  for (const session of sessions) {
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.sequence,
      // Zoned luxon times: ical-generator writes a native Date's UTC fields as if they were the zone's wall clock.
      start: DateTime.fromISO(session.startsAt, { zone: timezone }),
      end: DateTime.fromISO(session.endsAt, { zone: timezone }),
      timezone,
      stamp: DateTime.fromISO(session.updatedAt, { zone: 'utc' }),
      created: DateTime.fromISO(session.createdAt, { zone: 'utc' }),
      lastModified: DateTime.fromISO(session.updatedAt, { zone: 'utc' }),
      summary: session.status === 'cancelled' ? `Geannuleerd: ${session.title}` : session.title,
      description: description(session),
      location: session.location ?? session.onlineUrl ?? null,
      url: `${publicUrl}/training/sessions/${session.id}`,
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
