import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../db/rows.ts';
import { bearer, PASSWORD } from '../../../test/factories.ts';
import { answer, EVERY_KIND, newRound, openRound, ROUNDS } from '../../feedback/feedback.fixtures.ts';
import { insertNotifications, insertOutbox } from '../../notifications/notifications.repository.ts';
import {
  api,
  linkedUser,
  makeAmbassador,
  newSession,
  trainedInPast,
  useOrg,
  usePeople,
  useTestApp,
} from '../../training/training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Privacy');
const other = useOrg(t, 'Zorggroep Anders');
const people = usePeople(t, org);

/**
 * E03 of the fixture, renamed: everything that can be held about a person, each value distinctive so that a leftover
 * can be found (the other organisation has a "Cor Eik" of its own, who must stay).
 */
const COR = {
  name: 'Cornelia van Eikenhorst',
  email: 'cor.eik.privacy@example.test',
  motivation: 'Cor wil collega’s helpen met het nieuwe intranet',
  notes: 'Cornelia: alleen dinsdag beschikbaar',
  statusNote: 'Cornelia is met zwangerschapsverlof',
  activityNote: 'Cornelia hielp drie collega’s met Teams',
  textAnswer: 'Cornelia vindt het zoeken traag',
  findingTitle: 'Cornelia vindt het rooster niet',
  findingBody: 'Als Cornelia zoekt op rooster komen er nieuwsberichten',
  notification: 'Hallo Cornelia, je bent ingeschreven',
  mailSubject: 'Cornelia, je training begint morgen',
};
/** What must be gone after the erasure, anywhere. */
const TRACES = [
  COR.name,
  COR.email,
  COR.motivation,
  COR.notes,
  COR.statusNote,
  COR.activityNote,
  COR.textAnswer,
  COR.findingTitle,
  COR.findingBody,
  COR.notification,
  COR.mailSubject,
];

const seeded = {} as {
  employeeId: string;
  ambassadorId: string;
  userId: string;
  userEmail: string;
  roundId: string;
  attendedSessionId: string;
  trainerSessionId: string;
};

const admin = () => bearer(org.token);
const personalData = (id: string, token = org.token) =>
  api(t).get(`/api/v1/employees/${id}/personal-data`).set(bearer(token));
const erase = (id: string, token = org.token) => api(t).post(`/api/v1/employees/${id}/erase`).set(bearer(token));

beforeAll(async () => {
  const cor = org.employee('E03');
  await api(t)
    .patch(`/api/v1/employees/${cor.id}`)
    .set(admin())
    .send({ name: COR.name, email: COR.email, location: 'Locatie Oost' })
    .expect(200);
  // The fixture's copy, which `linkedUser` names her account after.
  cor.name = COR.name;
  const ambassador = await makeAmbassador(t, org, 'E03', {
    source: 'nominated',
    nominatedBy: org.employee('E04').id,
    roles: ['trainer', 'sounding_board'],
    motivation: COR.motivation,
    notes: COR.notes,
  });
  const user = await linkedUser(t, org, 'E03');
  const users = await api(t).get('/api/v1/users').query({ limit: 200 }).set(admin()).expect(200);
  const userEmail = (users.body.items as { id: string; email: string }[]).find((u) => u.id === user.id)!.email;

  await api(t)
    .post('/api/v1/activities')
    .set(admin())
    .send({
      kind: 'colleague_helped',
      date: '2025-03-04',
      count: 3,
      note: COR.activityNote,
      ambassadorId: ambassador.id,
    })
    .expect(201);
  const attended = await trainedInPast(t, org, [cor.id, org.employee('E08').id], { title: 'Werken met Teams' });
  const given = await newSession(t, org.token, { title: 'Cor geeft uitleg', trainerIds: [ambassador.id] });

  const round = await newRound(t, org.token, { questions: EVERY_KIND, participantIds: [ambassador.id] });
  await openRound(t, org.token, round.id).expect(200);
  await answer(t, user.token, round.id, [
    { questionId: 'rate', value: 4 },
    { questionId: 'pick', value: 'Groen' },
    { questionId: 'many', value: ['Teams'] },
    { questionId: 'yes', value: true },
    { questionId: 'say', value: COR.textAnswer },
    {
      questionId: 'vend',
      value: { Alfa: { Gemak: 4, Uiterlijk: 3 }, Beta: { Gemak: 2, Uiterlijk: 5 }, Gamma: { Gemak: 1, Uiterlijk: 1 } },
    },
  ]).expect(200);

  const finding = await api(t)
    .post('/api/v1/feedback-items')
    .set(bearer(user.token))
    .send({ title: COR.findingTitle, body: COR.findingBody })
    .expect(201);
  await api(t)
    .patch(`/api/v1/feedback-items/${finding.body.id}`)
    .set(admin())
    .send({ status: 'reviewing' })
    .expect(200);
  await api(t)
    .post('/api/v1/content-items')
    .set(admin())
    .send({ title: 'Roosters en verlof', section: 'Personeel', ownerAmbassadorId: ambassador.id })
    .expect(201);

  // What the mail module would have written for her: one message in the app, one mail.
  const organisationId = org.organisation.id;
  const scope = { db: t.app.db, organisationId };
  await insertNotifications({
    ...scope,
    rows: [
      {
        userId: user.id,
        kind: 'enrolment',
        title: COR.notification,
        body: 'Werken met Teams',
        dedupeKey: `privacy-test-${user.id}`,
      },
    ],
  });
  await insertOutbox({
    ...scope,
    rows: [
      {
        kind: 'enrolment',
        userId: user.id,
        toAddress: userEmail,
        locale: 'nl',
        subject: COR.mailSubject,
        data: { name: COR.name },
        dedupeKey: `privacy-test-${user.id}`,
      },
    ],
  });

  // She has stopped: paused (with a note), then left the organisation.
  await api(t)
    .patch(`/api/v1/ambassadors/${ambassador.id}`)
    .set(admin())
    .send({ status: 'paused', note: COR.statusNote })
    .expect(200);
  await api(t).patch(`/api/v1/employees/${cor.id}`).set(admin()).send({ status: 'left' }).expect(200);

  Object.assign(seeded, {
    employeeId: cor.id,
    ambassadorId: ambassador.id,
    userId: user.id,
    userEmail,
    roundId: round.id,
    attendedSessionId: attended.id,
    trainerSessionId: given.id,
  });
});

describe('GET /employees/:id/personal-data', () => {
  it('gives everything held about her as one JSON document to download', async () => {
    const response = await personalData(seeded.employeeId).expect(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toBe('attachment; filename="personal-data-E03.json"');
    const data = response.body;
    expect(data.employee).toMatchObject({
      id: seeded.employeeId,
      employeeNumber: 'E03',
      name: COR.name,
      email: COR.email,
      department: 'Afdeling Eik',
      jobTitle: 'Verpleegkundige',
      location: 'Locatie Oost',
      digitalSkill: 'low',
      status: 'left',
    });
    expect(data.users).toEqual([
      expect.objectContaining({ id: seeded.userId, email: seeded.userEmail, name: COR.name, role: 'ambassador' }),
    ]);
    expect(data.ambassador).toMatchObject({
      id: seeded.ambassadorId,
      status: 'paused',
      source: 'nominated',
      nominatedBy: { id: org.employee('E04').id, name: 'Dirk Rivier' },
      motivation: COR.motivation,
      notes: COR.notes,
    });
    expect(data.ambassador.roles).toEqual(expect.arrayContaining(['trainer', 'sounding_board']));
    expect(data.ambassador.statusHistory.map((c: { to: string }) => c.to)).toEqual(['active', 'paused']);
    expect(data.ambassador.statusHistory[1].note).toBe(COR.statusNote);
    expect(data.activities).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'colleague_helped', count: 3, note: COR.activityNote })]),
    );
    expect(data.enrolments).toEqual([
      expect.objectContaining({
        sessionId: seeded.attendedSessionId,
        sessionTitle: 'Werken met Teams',
        status: 'attended',
      }),
    ]);
    expect(data.sessionsAsTrainer).toEqual([
      expect.objectContaining({ sessionId: seeded.trainerSessionId, title: 'Cor geeft uitleg' }),
    ]);
    expect(data.feedback).toHaveLength(1);
    expect(data.feedback[0]).toMatchObject({ roundId: seeded.roundId, roundTitle: 'Klankbord' });
    expect(data.feedback[0].respondedAt).not.toBeNull();
    expect(data.feedback[0].answers).toEqual(
      expect.arrayContaining([
        { questionId: 'say', question: 'Wat kan beter?', value: COR.textAnswer },
        { questionId: 'rate', question: 'Hoe tevreden ben je?', value: 4 },
      ]),
    );
    expect(data.findings).toEqual([
      expect.objectContaining({ title: COR.findingTitle, body: COR.findingBody, status: 'reviewing' }),
    ]);
    expect(data.findings[0].history.map((c: { to: string }) => c.to)).toEqual(['new', 'reviewing']);
    expect(data.contentItems).toEqual([expect.objectContaining({ title: 'Roosters en verlof', section: 'Personeel' })]);
    expect(data.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: COR.notification, kind: 'enrolment' })]),
    );
    expect(data.mails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: seeded.userEmail, subject: COR.mailSubject, status: 'queued' }),
      ]),
    );
  });

  it('never includes a password hash or a token', async () => {
    const response = await personalData(seeded.employeeId).expect(200);
    expect(response.text).not.toMatch(/\$argon2|passwordHash|tokenHash|password/i);
  });

  it("answers 404 for another organisation's employee, as for an unknown one", async () => {
    const foreign = await personalData(seeded.employeeId, other.token).expect(404);
    const unknown = await personalData(crypto.randomUUID(), other.token).expect(404);
    expect(foreign.body).toEqual(unknown.body);
    await erase(seeded.employeeId, other.token).expect(404);
  });

  it('refuses HR and ambassadors with 403', async () => {
    for (const token of [people.hr.token, people.anna.token]) {
      expect((await personalData(seeded.employeeId, token)).status).toBe(403);
      expect((await erase(seeded.employeeId, token)).status).toBe(403);
    }
  });

  it('refuses a malformed id with 400', async () => {
    expect((await personalData('not-a-uuid')).status).toBe(400);
  });
});

/** Every row of every text-like column of every table, searched for each trace: what the erasure must leave none of. */
async function leftovers(traces: string[]) {
  const columns = await rows<{ table_schema: string; table_name: string; column_name: string }>(
    t.app.db,
    sql`
    select c.table_schema, c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables tb
      on tb.table_schema = c.table_schema and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
    where c.table_schema not in ('pg_catalog', 'information_schema')
      and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY'))`,
  );
  expect(columns.length).toBeGreaterThan(40);
  const found: string[] = [];
  for (const { table_schema: schema, table_name: table, column_name: column } of columns) {
    const target = sql`${sql.identifier(schema)}.${sql.identifier(table)}`;
    for (const trace of traces) {
      const [hits] = await rows<{ n: number }>(
        t.app.db,
        sql`select count(*)::int as n from ${target} where ${sql.identifier(column)}::text ilike ${`%${trace}%`}`,
      );
      if ((hits?.n ?? 0) > 0) found.push(`${schema}.${table}.${column}: ${trace}`);
    }
  }
  return found;
}

/** The figures that must not move: coverage, training reports, a session's attendance, a round's results. */
async function figures() {
  const get = async (path: string) => (await api(t).get(path).set(admin()).expect(200)).body;
  const session = await get(`/api/v1/training-sessions/${seeded.attendedSessionId}`);
  const results = await get(`${ROUNDS}/${seeded.roundId}/results`);
  return {
    coverage: await get('/api/v1/coverage'),
    training: await get('/api/v1/training/coverage'),
    attended: session.enrolments.filter((e: { status: string }) => e.status === 'attended').length,
    enrolled: session.enrolments.length,
    // Her response still counts, with its scores and choices; only the answer to the text question is gone.
    participation: results.participation,
    answers: results.questions.filter((q: { kind: string }) => q.kind !== 'text'),
    findings: (await get('/api/v1/feedback-items')).total,
  };
}

describe('POST /employees/:id/erase', () => {
  it('refuses an active ambassador with 409 active_ambassador and changes nothing', async () => {
    const anna = org.employee('E01');
    const response = await erase(anna.id).expect(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('active_ambassador');
    const after = await api(t).get(`/api/v1/employees/${anna.id}`).set(admin()).expect(200);
    expect(after.body.name).toBe('Anna Beuk');
  });

  it('anonymises her everywhere: no table, list, export or answer names her afterwards', async () => {
    expect((await leftovers([COR.name, COR.email])).length).toBeGreaterThan(0);
    const before = await figures();

    const response = await erase(seeded.employeeId).expect(200);
    expect(response.body.name).toMatch(/^Verwijderde medewerker [0-9a-f]{8}$/);
    // Activities, notifications and mails are also written by the app itself (the round opened, the training she had).
    const { activityNotes, notifications: inApp, mails, ...exact } = response.body.anonymised;
    expect(exact).toEqual({ users: 1, ambassador: 1, statusNotes: 1, feedbackTextAnswers: 1, findings: 1 });
    for (const n of [activityNotes, inApp, mails]) expect(n).toBeGreaterThanOrEqual(1);

    expect(await leftovers([...TRACES, seeded.userEmail])).toEqual([]);

    const texts = [
      (await api(t).get('/api/v1/employees').query({ limit: 200, status: 'left' }).set(admin()).expect(200)).text,
      (await api(t).get('/api/v1/employees').query({ q: 'Eikenhorst' }).set(admin()).expect(200)).text,
      (await api(t).get('/api/v1/employees/export.csv').set(admin()).expect(200)).text,
      (await api(t).get('/api/v1/reports/coverage.csv').set(admin()).expect(200)).text,
      (await api(t).get(`${ROUNDS}/${seeded.roundId}/results.csv`).set(admin()).expect(200)).text,
      (await api(t).get(`${ROUNDS}/${seeded.roundId}/results`).set(admin()).expect(200)).text,
      (await api(t).get('/api/v1/ambassadors').query({ limit: 200 }).set(admin()).expect(200)).text,
      (await api(t).get('/api/v1/users').query({ limit: 200 }).set(admin()).expect(200)).text,
      (await api(t).get('/api/v1/feedback-items').set(admin()).expect(200)).text,
      (await api(t).get(`/api/v1/training-sessions/${seeded.attendedSessionId}`).set(admin()).expect(200)).text,
      (await personalData(seeded.employeeId).expect(200)).text,
    ];
    for (const text of texts) for (const trace of TRACES) expect(text).not.toContain(trace);

    expect(await figures()).toEqual(before);
    const theirs = await api(t)
      .get(`/api/v1/employees/${other.employee('E03').id}`)
      .set(bearer(other.token));
    expect(theirs.body.name).toBe('Cor Eik');
  });

  it('leaves a record that counts but names no one, and an account that cannot sign in', async () => {
    const data = (await personalData(seeded.employeeId).expect(200)).body;
    expect(data.employee).toMatchObject({
      employeeNumber: `verwijderd-${seeded.employeeId}`,
      email: null,
      jobTitle: null,
      location: null,
      digitalSkill: null,
      status: 'left',
    });
    expect(data.users[0]).toMatchObject({ email: `erased-${seeded.userId}@invalid`, status: 'deactivated' });
    expect(data.ambassador).toMatchObject({ status: 'paused', motivation: null, notes: null });
    expect(data.enrolments).toHaveLength(1);
    expect(data.feedback[0].answers.map((a: { questionId: string }) => a.questionId).sort()).toEqual(
      ['many', 'pick', 'rate', 'vend', 'yes'].sort(),
    );
    expect(data.notifications).toEqual([]);
    expect(data.mails).toEqual([]);
    const login = await api(t).post('/api/v1/auth/login').send({ email: seeded.userEmail, password: PASSWORD });
    expect(login.status).toBe(401);
  });

  it('may be repeated: a second erasure answers 200 and finds nothing left', async () => {
    const response = await erase(seeded.employeeId).expect(200);
    expect(response.body.anonymised).toMatchObject({
      users: 0,
      statusNotes: 0,
      activityNotes: 0,
      feedbackTextAnswers: 0,
      findings: 0,
      notifications: 0,
      mails: 0,
    });
  });

  it('marks an employee who still worked there as left, and a re-import of her number creates her anew', async () => {
    const gijs = org.employee('E07');
    await erase(gijs.id).expect(200);
    const after = await api(t).get(`/api/v1/employees/${gijs.id}`).set(admin()).expect(200);
    expect(after.body).toMatchObject({ status: 'left', employeeNumber: `verwijderd-${gijs.id}` });
    await api(t)
      .post('/api/v1/employees/import')
      .query({ dryRun: false, createMissing: true })
      .set(admin())
      .set('content-type', 'text/csv')
      .send(
        'employee_number,name,department,layer\nE07,Gijs Beuk,Wonen en Zorg/De Linde/Afdeling Beuk,Zorg en behandeling\n',
      )
      .expect(200);
    const found = await api(t).get('/api/v1/employees').query({ q: 'E07', status: 'active' }).set(admin()).expect(200);
    expect(found.body.items).toEqual([expect.objectContaining({ employeeNumber: 'E07', name: 'Gijs Beuk' })]);
    expect(found.body.items[0].id).not.toBe(gijs.id);
  });
});
