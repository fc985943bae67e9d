import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser } from '../../../test/factories.ts';
import {
  api,
  codes,
  createSession,
  enrol,
  getSession,
  linkedUser,
  makeAmbassador,
  newSession,
  patchSession,
  PATHS,
  sessionBody,
  setupOrg,
  slot,
  trainedInPast,
  unenrol,
  useOrg,
  usePeople,
  useTestApp,
  type Session,
} from '../training.fixtures.ts';

const t = useTestApp();

const list = (token: string, query: Record<string, string | number> = {}) =>
  api(t).get('/api/v1/training-sessions').query(query).set(bearer(token));

describe('creating, reading, changing and deleting a session', () => {
  const org = useOrg(t, 'Zorggroep Sessies');
  const other = useOrg(t, 'Zorggroep Anders');
  const people = usePeople(t, org);

  it('creates a session with trainers, audience and counts, and GET shows the same', async () => {
    const when = slot(1, 2, 10);
    const created = await newSession(t, org.token, {
      title: '  Werken met het ECD  ',
      description: 'Basis',
      location: 'Zaal 1',
      wave: 'Golf 1',
      capacity: 12,
      trainerIds: [people.anna.id],
      departmentIds: [org.department(PATHS.beuk)],
      layerIds: [org.layers.get('Zorg en behandeling')!],
      ...when,
    });
    expect(created).toMatchObject({
      id: expect.any(String),
      kind: 'end_user',
      title: 'Werken met het ECD',
      description: 'Basis',
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      location: 'Zaal 1',
      capacity: 12,
      wave: 'Golf 1',
      status: 'planned',
      trainerIds: [people.anna.id],
      trainers: [
        {
          ambassadorId: people.anna.id,
          employeeId: org.employee('E01').id,
          name: 'Anna Beuk',
          departmentId: org.department(PATHS.beuk),
          certified: false,
        },
      ],
      departmentIds: [org.department(PATHS.beuk)],
      departments: [{ id: org.department(PATHS.beuk), name: 'Afdeling Beuk', path: PATHS.beuk }],
      layerIds: [org.layers.get('Zorg en behandeling')],
      registeredCount: 0,
      waitlistedCount: 0,
      attendedCount: 0,
      isTrainer: false,
      myEnrolment: null,
    });
    expect(Array.isArray(created.warnings)).toBe(true);
    const { body } = await getSession(t, org.token, created.id).expect(200);
    const { warnings: _warnings, ...rest } = created;
    expect(body).toEqual({ ...rest, enrolments: [] });
    expect((await getSession(t, people.hr.token, created.id).expect(200)).body.title).toBe('Werken met het ECD');
  });

  it('changes fields with PATCH, raises the sequence, and cancels and reopens by status', async () => {
    const created = await newSession(t, org.token, { ...slot(1, 3, 10) });
    const changed = await patchSession(t, org.token, created.id, { title: 'Nieuw', capacity: 20 }).expect(200);
    expect(changed.body).toMatchObject({ title: 'Nieuw', capacity: 20, status: 'planned' });
    expect(changed.body.sequence).toBeGreaterThan(created.sequence as number);
    expect((await getSession(t, org.token, created.id).expect(200)).body).toMatchObject({ title: 'Nieuw' });
    await patchSession(t, org.token, created.id, { status: 'cancelled' }).expect(200);
    expect((await getSession(t, org.token, created.id).expect(200)).body.status).toBe('cancelled');
    await patchSession(t, org.token, created.id, { status: 'planned' }).expect(200);
    expect((await getSession(t, org.token, created.id).expect(200)).body.status).toBe('planned');
  });

  it('deletes a session with 204; afterwards it is 404', async () => {
    const created = await newSession(t, org.token, { ...slot(1, 4, 10) });
    await api(t).delete(`/api/v1/training-sessions/${created.id}`).set(bearer(org.token)).expect(204);
    expect((await getSession(t, org.token, created.id).expect(404)).body.code).toBe('not_found');
    await api(t).delete(`/api/v1/training-sessions/${created.id}`).set(bearer(org.token)).expect(404);
  });

  it('refuses endsAt before or at startsAt with 400 validation_failed on endsAt', async () => {
    const { startsAt } = slot(1, 2, 14);
    for (const endsAt of [slot(1, 2, 13).startsAt, startsAt]) {
      const response = await createSession(t, org.token, { startsAt, endsAt }).expect(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'endsAt' })]);
    }
    const created = await newSession(t, org.token, { ...slot(1, 5, 10) });
    const response = await patchSession(t, org.token, created.id, { endsAt: slot(1, 5, 9).startsAt }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'endsAt' })]);
  });

  it('refuses unknown trainers and departments (also of another organisation) with field errors', async () => {
    const foreign = await makeAmbassador(t, other, 'E01');
    const response = await createSession(t, org.token, {
      trainerIds: [people.anna.id, randomUUID(), foreign.id],
      departmentIds: [randomUUID()],
      trainerUserIds: [other.user.id],
      layerIds: [other.layers.get('Zorg en behandeling')!],
    }).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual([
      { field: 'trainerIds.1', code: 'not_found', message: expect.any(String) },
      { field: 'trainerIds.2', code: 'not_found', message: expect.any(String) },
      { field: 'trainerUserIds.0', code: 'not_found', message: expect.any(String) },
      { field: 'departmentIds.0', code: 'not_found', message: expect.any(String) },
      { field: 'layerIds.0', code: 'not_found', message: expect.any(String) },
    ]);
  });

  it('refuses an unknown property, a missing title or a capacity of 0 with 400, and stores nothing', async () => {
    const before = (await list(org.token).expect(200)).body.total;
    for (const body of [{ room: 'Zaal 2' }, { title: '' }, { capacity: 0 }, { kind: 'webinar' }]) {
      const response = await createSession(t, org.token, body).expect(400);
      expect(response.body.code).toBe('validation_failed');
    }
    const created = await newSession(t, org.token, { ...slot(1, 1, 8) });
    expect((await patchSession(t, org.token, created.id, { room: 'x' }).expect(400)).body.code).toBe(
      'validation_failed',
    );
    expect((await list(org.token).expect(200)).body.total).toBe(before + 1);
  });

  it('lets only admins create, change or delete sessions', async () => {
    const created = await newSession(t, org.token, { ...slot(1, 1, 14) });
    for (const token of [people.hr.token, people.bram.token]) {
      expect((await createSession(t, token).expect(403)).body.code).toBe('forbidden');
      await patchSession(t, token, created.id, { title: 'x' }).expect(403);
      await api(t).delete(`/api/v1/training-sessions/${created.id}`).set(bearer(token)).expect(403);
    }
    await api(t).get('/api/v1/training-sessions').expect(401);
  });
});

describe('warnings', () => {
  const org = useOrg(t, 'Zorggroep Waarschuwingen');
  let anna: { id: string };
  beforeAll(async () => {
    anna = await makeAmbassador(t, org, 'E01');
  });

  it('has no warnings for a weekday session in working hours without trainers or audience', async () => {
    expect(codes(await newSession(t, org.token, { ...slot(1, 2, 10) }))).toEqual([]);
  });

  it('warns outside_working_hours for a Saturday morning and a weekday 19:00 session (Europe/Amsterdam)', async () => {
    expect(codes(await newSession(t, org.token, { ...slot(1, 6, 10) }))).toEqual(['outside_working_hours']);
    expect(codes(await newSession(t, org.token, { ...slot(1, 3, 19) }))).toEqual(['outside_working_hours']);
    // 16:30–18:00 ends exactly at the end of the working day.
    expect(codes(await newSession(t, org.token, { ...slot(1, 4, 16, 30) }))).toEqual([]);
  });

  it('warns in_the_past for a planned session that has already ended', async () => {
    expect(codes(await newSession(t, org.token, { ...slot(-1, 2, 10) }))).toEqual(['in_the_past']);
  });

  it('warns trainer_not_certified for an end-user session given by an uncertified ambassador only', async () => {
    const endUser = await newSession(t, org.token, { ...slot(2, 2, 10), trainerIds: [anna.id] });
    expect(codes(endUser)).toEqual(['trainer_not_certified']);
    expect(endUser.warnings![0]!.message).toContain('Anna Beuk');
    const ttt = await newSession(t, org.token, { ...slot(2, 3, 10), kind: 'train_the_trainer', trainerIds: [anna.id] });
    expect(codes(ttt)).toEqual([]);
  });

  it('warns audience_already_trained when every active employee of the audience is trained', async () => {
    await trainedInPast(t, org, [org.employee('E05').id, org.employee('E06').id]);
    const ict = await newSession(t, org.token, { ...slot(3, 2, 10), departmentIds: [org.department(PATHS.ict)] });
    expect(codes(ict)).toEqual(['audience_already_trained']);
    const linde = await newSession(t, org.token, { ...slot(3, 3, 10), departmentIds: [org.department(PATHS.linde)] });
    expect(codes(linde)).toEqual([]);
    const patched = await patchSession(t, org.token, linde.id, { departmentIds: [org.department(PATHS.ict)] });
    expect(patched.status).toBe(200);
    expect(codes(patched.body)).toEqual(['audience_already_trained']);
  });
});

describe('listing sessions', () => {
  const org = useOrg(t, 'Zorggroep Lijst');
  let anna: { id: string };
  let cor: { id: string };
  const s: Record<string, Session> = {};
  const ids = async (token: string, query: Record<string, string | number> = {}) => {
    const response = await list(token, query);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body.items as Session[]).map((item) => Object.keys(s).find((key) => s[key]!.id === item.id));
  };
  beforeAll(async () => {
    anna = await makeAmbassador(t, org, 'E01');
    cor = await makeAmbassador(t, org, 'E03');
    s.beukWoz = await newSession(t, org.token, {
      ...slot(1, 2, 10),
      trainerIds: [anna.id],
      departmentIds: [org.department(PATHS.woz)],
      wave: 'Golf 1',
      capacity: 2,
    });
    s.ttt = await newSession(t, org.token, {
      ...slot(2, 2, 10),
      kind: 'train_the_trainer',
      trainerUserIds: [org.user.id],
      departmentIds: [org.department(PATHS.beuk)],
      wave: 'Golf 2',
    });
    s.ict = await newSession(t, org.token, {
      ...slot(3, 3, 10),
      trainerIds: [cor.id],
      departmentIds: [org.department(PATHS.ict)],
      wave: 'Golf 1',
    });
    s.early = await newSession(t, org.token, { ...slot(1, 1, 9), trainerIds: [cor.id] });
    await patchSession(t, org.token, s.ict.id, { status: 'cancelled' }).expect(200);
    for (const number of ['E04', 'E05', 'E06'])
      await enrol(t, org.token, s.beukWoz.id, org.employee(number).id).expect(201);
  });

  it('lists every session sorted by startsAt, with total and paging', async () => {
    expect(await ids(org.token)).toEqual(['early', 'beukWoz', 'ttt', 'ict']);
    const page = await list(org.token, { limit: 2 }).expect(200);
    expect(page.body).toMatchObject({ total: 4, nextCursor: expect.any(String) });
    expect(await ids(org.token, { limit: 2, offset: 2 })).toEqual(['ttt', 'ict']);
    expect(await ids(org.token, { limit: 2, cursor: page.body.nextCursor })).toEqual(['ttt', 'ict']);
    expect((await list(org.token, { limit: 2, offset: 2 }).expect(200)).body.nextCursor).toBeNull();
  });

  it('shows registeredCount and waitlistedCount in the list', async () => {
    const { body } = await list(org.token).expect(200);
    const item = body.items.find((i: Session) => i.id === s.beukWoz!.id);
    expect(item).toMatchObject({ registeredCount: 2, waitlistedCount: 1, capacity: 2 });
    expect(body.items.find((i: Session) => i.id === s.ttt!.id)).toMatchObject({
      registeredCount: 0,
      waitlistedCount: 0,
    });
  });

  it('filters by from and to (overlapping the window)', async () => {
    const week2 = slot(2, 1, 0).startsAt;
    expect(await ids(org.token, { from: week2 })).toEqual(['ttt', 'ict']);
    expect(await ids(org.token, { to: week2 })).toEqual(['early', 'beukWoz']);
    expect(await ids(org.token, { from: week2, to: slot(3, 1, 0).startsAt })).toEqual(['ttt']);
    // A window that starts in the middle of a session still finds it.
    expect(await ids(org.token, { from: slot(1, 2, 11).startsAt, to: slot(1, 2, 12).startsAt })).toEqual(['beukWoz']);
  });

  it('filters by kind, status, trainer and wave', async () => {
    expect(await ids(org.token, { kind: 'train_the_trainer' })).toEqual(['ttt']);
    expect(await ids(org.token, { kind: 'end_user' })).toEqual(['early', 'beukWoz', 'ict']);
    expect(await ids(org.token, { status: 'cancelled' })).toEqual(['ict']);
    expect(await ids(org.token, { status: 'planned' })).toEqual(['early', 'beukWoz', 'ttt']);
    expect(await ids(org.token, { trainerId: anna.id })).toEqual(['beukWoz']);
    expect(await ids(org.token, { trainerId: cor.id })).toEqual(['early', 'ict']);
    expect(await ids(org.token, { trainerId: randomUUID() })).toEqual([]);
    expect(await ids(org.token, { trainerUserId: org.user.id })).toEqual(['ttt']);
    expect(await ids(org.token, { wave: 'Golf 1' })).toEqual(['beukWoz', 'ict']);
    expect(await ids(org.token, { wave: 'Golf 2', kind: 'train_the_trainer' })).toEqual(['ttt']);
  });

  it('filters by department: a session for a parent department matches a child department', async () => {
    expect(await ids(org.token, { departmentId: org.department(PATHS.beuk) })).toEqual(['beukWoz', 'ttt']);
    expect(await ids(org.token, { departmentId: org.department(PATHS.rivier) })).toEqual(['beukWoz']);
    expect(await ids(org.token, { departmentId: org.department(PATHS.woz) })).toEqual(['beukWoz']);
    expect(await ids(org.token, { departmentId: org.department(PATHS.ict) })).toEqual(['ict']);
  });

  it('refuses a bad filter with 400', async () => {
    const queries: Record<string, string | number>[] = [
      { kind: 'webinar' },
      { trainerId: 'abc' },
      { from: 'gisteren' },
      { limit: 201 },
    ];
    for (const query of queries) {
      expect((await list(org.token, query).expect(400)).body.code).toBe('validation_failed');
    }
    await list(org.token, { limit: 200 }).expect(200);
  });

  it('shows an ambassador her own sessions and the open ones, hr everything', async () => {
    const corUser = (await linkedUser(t, org, 'E03')).token;
    const bram = (await linkedUser(t, org, 'E02')).token;
    expect(await ids(corUser)).toEqual(['early', 'beukWoz', 'ttt', 'ict']);
    expect(await ids(bram)).toEqual(['early', 'beukWoz', 'ttt']);
    expect(await ids(corUser, { mine: 'true' })).toEqual(['early', 'ict']);
    const hr = (await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' })).token;
    expect(await ids(hr)).toEqual(['early', 'beukWoz', 'ttt', 'ict']);
  });

  it('keeps another organisation out of the list', async () => {
    const other = await setupOrg(t, 'Zorggroep Lijst Elders');
    await newSession(t, other.token, sessionBody());
    expect((await list(other.token).expect(200)).body.total).toBe(1);
    expect((await list(org.token).expect(200)).body.total).toBe(4);
  });
});

describe('opening one session as an ambassador', () => {
  const org = useOrg(t, 'Zorggroep Inzage');
  const people = usePeople(t, org);
  const s: Record<string, Session> = {};
  const ics = (token: string, id: string) => api(t).get(`/api/v1/training-sessions/${id}.ics`).set(bearer(token));
  beforeAll(async () => {
    const anna = org.employee('E01').id;
    s.gives = await newSession(t, org.token, { ...slot(1, 2, 10), trainerIds: [people.anna.id] });
    s.open = await newSession(t, org.token, { ...slot(1, 3, 10) });
    s.attended = await trainedInPast(t, org, [anna], { weekday: 1 });
    s.completed = await trainedInPast(t, org, [org.employee('E04').id], { weekday: 3 });
    s.over = await newSession(t, org.token, { ...slot(-1, 4, 10) });
    s.cancelled = await newSession(t, org.token, { ...slot(1, 4, 10) });
    await patchSession(t, org.token, s.cancelled.id, { status: 'cancelled' }).expect(200);
    s.givesCancelled = await newSession(t, org.token, { ...slot(1, 5, 10), trainerIds: [people.anna.id] });
    await patchSession(t, org.token, s.givesCancelled.id, { status: 'cancelled' }).expect(200);
    s.leftOver = await newSession(t, org.token, { ...slot(-1, 5, 10) });
    await enrol(t, org.token, s.leftOver.id, anna).expect(201);
    await unenrol(t, org.token, s.leftOver.id, anna).expect(200);
  });
  const names = (ids: Iterable<string>) => [...ids].map((id) => Object.keys(s).find((key) => s[key]!.id === id)).sort();

  it('opens by id and as iCalendar exactly the sessions her list shows; any other answers 404 as a missing one', async () => {
    const missing = randomUUID();
    for (const member of [people.anna, people.bram]) {
      const listed = new Set(((await list(member.token).expect(200)).body.items as Session[]).map((item) => item.id));
      const notFound = (await getSession(t, member.token, missing).expect(404)).body;
      const icsNotFound = (await ics(member.token, missing).expect(404)).body;
      const opened = new Set<string>();
      for (const [name, session] of Object.entries(s)) {
        const byId = await getSession(t, member.token, session.id);
        const download = await ics(member.token, session.id);
        if (byId.status === 200) opened.add(session.id);
        if (listed.has(session.id)) {
          expect(byId.status, name).toBe(200);
          expect(download.status, name).toBe(200);
          expect(download.text).toContain(session.id);
        } else {
          expect(byId.status, name).toBe(404);
          expect(byId.body).toEqual(notFound);
          expect(download.status, name).toBe(404);
          expect(download.body).toEqual(icsNotFound);
        }
      }
      expect(names(opened)).toEqual(names(listed));
    }
    expect(names((await list(people.anna.token).expect(200)).body.items.map((i: Session) => i.id))).toEqual(
      ['attended', 'gives', 'givesCancelled', 'open'].sort(),
    );
    expect(names((await list(people.bram.token).expect(200)).body.items.map((i: Session) => i.id))).toEqual(
      ['gives', 'open'].sort(),
    );
  });

  it('opens every session for admins and hr', async () => {
    for (const token of [org.token, people.hr.token])
      for (const [name, session] of Object.entries(s)) {
        expect((await getSession(t, token, session.id)).status, name).toBe(200);
        expect((await ics(token, session.id)).status, name).toBe(200);
      }
  });
});
