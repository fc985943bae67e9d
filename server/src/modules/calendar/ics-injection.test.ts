import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { updateOrganisation } from '../organisations/organisations.repository.ts';
import { updateSession } from '../training/sessions/sessions.repository.ts';
import { api, newSession, slot, useTestApp } from '../training/training.fixtures.ts';

/**
 * Line breaks in stored text (saved before the schemas refused them, or written by hand) must never become lines of
 * their own in the iCalendar output: an injected ATTENDEE or VALARM would be read by every subscriber's calendar.
 */

const t = useTestApp();
let org: SignedUpOrg;
const ids: { session?: string } = {};

const INJECTED_NAME = 'Zorggroep Injectie\r\nATTENDEE:mailto:evil@example.test';
const INJECTED_TITLE = 'Werken met het ECD\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM';

beforeAll(async () => {
  org = await signupOrganisation(t.app, 'Zorggroep Injectie');
  const session = await newSession(t, org.token, { title: 'Tijdelijk', ...slot(1, 2, 10) });
  ids.session = session.id;
  // Straight into the database: the API's schemas would refuse these values today.
  const scope = { db: t.app.db, organisationId: org.organisation.id };
  await updateOrganisation({ ...scope, changes: { name: INJECTED_NAME } });
  await updateSession({
    ...scope,
    sessionId: session.id,
    changes: {
      title: INJECTED_TITLE,
      location: 'Zaal 1\nATTENDEE:mailto:room@example.test',
      wave: 'golf 1\rX-INJECTED:wave',
      externalTrainer: 'Extern\r\nORGANIZER:mailto:boss@example.test',
      onlineUrl: 'https://meet.example.test/x\r\nATTACH:https://evil.example.test/payload',
      description: 'Regel een\r\nRegel twee\u000bEND:VEVENT\u0085X-NEL:1',
    },
  });
});

/** Every property name and component name in the text, read the way a calendar app reads it. */
function structure(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const components: string[] = [];
  const properties: string[] = [];
  const walk = (component: ICAL.Component) => {
    components.push(component.name);
    for (const property of component.getAllProperties()) properties.push(property.name);
    for (const child of component.getAllSubcomponents()) walk(child);
  };
  walk(root);
  return { root, components, properties };
}

function expectNothingInjected(text: string) {
  const { root, components, properties } = structure(text);
  expect(new Set(components)).toEqual(new Set(['vcalendar', 'vtimezone', 'daylight', 'standard', 'vevent']));
  for (const name of ['attendee', 'organizer', 'attach', 'x-injected', 'x-nel']) expect(properties).not.toContain(name);
  expect(root.getAllSubcomponents('vevent')).toHaveLength(1);
  // Unfolded, no raw line starts with an injected name either (ical.js might have dropped an unknown one).
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines.filter((line) => /^(ATTENDEE|ORGANIZER|ATTACH|X-INJECTED|X-NEL|BEGIN:VALARM)/.test(line))).toEqual([]);
  expect(text).not.toMatch(/[^\r]\n|\r(?!\n)/);
  return root;
}

describe('iCalendar output of stored text with line breaks', () => {
  it('keeps the feed to one event with its text on the intended lines', async () => {
    const { url } = (await api(t).get('/api/v1/calendar/feed').set(bearer(org.token)).expect(200)).body;
    const response = await api(t).get(new URL(url).pathname).expect(200);
    const root = expectNothingInjected(response.text);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(
      'Zorggroep Injectie ATTENDEE:mailto:evil@example.test: trainingen',
    );
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Werken met het ECD BEGIN:VALARM ACTION:DISPLAY TRIGGER:-PT5M END:VALARM');
    expect(event.location).toBe('Zaal 1 ATTENDEE:mailto:room@example.test');
    expect(event.description).toContain('Regel een\nRegel twee END:VEVENT\nX-NEL:1');
    expect(event.description).toContain('golf 1 X-INJECTED:wave');
    expect(event.description).toContain('Trainer: Extern ORGANIZER:mailto:boss@example.test');
  });

  it('keeps the download of one session, named after its title, free of injected lines', async () => {
    const response = await api(t)
      .get(`/api/v1/training-sessions/${ids.session}.ics`)
      .set(bearer(org.token))
      .expect(200);
    const root = expectNothingInjected(response.text);
    expect(root.getFirstPropertyValue('name')).toBe(
      'Werken met het ECD BEGIN:VALARM ACTION:DISPLAY TRIGGER:-PT5M END:VALARM',
    );
  });
});
