import ICAL from 'ical.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { enrol, linkedUser, newSession, setupOrg, unenrol, type Org } from '../training/training.fixtures.ts';
import { startInbox, type Inbox } from './mail.fixtures.ts';

let t: TestApp;
let inbox: Inbox;
let org: Org;
const api = () => request(t.app.server);
const emailOf = async (token: string) =>
  (await api().get('/api/v1/me').set(bearer(token)).expect(200)).body.user.email as string;

beforeAll(async () => {
  inbox = await startInbox();
  t = await createTestApp({ smtpUrl: inbox.url, publicUrl: 'http://ambassador.test' });
  await t.app.jobs.start();
  org = await setupOrg(t, 'Zorggroep Inschrijving');
}, 60_000);
afterAll(async () => {
  await t.close();
  await inbox.close();
});

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('enrolment mails', () => {
  it('confirms a place with the .ics, waitlists without one, and tells who moves up', async () => {
    const eva = await linkedUser(t, org, 'E05', 'hr');
    const fleur = await linkedUser(t, org, 'E06', 'hr');
    await api().patch('/api/v1/me/preferences').set(bearer(eva.token)).send({ locale: 'en' }).expect(200);
    const session = await newSession(t, org.token, { title: 'Teams voor beginners', capacity: 1, location: 'Zaal 1' });
    await enrol(t, org.token, session.id, org.employee('E05').id).expect(201);
    await enrol(t, org.token, session.id, org.employee('E06').id).expect(201);
    const [confirmed] = await inbox.waitFor(1, await emailOf(eva.token));
    const [waitlisted] = await inbox.waitFor(1, await emailOf(fleur.token));
    expect(confirmed!.subject).toBe('Enrolment: Teams voor beginners');
    expect(confirmed!.text).toContain('You are enrolled in "Teams voor beginners"');
    expect(confirmed!.text).toContain(`http://ambassador.test/training/sessions/${session.id}`);
    expect(confirmed!.attachments).toHaveLength(1);
    const ics = confirmed!.attachments[0]!;
    expect(ics.contentType).toBe('text/calendar');
    const event = parseIcs(ics.content.toString('utf8'));
    expect(event.summary).toBe('Teams voor beginners');
    expect(event.uid).toBe(`training-session-${session.id}@ambassador`);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(session.startsAt).toISOString());
    expect(waitlisted!.subject).toBe('Wachtlijst: Teams voor beginners');
    expect(waitlisted!.attachments).toHaveLength(0);

    await unenrol(t, org.token, session.id, org.employee('E05').id).expect(200);
    const mails = await inbox.waitFor(2, await emailOf(fleur.token));
    expect(mails[1]!.subject).toBe('Inschrijving: Teams voor beginners');
    expect(mails[1]!.text).toContain('Er is een plek vrijgekomen');
    expect(mails[1]!.attachments[0]!.contentType).toBe('text/calendar');
    const bell = await api().get('/api/v1/me/notifications').set(bearer(fleur.token)).expect(200);
    expect(bell.body.items.map((n: { kind: string }) => n.kind)).toEqual(['enrolment', 'enrolment']);
  });
});
