import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser } from '../../test/factories.ts';
import {
  api,
  enrol,
  makeAmbassador,
  newSession,
  patchSession,
  slot,
  unenrol,
  useOrg,
  usePeople,
  useTestApp,
  ZONE,
  type Session,
} from '../training/training.fixtures.ts';

/**
 * The calendar over the API: the secret per-user feed (who sees which sessions, cancelled ones, SEQUENCE, a new
 * address voiding the old one, tampered and deactivated feeds) and the download of one session. The iCalendar text
 * is read with ical.js, an implementation independent of the one that wrote it.
 */

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Kalender');
const people = usePeople(t, org);
const sessions: Record<string, Session> = {};

type Feed = { url: string; webcalUrl: string };

/** Parses with ical.js, honouring the VTIMEZONE in the text. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

const uid = (session: { id: string }) => `training-session-${session.id}@ambassador`;
const getFeed = async (token: string): Promise<Feed> =>
  (await api(t).get('/api/v1/calendar/feed').set(bearer(token)).expect(200)).body;
/** Fetches a feed address the way a calendar app does: no Authorization header, no cookie. */
const fetchFeed = (url: string) => api(t).get(new URL(url).pathname);

async function eventsOf(url: string) {
  const response = await fetchFeed(url);
  expect(response.status, response.text).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/calendar/);
  return parse(response.text);
}

function eventFor(events: ReturnType<typeof parse>, session: { id: string }) {
  const found = events.filter(({ event }) => event.uid === uid(session));
  expect(found, `one event for ${session.id}`).toHaveLength(1);
  return found[0]!;
}

beforeAll(async () => {
  const dirk = await makeAmbassador(t, org, 'E04');
  const anna1 = org.employee('E01').id;
  // Sessions Anna gives, sessions she is enrolled in, and sessions that are none of hers.
  sessions.gives = await newSession(t, org.token, {
    title: 'Anna geeft',
    trainerIds: [people.anna.id],
    ...slot(1, 2, 10),
  });
  sessions.enrolled = await newSession(t, org.token, { title: 'Anna volgt', trainerIds: [dirk.id], ...slot(1, 3, 10) });
  await enrol(t, org.token, sessions.enrolled.id, anna1).expect(201);
  sessions.trainTheTrainer = await newSession(t, org.token, {
    kind: 'train_the_trainer',
    title: 'Train-de-trainer',
    ...slot(2, 2, 13),
  });
  await enrol(t, org.token, sessions.trainTheTrainer.id, anna1).expect(201);
  sessions.toCancel = await newSession(t, org.token, { title: 'Gaat niet door', ...slot(2, 3, 14) });
  await enrol(t, org.token, sessions.toCancel.id, anna1).expect(201);
  sessions.others = await newSession(t, org.token, {
    title: 'Niet van Anna',
    trainerIds: [dirk.id],
    ...slot(1, 4, 10),
  });
  await enrol(t, org.token, sessions.others.id, org.employee('E03').id).expect(201);
  sessions.unenrolled = await newSession(t, org.token, { title: 'Afgemeld', ...slot(3, 2, 10) });
  await enrol(t, org.token, sessions.unenrolled.id, anna1).expect(201);
  await unenrol(t, org.token, sessions.unenrolled.id, anna1).expect(200);
  // A past session within the feed's history, and one long before it.
  const at = (days: number) => {
    const start = DateTime.now().setZone(ZONE).minus({ days }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    return { startsAt: start.toUTC().toISO()!, endsAt: start.plus({ hours: 1 }).toUTC().toISO()! };
  };
  sessions.recent = await newSession(t, org.token, { title: 'Onlangs', ...at(60) });
  sessions.old = await newSession(t, org.token, { title: 'Lang geleden', ...at(400) });
}, 60_000);

describe('GET /calendar/feed', () => {
  it('gives the same secret URL and its webcal twin on every ask', async () => {
    const first = await getFeed(people.anna.token);
    expect(first.url.startsWith(`${t.config.publicUrl}/api/v1/calendar/`)).toBe(true);
    expect(first.url).toMatch(/\.ics$/);
    expect(first.webcalUrl).toBe(first.url.replace(/^https?:/, 'webcal:'));
    expect(first.webcalUrl).toMatch(/^webcal:/);
    expect(await getFeed(people.anna.token)).toEqual(first);
    // Each user has her own address.
    expect((await getFeed(org.token)).url).not.toBe(first.url);
  });

  it('needs a login to ask for the address', async () => {
    await api(t).get('/api/v1/calendar/feed').expect(401);
    await api(t).post('/api/v1/calendar/feed').expect(401);
  });
});

describe('the feed of an ambassador linked to an employee', () => {
  it('answers without any login, as text/calendar', async () => {
    const { url } = await getFeed(people.anna.token);
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('holds the sessions she gives or is enrolled in, and no others', async () => {
    const events = await eventsOf((await getFeed(people.anna.token)).url);
    const mine = [sessions.gives!, sessions.enrolled!, sessions.trainTheTrainer!, sessions.toCancel!];
    expect(events.map(({ event }) => event.uid).sort()).toEqual(mine.map(uid).sort());
  });

  it('gives every session at its own time, as wall-clock time in the organisation zone', async () => {
    const events = await eventsOf((await getFeed(people.anna.token)).url);
    for (const session of [sessions.gives!, sessions.enrolled!, sessions.trainTheTrainer!]) {
      const { event, component } = eventFor(events, session);
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(session.startsAt as string).toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(session.endsAt as string).toISOString());
      const start = component.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).toBe(ZONE);
      const local = DateTime.fromISO(session.startsAt as string).setZone(ZONE);
      const value = start.getFirstValue() as ICAL.Time;
      expect([value.hour, value.minute]).toEqual([local.hour, local.minute]);
      expect(event.summary).toBe(session.title);
    }
  });
});

describe('the feed of an admin', () => {
  it('holds every session of the organisation from the last half year on', async () => {
    const events = await eventsOf((await getFeed(org.token)).url);
    const expected = Object.entries(sessions)
      .filter(([name]) => name !== 'old')
      .map(([, session]) => uid(session));
    expect(events.map(({ event }) => event.uid).sort()).toEqual(expected.sort());
  });
});

describe('changes to a session in the feed', () => {
  it('raises SEQUENCE after a PATCH and shows the change', async () => {
    const { url } = await getFeed(people.anna.token);
    const before = eventFor(await eventsOf(url), sessions.gives!).event.sequence;
    const patched = await patchSession(t, org.token, sessions.gives!.id, { title: 'Anna geeft (nieuwe titel)' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const { event } = eventFor(await eventsOf(url), sessions.gives!);
    expect(event.sequence).toBeGreaterThan(before);
    expect(event.sequence).toBe(patched.body.sequence);
    expect(event.summary).toBe('Anna geeft (nieuwe titel)');
  });

  it('keeps a cancelled session in the feed as STATUS:CANCELLED, with a higher SEQUENCE', async () => {
    const { url } = await getFeed(people.anna.token);
    const before = eventFor(await eventsOf(url), sessions.toCancel!);
    expect(before.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    await patchSession(t, org.token, sessions.toCancel!.id, { status: 'cancelled' }).expect(200);
    for (const feed of [url, (await getFeed(org.token)).url]) {
      const after = eventFor(await eventsOf(feed), sessions.toCancel!);
      expect(after.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(after.event.sequence).toBeGreaterThan(before.event.sequence);
    }
  });
});

describe('POST /calendar/feed', () => {
  it('gives a new address; the old one answers 404 problem+json from then on', async () => {
    const old = await getFeed(people.anna.token);
    expect((await fetchFeed(old.url)).status).toBe(200);
    const response = await api(t).post('/api/v1/calendar/feed').set(bearer(people.anna.token)).expect(201);
    const fresh: Feed = response.body;
    expect(fresh.url).not.toBe(old.url);
    expect(fresh.webcalUrl).toBe(fresh.url.replace(/^https?:/, 'webcal:'));
    const gone = await fetchFeed(old.url);
    expect(gone.status).toBe(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(gone.body.status).toBe(404);
    // The new address works and is the one GET gives from now on.
    expect((await eventsOf(fresh.url)).length).toBeGreaterThan(0);
    expect(await getFeed(people.anna.token)).toEqual(fresh);
  });
});

describe('feed addresses that do not work', () => {
  /** The token is the feed id (32 hex digits) and a signature; change one character at `at` (from the end). */
  const tamper = (url: string, at: number) => {
    const path = new URL(url).pathname;
    const token = path.slice('/api/v1/calendar/'.length, -'.ics'.length);
    const i = at < 0 ? token.length + at : at;
    const swapped = token[i] === 'A' ? 'B' : 'A';
    return `/api/v1/calendar/${token.slice(0, i)}${swapped}${token.slice(i + 1)}.ics`;
  };

  it('answers 404 for a signature changed in one character', async () => {
    const { url } = await getFeed(people.anna.token);
    for (const at of [-1, -10, 32]) {
      const response = await api(t).get(tamper(url, at));
      expect(response.status, `changed at ${at}`).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers 404 for another feed id under the same signature', async () => {
    const { url } = await getFeed(people.anna.token);
    const path = new URL(url).pathname;
    const token = path.slice('/api/v1/calendar/'.length, -'.ics'.length);
    const other = `${token[0] === 'f' ? 'e' : 'f'}${token.slice(1)}`;
    await api(t).get(`/api/v1/calendar/${other}.ics`).expect(404);
  });

  it("answers 404 for a deactivated user's feed", async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const { url } = await getFeed(hr.token);
    expect((await fetchFeed(url)).status).toBe(200);
    await api(t).delete(`/api/v1/users/${hr.user.id}`).set(bearer(org.token)).expect(204);
    const response = await fetchFeed(url);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /training-sessions/:id.ics', () => {
  it('needs a login', async () => {
    const response = await api(t).get(`/api/v1/training-sessions/${sessions.enrolled!.id}.ics`);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('gives one VEVENT with the stable UID and the right times', async () => {
    const session = sessions.enrolled!;
    for (const token of [people.anna.token, org.token]) {
      const response = await api(t).get(`/api/v1/training-sessions/${session.id}.ics`).set(bearer(token));
      expect(response.status, response.text).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.headers['content-disposition']).toMatch(/^attachment/);
      const events = parse(response.text);
      expect(events).toHaveLength(1);
      const { event } = events[0]!;
      expect(event.uid).toBe(`training-session-${session.id}@ambassador`);
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(session.startsAt as string).toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(session.endsAt as string).toISOString());
      expect(event.summary).toBe(session.title);
    }
  });

  it('answers 404 for an unknown session', async () => {
    await api(t)
      .get('/api/v1/training-sessions/00000000-0000-4000-8000-000000000000.ics')
      .set(bearer(org.token))
      .expect(404);
  });
});
