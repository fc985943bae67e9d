import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trainingSession } from '../test/trainingFixtures.ts';
import { draftFromSession, draftToBody, emptyDraft } from './sessionDraft.ts';

const zone = 'Europe/Amsterdam';

// The fixtures' sessions are in March 2026: the tests run before them, so they are not in the past.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-05T08:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('session draft', () => {
  it('shows a session on the clock of the organisation and sends it back as the same instants', () => {
    const session = trainingSession();
    const draft = draftFromSession(session, zone);

    expect(draft).toMatchObject({
      startDate: '2026-03-10',
      startTime: '09:00',
      endDate: '2026-03-10',
      endTime: '11:00',
    });
    const { body, errors } = draftToBody(draft, zone);
    expect(errors).toEqual({});
    expect(body).toMatchObject({ startsAt: session.startsAt, endsAt: session.endsAt, capacity: 2, wave: 'Golf 1' });
  });

  it('follows summer time: 09:00 in July is 07:00 UTC', () => {
    const draft = {
      ...emptyDraft(zone),
      title: 'Zomer',
      startDate: '2026-07-01',
      startTime: '09:00',
      endTime: '10:30',
    };

    const { body } = draftToBody(draft, zone);

    expect(body?.startsAt).toBe('2026-07-01T07:00:00.000Z');
    expect(body?.endsAt).toBe('2026-07-01T08:30:00.000Z');
  });

  it('starts a new session at the slot picked in the calendar', () => {
    const draft = emptyDraft(zone, { startsAt: '2026-03-12T12:00:00.000Z', endsAt: '2026-03-12T13:30:00.000Z' });

    expect(draft).toMatchObject({
      startDate: '2026-03-12',
      startTime: '13:00',
      endDate: '2026-03-12',
      endTime: '14:30',
    });
  });

  it('sends empty optional texts as null', () => {
    const draft = { ...draftFromSession(trainingSession({ location: null, wave: null }), zone), externalTrainer: '  ' };

    const { body } = draftToBody(draft, zone);

    expect(body).toMatchObject({
      location: null,
      wave: null,
      externalTrainer: null,
      onlineUrl: null,
      description: null,
    });
  });

  it('names each field that is missing or wrong and builds no body', () => {
    const draft = {
      ...emptyDraft(zone),
      startDate: '2026-03-10',
      startTime: '11:00',
      endTime: '10:00',
      capacity: 0,
      onlineUrl: 'teams-link',
    };

    const { body, errors } = draftToBody(draft, zone);

    expect(body).toBeNull();
    expect(errors).toEqual({
      title: 'titleRequired',
      endTime: 'endBeforeStart',
      capacity: 'capacityRange',
      onlineUrl: 'invalidUrl',
    });
  });

  it('refuses a start in the past unless the session is recorded after the fact', () => {
    const draft = {
      ...emptyDraft(zone),
      title: 'Gisteren',
      startDate: '2026-01-04',
      startTime: '09:00',
      endTime: '10:00',
    };

    expect(draftToBody(draft, zone).errors).toEqual({ startDate: 'inPast' });
    const { body, errors } = draftToBody({ ...draft, recordsPast: true }, zone);
    expect(errors).toEqual({});
    expect(body?.recordsPast).toBe(true);
  });

  it('lets a past session keep its start while other fields change', () => {
    const session = trainingSession();
    const draft = { ...draftFromSession(session, zone), title: 'Nieuwe titel' };
    const later = new Date('2026-06-01T08:00:00Z');

    expect(draftToBody(draft, zone, { now: later, savedStartsAt: session.startsAt }).errors).toEqual({});
    expect(
      draftToBody({ ...draft, startTime: '08:00' }, zone, { now: later, savedStartsAt: session.startsAt }).errors,
    ).toEqual({
      startDate: 'inPast',
    });
  });
});
