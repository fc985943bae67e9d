import { eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/notifications.ts';
import { bearer } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { EVERY_KIND, members, newRound, openRound, ROUNDS } from '../feedback/feedback.fixtures.ts';
import { setupOrg, type Member, type Org } from '../training/training.fixtures.ts';
import { createUser } from '../../test/factories.ts';
import { startInbox, type Inbox } from './mail.fixtures.ts';

let t: TestApp;
let inbox: Inbox;
let org: Org;
let people: Record<string, Member>;
const api = () => request(t.app.server);
const emailOf = async (token: string) =>
  (await api().get('/api/v1/me').set(bearer(token)).expect(200)).body.user.email as string;

beforeAll(async () => {
  inbox = await startInbox();
  t = await createTestApp({ smtpUrl: inbox.url, publicUrl: 'http://ambassador.test' });
  await t.app.jobs.start();
  org = await setupOrg(t, 'Zorggroep Seinen');
  people = await members(t, org, ['E01', 'E02', 'E03']);
}, 60_000);
afterAll(async () => {
  await t.close();
  await inbox.close();
});

describe('round opened and reminded', () => {
  it('mails each participant once in her language with working links, rings her bell, and unsubscribes one kind', async () => {
    const [anna, bram, cor] = [people.E01!, people.E02!, people.E03!];
    await api().patch('/api/v1/me/preferences').set(bearer(bram.token)).send({ locale: 'en' }).expect(200);
    await api()
      .patch('/api/v1/me/preferences')
      .set(bearer(cor.token))
      .send({ email: { round_opened: 'off' } })
      .expect(200);
    const round = await newRound(t, org.token, {
      title: 'Klankbord intranet',
      questions: [EVERY_KIND[0]],
      participantIds: [anna.id, bram.id, cor.id],
    });
    await openRound(t, org.token, round.id).expect(200);
    const [annaMail] = await inbox.waitFor(1, await emailOf(anna.token));
    const [bramMail] = await inbox.waitFor(1, await emailOf(bram.token));
    expect(annaMail!.subject).toBe('Feedbackronde geopend: Klankbord intranet');
    expect(bramMail!.subject).toBe('Feedback round open: Klankbord intranet');
    expect(annaMail!.text).toContain(`http://ambassador.test/feedback/rounds/${round.id}/answer`);
    expect(annaMail!.text).toContain('Zorggroep Seinen');
    // Cor switched this kind off: no mail, but her bell rings.
    const corEmail = await emailOf(cor.token);
    const corBell = await api().get('/api/v1/me/notifications').set(bearer(cor.token)).expect(200);
    expect(corBell.body).toMatchObject({ total: 1, unreadCount: 1 });
    expect(corBell.body.items[0]).toMatchObject({ kind: 'round_opened', link: `/feedback/rounds/${round.id}/answer` });
    const rows = await t.app.db.select().from(outbox).where(eq(outbox.toAddress, corEmail));
    expect(rows).toEqual([]);

    // RFC 8058 one-click: the header's URL, posted as a mail client does, without logging in.
    const rawHeader = (name: string) =>
      annaMail!.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '');
    expect(rawHeader('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const header = rawHeader('list-unsubscribe')!;
    const url = new URL(/<([^>]+)>/.exec(header)![1]!);
    expect(url.origin + url.pathname).toBe('http://ambassador.test/api/v1/unsubscribe');
    const posted = await api()
      .post(`${url.pathname}${url.search}`)
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(posted.body).toEqual({ kind: 'round_opened', email: 'off' });
    const prefs = await api().get('/api/v1/me/preferences').set(bearer(anna.token)).expect(200);
    expect(prefs.body.email).toMatchObject({
      round_opened: 'off',
      round_reminder: 'immediate',
      enrolment: 'immediate',
    });
    // The link in the mail body (GET) asks first: opening it (as mail scanners do) switches nothing off.
    await api()
      .patch('/api/v1/me/preferences')
      .set(bearer(anna.token))
      .send({ email: { round_opened: 'immediate' } });
    const page = await api().get(`${url.pathname}${url.search}`).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Wil je geen mails meer over geopende feedbackrondes?');
    expect(page.text).toContain('<form method="post"');
    const unchanged = await api().get('/api/v1/me/preferences').set(bearer(anna.token)).expect(200);
    expect(unchanged.body.email.round_opened).toBe('immediate');
    // Its button posts the form and answers a page.
    const confirmed = await api()
      .post(`${url.pathname}${url.search}`)
      .set('accept', 'text/html')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(confirmed.text).toContain('Afgemeld');
    const switched = await api().get('/api/v1/me/preferences').set(bearer(anna.token)).expect(200);
    expect(switched.body.email.round_opened).toBe('off');
    // A forged or altered token is refused.
    const forged = url.search.replace(/.(?=$)/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await api().post(`${url.pathname}${forged}`).expect(404);
    expect(refused.body.code).toBe('unsubscribe_invalid');

    // The reminder reaches those who have not answered, once each; Anna still gets reminders.
    await api().post(`${ROUNDS}/${round.id}/remind`).set(bearer(org.token)).expect(200);
    const reminders = await inbox.waitFor(2, await emailOf(anna.token));
    expect(reminders[1]!.subject).toBe('Herinnering: Klankbord intranet');
    await inbox.waitFor(1, corEmail);
    expect(inbox.to(corEmail)).toHaveLength(1);
  });
});

describe('finding resolved', () => {
  it('tells the person who raised it, once, with the resolution; not others', async () => {
    const raiser = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador', name: 'Rik' });
    const raised = await api()
      .post('/api/v1/feedback-items')
      .set(bearer(raiser.token))
      .send({ title: 'Rooster onvindbaar', body: 'Zoeken vindt het rooster niet.' })
      .expect(201);
    const id = raised.body.id as string;
    await api().patch(`/api/v1/feedback-items/${id}`).set(bearer(org.token)).send({ status: 'reviewing' }).expect(200);
    await api().patch(`/api/v1/feedback-items/${id}`).set(bearer(org.token)).send({ status: 'planned' }).expect(200);
    await api()
      .patch(`/api/v1/feedback-items/${id}`)
      .set(bearer(org.token))
      .send({ status: 'done', resolution: 'Rooster staat nu in het menu.' })
      .expect(200);
    const [mail] = await inbox.waitFor(1, raiser.email);
    expect(mail!.subject).toBe('Je bevinding: Rooster onvindbaar');
    expect(mail!.text).toContain('Rooster staat nu in het menu.');
    expect(mail!.text).toContain('http://ambassador.test/feedback/my-findings');
    const bell = await api().get('/api/v1/me/notifications').set(bearer(raiser.token)).expect(200);
    expect(bell.body.items.map((n: { kind: string }) => n.kind)).toEqual(['finding_resolved']);
  });
});

describe('the bell', () => {
  it('lists her own notifications newest first, marks one or all read, and hides other people’s', async () => {
    const anna = people.E01!;
    const bram = people.E02!;
    const mine = await api().get('/api/v1/me/notifications?limit=1').set(bearer(anna.token)).expect(200);
    expect(mine.body.total).toBeGreaterThanOrEqual(2);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.nextCursor).toEqual(expect.any(String));
    expect(mine.body.items[0].kind).toBe('round_reminder');
    const id = mine.body.items[0].id as string;
    await api().post(`/api/v1/me/notifications/${id}/read`).set(bearer(bram.token)).expect(404);
    await api().post(`/api/v1/me/notifications/${id}/read`).set(bearer(anna.token)).expect(204);
    const after = await api().get('/api/v1/me/notifications').set(bearer(anna.token)).expect(200);
    expect(after.body.unreadCount).toBe(mine.body.unreadCount - 1);
    const all = await api().post('/api/v1/me/notifications/read-all').set(bearer(anna.token)).expect(200);
    expect(all.body.marked).toBe(after.body.unreadCount);
    const done = await api().get('/api/v1/me/notifications').set(bearer(anna.token)).expect(200);
    expect(done.body.unreadCount).toBe(0);
    await api().post('/api/v1/me/notifications/not-a-uuid/read').set(bearer(anna.token)).expect(400);
  });
});

describe('digest', () => {
  it('keeps a digest kind in the outbox without sending it', async () => {
    const dirk = (await members(t, org, ['E04'])).E04!;
    await api()
      .patch('/api/v1/me/preferences')
      .set(bearer(dirk.token))
      .send({ email: { round_opened: 'digest' } })
      .expect(200);
    const round = await newRound(t, org.token, {
      title: 'Digest ronde',
      questions: [EVERY_KIND[0]],
      participantIds: [dirk.id],
    });
    await openRound(t, org.token, round.id).expect(200);
    const email = await emailOf(dirk.token);
    const [row] = await t.app.db.select().from(outbox).where(eq(outbox.toAddress, email));
    expect(row).toMatchObject({ kind: 'round_opened', delivery: 'digest', status: 'queued', attempts: 0 });
  });
});
