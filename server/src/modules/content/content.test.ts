import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, createUser } from '../../test/factories.ts';
import {
  ambassadorWithUser,
  api,
  makeAmbassador,
  useOrg,
  usePeople,
  useTestApp,
  ZONE,
  type Member,
} from '../training/training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Horizon Content');
const people = usePeople(t, org);
const other = useOrg(t, 'Zorggroep Elders Content');

type Item = {
  id: string;
  title: string;
  section: string | null;
  url: string | null;
  ownerAmbassadorId: string | null;
  ownerName: string | null;
  status: string;
  reviewIntervalDays: number;
  lastReviewedOn: string | null;
  nextReviewDue: string;
  overdue: boolean;
  mine: boolean;
};
type Page = { items: Item[]; total: number; nextCursor: string | null };

const FIXTURE = readFileSync(new URL('../../test/fixtures/intranet-paginaregister.csv', import.meta.url));

/** The day after `day` by `days` calendar days, computed with luxon, apart from the server's SQL. */
const plus = (day: string, days: number) => DateTime.fromISO(day, { zone: 'utc' }).plus({ days }).toISODate()!;
const todayIn = (zone: string) => DateTime.now().setZone(zone).toISODate()!;

const create = (token: string, body: object) => api(t).post('/api/v1/content-items').set(bearer(token)).send(body);
const list = async (token: string, query: Record<string, string | number | boolean> = {}) =>
  (await api(t).get('/api/v1/content-items').query(query).set(bearer(token)).expect(200)).body as Page;
const importCsv = (token: string, file: Buffer | string, query: Record<string, boolean> = {}) =>
  api(t)
    .post('/api/v1/content-items/import')
    .query(query)
    .set(bearer(token))
    .set('content-type', 'text/csv')
    .send(Buffer.isBuffer(file) ? file : Buffer.from(file));
const fieldErrors = (body: { errors?: { field: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => [e.field, e.code]);

let cor: Member;
beforeAll(async () => {
  cor = await ambassadorWithUser(t, org, 'E03');
  const emails: Record<string, string> = {
    E01: 'anna.beuk@zorggroep-horizon.nl',
    E02: 'Bram.Beuk@Zorggroep-Horizon.nl',
    E03: 'cor.eik@zorggroep-horizon.nl',
  };
  for (const [number, email] of Object.entries(emails))
    await api(t)
      .patch(`/api/v1/employees/${org.employee(number).id}`)
      .set(bearer(org.token))
      .send({ email })
      .expect(200);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the next review', () => {
  /** Fake only Date: a clock after every review day below, with a token signed on that clock. */
  async function at(instant: string) {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
    return (await createUser(t.app, { organisationId: org.organisation.id, role: 'admin' })).token;
  }

  it('adds the interval as the calendar does: month ends, leap days and year ends', async () => {
    const token = await at('2029-06-01T10:00:00Z');
    const cases: [string, number, string][] = [
      ['2027-01-31', 30, '2027-03-02'],
      ['2028-01-31', 30, '2028-03-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2027-02-28', 1, '2027-03-01'],
      ['2027-02-28', 365, '2028-02-28'],
      ['2028-02-29', 365, '2029-02-28'],
      ['2028-02-29', 730, '2030-02-28'],
      ['2027-12-31', 1, '2028-01-01'],
      ['2027-04-30', 31, '2027-05-31'],
    ];
    for (const [lastReviewedOn, reviewIntervalDays, expected] of cases) {
      const created = await create(token, {
        title: `Due ${lastReviewedOn} + ${reviewIntervalDays}`,
        lastReviewedOn,
        reviewIntervalDays,
      }).expect(201);
      expect(plus(lastReviewedOn, reviewIntervalDays)).toBe(expected);
      expect(created.body.nextReviewDue, `${lastReviewedOn} + ${reviewIntervalDays}`).toBe(expected);
    }
  });

  it('counts from the day it was registered (organisation’s time zone) until it is reviewed', async () => {
    const created = await create(org.token, { title: 'Nooit bekeken', reviewIntervalDays: 45 }).expect(201);
    expect(created.body).toMatchObject({ lastReviewedOn: null, reviewIntervalDays: 45, overdue: false });
    expect(created.body.nextReviewDue).toBe(plus(todayIn(ZONE), 45));
    const fallback = await create(org.token, { title: 'Standaardinterval' }).expect(201);
    expect(fallback.body).toMatchObject({ reviewIntervalDays: 180, status: 'keep' });
    await api(t).delete(`/api/v1/content-items/${created.body.id}`).set(bearer(org.token)).expect(204);
    await api(t).delete(`/api/v1/content-items/${fallback.body.id}`).set(bearer(org.token)).expect(204);
  });

  it('is overdue from the day after it is due, by the organisation’s calendar', async () => {
    // 2029-03-01 + 0: due on 1 March (reviewed 30 January + 30), and on 2 March (31 January + 30).
    let token = await at('2029-03-01T22:30:00Z'); // 23:30 on 1 March in Amsterdam
    const dueFirst = await create(token, {
      title: 'Grens: due 1 maart',
      section: 'Grens',
      lastReviewedOn: '2029-01-30',
      reviewIntervalDays: 30,
    }).expect(201);
    const dueSecond = await create(token, {
      title: 'Grens: due 2 maart',
      section: 'Grens',
      lastReviewedOn: '2029-01-31',
      reviewIntervalDays: 30,
    }).expect(201);
    expect([dueFirst.body.nextReviewDue, dueSecond.body.nextReviewDue]).toEqual(['2029-03-01', '2029-03-02']);
    // On the day it is due it is not overdue yet.
    expect((await list(token, { section: 'Grens' })).items.map((i) => i.overdue)).toEqual([false, false]);
    expect((await list(token, { section: 'Grens', overdue: true })).total).toBe(0);
    // 00:30 on 2 March in Amsterdam, still 1 March in UTC: the first is overdue now, the second due today.
    token = await at('2029-03-01T23:30:00Z');
    const now = await list(token, { section: 'Grens' });
    expect(now.items.map((i) => [i.title, i.overdue])).toEqual([
      ['Grens: due 1 maart', true],
      ['Grens: due 2 maart', false],
    ]);
    const overdue = await list(token, { section: 'Grens', overdue: true });
    expect(overdue.items.map((i) => i.id)).toEqual([dueFirst.body.id]);
    expect((await list(token, { section: 'Grens', overdue: false })).items.map((i) => i.id)).toEqual([
      dueSecond.body.id,
    ]);
  });

  it('filters overdue pages in the query, so that totals and pages agree', async () => {
    const token = await at('2029-06-01T10:00:00Z');
    for (let n = 0; n < 5; n += 1)
      await create(token, {
        title: `Oud ${n}`,
        section: 'Telling',
        lastReviewedOn: '2028-01-01',
        reviewIntervalDays: 30,
      }).expect(201);
    for (let n = 0; n < 3; n += 1)
      await create(token, {
        title: `Vers ${n}`,
        section: 'Telling',
        lastReviewedOn: '2029-05-30',
        reviewIntervalDays: 30,
      }).expect(201);
    const first = await list(token, { section: 'Telling', overdue: true, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((i) => i.title)).toEqual(['Oud 0', 'Oud 1']);
    const second = await list(token, { section: 'Telling', overdue: true, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(['Oud 2', 'Oud 3']);
    expect((await list(token, { section: 'Telling', overdue: false })).total).toBe(3);
  });
});

describe('the register', () => {
  it('is read by every role, by section then title, with owner names and filters', async () => {
    const a = await create(org.token, {
      title: 'Zorgprotocollen',
      section: 'Zorg',
      ownerAmbassadorId: people.anna.id,
      status: 'rewrite',
    }).expect(201);
    await create(org.token, { title: 'Agenda', section: 'Nieuws', ownerAmbassadorId: people.bram.id }).expect(201);
    await create(org.token, { title: 'Afval scheiden', section: 'Zorg', url: 'https://intranet.example/afval' }).expect(
      201,
    );
    expect(a.body).toMatchObject({ ownerName: 'Anna Beuk', mine: false, status: 'rewrite' });
    for (const token of [org.token, people.hr.token, people.anna.token]) {
      const zorg = await list(token, { section: 'Zorg' });
      expect(zorg.items.map((i) => i.title)).toEqual(['Afval scheiden', 'Zorgprotocollen']);
    }
    const mine = await list(people.anna.token, { mine: true });
    expect(mine.items.map((i) => [i.title, i.mine])).toEqual([['Zorgprotocollen', true]]);
    expect((await list(people.hr.token, { mine: true })).total).toBe(0);
    const bram = await list(org.token, { ownerAmbassadorId: people.bram.id });
    expect(bram.items.map((i) => i.title)).toEqual(['Agenda']);
    expect((await list(org.token, { status: 'rewrite', section: 'Zorg' })).items.map((i) => i.title)).toEqual([
      'Zorgprotocollen',
    ]);
    expect((await list(org.token, { q: 'afval' })).items.map((i) => i.title)).toEqual(['Afval scheiden']);
  });

  it('takes only owners of the organisation, and no review in the future', async () => {
    const foreign = await makeAmbassador(t, other, 'E01');
    const response = await create(org.token, { title: 'Vreemde eigenaar', ownerAmbassadorId: foreign.id }).expect(400);
    expect(fieldErrors(response.body)).toEqual([['ownerAmbassadorId', 'not_found']]);
    const tomorrow = plus(todayIn(ZONE), 1);
    const future = await create(org.token, { title: 'Morgen bekeken', lastReviewedOn: tomorrow }).expect(400);
    expect(fieldErrors(future.body)).toEqual([['lastReviewedOn', 'in_future']]);
    expect(fieldErrors((await create(org.token, { title: '   ' }).expect(400)).body)).toEqual([['title', 'required']]);
    await create(people.anna.token, { title: 'Door een ambassadeur' }).expect(403);
    await create(people.hr.token, { title: 'Door HR' }).expect(403);
  });

  it('lets the owner change status and link only, and nobody else but an admin', async () => {
    const page = await create(org.token, { title: 'Verlof aanvragen', ownerAmbassadorId: people.anna.id }).expect(201);
    const patch = (token: string, body: object) =>
      api(t).patch(`/api/v1/content-items/${page.body.id}`).set(bearer(token)).send(body);
    const changed = await patch(people.anna.token, { status: 'remove', url: 'https://intranet.example/verlof' }).expect(
      200,
    );
    expect(changed.body).toMatchObject({ status: 'remove', url: 'https://intranet.example/verlof', mine: true });
    await patch(people.anna.token, { title: 'Andere titel' }).expect(403);
    await patch(people.anna.token, { status: 'keep', reviewIntervalDays: 30 }).expect(403);
    await patch(people.bram.token, { status: 'keep' }).expect(403);
    await patch(people.hr.token, { status: 'keep' }).expect(403);
    const admin = await patch(org.token, { title: 'Verlof en vakantie', ownerAmbassadorId: null }).expect(200);
    expect(admin.body).toMatchObject({ title: 'Verlof en vakantie', ownerAmbassadorId: null, ownerName: null });
    // No longer hers.
    await patch(people.anna.token, { status: 'keep' }).expect(403);
  });

  it('answers 404 for another organisation’s page, exactly as for a missing one', async () => {
    const page = await create(other.token, { title: 'Elders' }).expect(201);
    for (const missing of [page.body.id, crypto.randomUUID()]) {
      await api(t)
        .patch(`/api/v1/content-items/${missing}`)
        .set(bearer(org.token))
        .send({ status: 'keep' })
        .expect(404);
      await api(t).post(`/api/v1/content-items/${missing}/review`).set(bearer(org.token)).expect(404);
      await api(t).delete(`/api/v1/content-items/${missing}`).set(bearer(org.token)).expect(404);
    }
    expect((await list(org.token, { q: 'Elders', limit: 200 })).total).toBe(0);
  });
});

describe('marking a page reviewed', () => {
  const activities = async (token: string) =>
    (await api(t).get('/api/v1/activities').query({ kind: 'content_reviewed' }).set(bearer(token)).expect(200)).body
      .items as { ambassadorId: string; date: string; automatic: boolean; note: string }[];

  it('sets today (the organisation’s day) and logs content_reviewed for the owner', async () => {
    const page = await create(org.token, {
      title: 'Medicatieveiligheid',
      ownerAmbassadorId: people.bram.id,
      lastReviewedOn: '2024-01-31',
      reviewIntervalDays: 90,
    }).expect(201);
    expect(page.body.overdue).toBe(true);
    const before = (await activities(people.bram.token)).length;
    const reviewed = await api(t)
      .post(`/api/v1/content-items/${page.body.id}/review`)
      .set(bearer(people.bram.token))
      .expect(200);
    const today = todayIn(ZONE);
    expect(reviewed.body).toMatchObject({ lastReviewedOn: today, nextReviewDue: plus(today, 90), overdue: false });
    const logged = await activities(people.bram.token);
    expect(logged).toHaveLength(before + 1);
    expect(logged[0]).toMatchObject({ ambassadorId: people.bram.id, date: today, automatic: true });
    // Marked again the same day (here by an admin): still one entry for that day; still the owner's.
    await api(t).post(`/api/v1/content-items/${page.body.id}/review`).set(bearer(org.token)).expect(200);
    expect(await activities(people.bram.token)).toHaveLength(before + 1);
  });

  it('is for an admin or the owner only', async () => {
    const page = await create(org.token, { title: 'Valpreventie', ownerAmbassadorId: people.anna.id }).expect(201);
    const review = (token: string) => api(t).post(`/api/v1/content-items/${page.body.id}/review`).set(bearer(token));
    await review(people.bram.token).expect(403);
    await review(cor.token).expect(403);
    await review(people.hr.token).expect(403);
    expect((await list(org.token, { q: 'Valpreventie' })).items[0]!.lastReviewedOn).toBeNull();
    await review(org.token).expect(200);
    expect((await activities(people.anna.token)).some((a) => a.note === 'Valpreventie')).toBe(true);
  });

  it('logs nothing for a page without an owner', async () => {
    const page = await create(org.token, { title: 'Zonder eigenaar' }).expect(201);
    const before = (await activities(org.token)).length;
    await api(t).post(`/api/v1/content-items/${page.body.id}/review`).set(bearer(org.token)).expect(200);
    expect(await activities(org.token)).toHaveLength(before);
  });
});

describe('importing a page list', () => {
  it('reports on a dry run (the default) what the file would do, and writes nothing', async () => {
    const before = (await list(org.token)).total;
    const dry = await importCsv(org.token, FIXTURE).expect(200);
    expect(dry.body).toEqual({ dryRun: true, created: 40, updated: 0, unchanged: 0, errors: [] });
    expect((await list(org.token)).total).toBe(before);
  });

  it('creates every page with its owner, then finds the same file unchanged', async () => {
    const applied = await importCsv(org.token, FIXTURE, { dryRun: false }).expect(200);
    expect(applied.body).toMatchObject({ dryRun: false, created: 40, updated: 0, errors: [] });
    const roosters = (await list(org.token, { q: 'Roosters' })).items[0]!;
    expect(roosters).toMatchObject({
      title: 'Roosters; diensten ruilen en verlof',
      section: 'HR-zaken',
      ownerAmbassadorId: people.bram.id,
      reviewIntervalDays: 90,
    });
    const ict = await list(org.token, { section: 'ICT-hulp', limit: 200 });
    expect(ict.total).toBe(6);
    expect((await list(people.anna.token, { mine: true, section: 'ICT-hulp' })).total).toBe(3);
    const again = await importCsv(org.token, FIXTURE, { dryRun: false }).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 40 });
  });

  it('updates by link, or by section and title without one', async () => {
    const csv = [
      'title,url,section,owner email,status,reviewIntervalDays',
      'Nieuws en mededelingen,https://intranet.zorggroep-horizon.nl/nieuws,Nieuws,cor.eik@zorggroep-horizon.nl,rewrite,60',
      'Kantine: menu van de week,,Facilitair,,remove,',
      'Nieuwe pagina,,Facilitair,,new,',
    ].join('\n');
    const dry = await importCsv(org.token, csv).expect(200);
    expect(dry.body).toMatchObject({ created: 1, updated: 2, unchanged: 0, errors: [] });
    await importCsv(org.token, csv, { dryRun: false }).expect(200);
    const news = (await list(org.token, { q: 'intranet.zorggroep-horizon.nl/nieuws', section: 'Nieuws' })).items.find(
      (i) => i.url === 'https://intranet.zorggroep-horizon.nl/nieuws',
    )!;
    expect(news).toMatchObject({
      title: 'Nieuws en mededelingen',
      ownerAmbassadorId: cor.id,
      status: 'rewrite',
      reviewIntervalDays: 60,
    });
    const kantine = (await list(org.token, { section: 'Facilitair', q: 'Kantine' })).items;
    expect(kantine.map((i) => [i.status, i.reviewIntervalDays])).toEqual([['remove', 30]]);
  });

  it('reports every error by line and column, and writes nothing when there is one', async () => {
    const csv = [
      'Titel;URL;Rubriek;Eigenaar e-mail;Status;Reviewinterval',
      'Goede pagina;https://intranet.example/goed;Zorg;anna.beuk@zorggroep-horizon.nl;keep;90',
      'Onbekende eigenaar;https://intranet.example/a;Zorg;niemand@zorggroep-horizon.nl;keep;90',
      ';https://intranet.example/b;Zorg;;keep;90',
      'Geen link;intranet/pad;Zorg;;bewaren;0',
      'Dubbel;https://intranet.example/goed;Zorg;;keep;90',
    ].join('\r\n');
    const dry = await importCsv(org.token, csv).expect(200);
    expect(
      dry.body.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code]),
    ).toEqual([
      [3, 'owner_email', 'unknown_owner'],
      [4, 'title', 'required'],
      [5, 'url', 'invalid_url'],
      [5, 'status', 'invalid_status'],
      [5, 'review_interval_days', 'invalid_interval'],
      [6, 'url', 'duplicate_page'],
    ]);
    const before = (await list(org.token)).total;
    const refused = await importCsv(org.token, csv, { dryRun: false }).expect(422);
    expect(refused.body.code).toBe('import_invalid');
    expect(refused.body.errors).toEqual(dry.body.errors);
    expect((await list(org.token)).total).toBe(before);
    expect((await list(org.token, { q: 'Goede pagina' })).total).toBe(0);
  });

  it('takes a multipart upload, refuses a missing file and other roles', async () => {
    const response = await api(t)
      .post('/api/v1/content-items/import')
      .set(bearer(org.token))
      .attach('file', FIXTURE, { filename: 'register.csv', contentType: 'text/csv' })
      .expect(200);
    expect(response.body).toMatchObject({ dryRun: true, unchanged: expect.any(Number) });
    const missing = await api(t).post('/api/v1/content-items/import').set(bearer(org.token)).expect(400);
    expect(missing.body.code).toBe('file_missing');
    await importCsv(people.anna.token, FIXTURE).expect(403);
    await importCsv(people.hr.token, FIXTURE).expect(403);
    const empty = await importCsv(org.token, '\uFEFF;;;\n').expect(200);
    expect(empty.body.errors.map((e: { code: string }) => e.code)).toEqual(['empty_file']);
    const header = await importCsv(org.token, 'url;section\nhttps://x.example;Zorg').expect(200);
    expect(header.body.errors.map((e: { code: string }) => e.code)).toEqual(['missing_columns']);
  });

  it('keeps organisations apart: owners are matched within the organisation', async () => {
    const response = await importCsv(
      other.token,
      'title;owner email\nElders beheerd;anna.beuk@zorggroep-horizon.nl',
    ).expect(200);
    expect(response.body.errors.map((e: { code: string }) => e.code)).toEqual(['unknown_owner']);
  });
});
