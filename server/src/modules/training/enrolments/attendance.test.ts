import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import { trainingGivenOf } from '../../activities/activities.repository.ts';
import {
  api,
  attendance,
  codes,
  enrol,
  enrolmentStatus,
  enrolmentsOf,
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
} from '../training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Aanwezigheid');
const people = usePeople(t, org);
const id = (number: string) => org.employee(number).id;

const trainingGiven = (sessionId: string) =>
  trainingGivenOf({ db: t.app.db, organisationId: org.organisation.id, sessionId });
const dayOf = (iso: string) => DateTime.fromISO(iso).setZone(ZONE).toISODate();

describe('taking attendance of an end-user session', () => {
  let past: Session;
  beforeAll(async () => {
    past = await newSession(t, org.token, { ...slot(-1, 2, 10), trainerIds: [people.anna.id], capacity: 10 });
    for (const number of ['E05', 'E06', 'E07']) await enrol(t, org.token, past.id, id(number)).expect(201);
  });

  it('refuses hr with 403 and another ambassador, who cannot see the past session, with 404; changes nothing', async () => {
    const marks = [{ employeeId: id('E05'), status: 'attended' as const }];
    expect((await attendance(t, people.hr.token, past.id, marks).expect(403)).body.code).toBe('forbidden');
    expect((await attendance(t, people.bram.token, past.id, marks).expect(404)).body.code).toBe('not_found');
    expect(await enrolmentStatus(t, past.id, id('E05'))).toBe('registered');
  });

  it('refuses an employee who is not enrolled with 400 validation_failed', async () => {
    const response = await attendance(t, people.anna.token, past.id, [
      { employeeId: id('E05'), status: 'attended' },
      { employeeId: id('E08'), status: 'attended' },
    ]).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'attendance.1.employeeId' })]);
    expect(await enrolmentStatus(t, past.id, id('E05'))).toBe('registered');
  });

  it('lets the session trainer take it: the session is completed, marks are stored', async () => {
    const response = await attendance(t, people.anna.token, past.id, [
      { employeeId: id('E05'), status: 'attended' },
      { employeeId: id('E06'), status: 'attended' },
      { employeeId: id('E07'), status: 'no_show' },
    ]).expect(200);
    expect(response.body).toMatchObject({ id: past.id, status: 'completed', attendedCount: 2, registeredCount: 3 });
    expect(await enrolmentsOf(t, org.token, past.id)).toEqual([
      [id('E05'), 'attended', null],
      [id('E06'), 'attended', null],
      [id('E07'), 'no_show', null],
    ]);
  });

  it('counts the attendees as trained (attended enrolment of a completed end-user session)', async () => {
    expect(await enrolmentStatus(t, past.id, id('E05'))).toBe('attended');
    expect(await enrolmentStatus(t, past.id, id('E07'))).toBe('no_show');
    const coverage = await api(t).get('/api/v1/training/coverage').set(bearer(org.token)).expect(200);
    expect(coverage.body.totals).toMatchObject({ employees: 8, trained: 2, trainedPct: 25 });
    const ict = coverage.body.departments.find((d: { path: string }) => d.path === 'Ondersteunende diensten / ICT');
    expect(ict).toMatchObject({ employees: 2, trained: 2 });
  });

  it('logs one training_given activity for the trainer, counting the attendees', async () => {
    expect(await trainingGiven(past.id)).toEqual([
      { ambassadorId: people.anna.id, count: 2, occurredOn: dayOf(past.startsAt) },
    ]);
  });

  it('lets the admin correct it later: one activity, updated count', async () => {
    await attendance(t, org.token, past.id, [{ employeeId: id('E07'), status: 'attended' }]).expect(200);
    expect(await trainingGiven(past.id)).toEqual([expect.objectContaining({ ambassadorId: people.anna.id, count: 3 })]);
  });

  it('closes the completed session to new enrolments and cancellations (409 session_closed)', async () => {
    expect((await enrol(t, org.token, past.id, id('E08')).expect(409)).body.code).toBe('session_closed');
    expect((await unenrol(t, org.token, past.id, id('E05')).expect(409)).body.code).toBe('session_closed');
  });

  it('refuses deleting a session with attendance (409 session_has_attendance)', async () => {
    const response = await api(t).delete(`/api/v1/training-sessions/${past.id}`).set(bearer(org.token)).expect(409);
    expect(response.body.code).toBe('session_has_attendance');
  });
});

describe('when attendance cannot be taken', () => {
  it('refuses a session that has not started with 409 session_not_started', async () => {
    const future = await newSession(t, org.token, { ...slot(1, 2, 10), trainerIds: [people.anna.id] });
    await enrol(t, org.token, future.id, id('E03')).expect(201);
    const marks = [{ employeeId: id('E03'), status: 'attended' as const }];
    for (const token of [org.token, people.anna.token])
      expect((await attendance(t, token, future.id, marks).expect(409)).body.code).toBe('session_not_started');
    expect(await enrolmentStatus(t, future.id, id('E03'))).toBe('registered');
  });

  it('refuses a cancelled session with 409 session_closed', async () => {
    const past = await newSession(t, org.token, { ...slot(-1, 3, 10) });
    await enrol(t, org.token, past.id, id('E03')).expect(201);
    await patchSession(t, org.token, past.id, { status: 'cancelled' }).expect(200);
    const response = await attendance(t, org.token, past.id, [{ employeeId: id('E03'), status: 'attended' }]);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('session_closed');
  });

  it('refuses an empty list or an unknown mark with 400', async () => {
    const past = await newSession(t, org.token, { ...slot(-1, 4, 10) });
    await attendance(t, org.token, past.id, []).expect(400);
    await api(t)
      .put(`/api/v1/training-sessions/${past.id}/attendance`)
      .set(bearer(org.token))
      .send({ attendance: [{ employeeId: id('E03'), status: 'late' }] })
      .expect(400);
  });
});

describe('admin taking attendance of a session with two ambassador trainers', () => {
  it('logs training_given for each trainer with the number of attendees', async () => {
    const past = await newSession(t, org.token, { ...slot(-1, 5, 9), trainerIds: [people.anna.id, people.bram.id] });
    for (const number of ['E03', 'E04']) await enrol(t, org.token, past.id, id(number)).expect(201);
    const response = await attendance(t, org.token, past.id, [
      { employeeId: id('E03'), status: 'attended' },
      { employeeId: id('E04'), status: 'no_show' },
    ]).expect(200);
    expect(response.body.status).toBe('completed');
    const rows = await trainingGiven(past.id);
    expect(rows.map((row) => [row.ambassadorId, row.count]).sort()).toEqual(
      [
        [people.anna.id, 1],
        [people.bram.id, 1],
      ].sort(),
    );
  });
});

describe('certifying a trainer in a train-the-trainer session', () => {
  it('certifies an attending ambassador: no trainer_not_certified afterwards, and the trainer role', async () => {
    const cor = await makeAmbassador(t, org, 'E03', { roles: ['digital_buddy'] });
    const before = await newSession(t, org.token, { ...slot(2, 2, 10), trainerIds: [cor.id] });
    expect(codes(before)).toContain('trainer_not_certified');

    const ttt = await newSession(t, org.token, {
      ...slot(-2, 2, 10),
      kind: 'train_the_trainer',
      trainerUserIds: [org.user.id],
    });
    await enrol(t, org.token, ttt.id, id('E03')).expect(201);
    await attendance(t, org.token, ttt.id, [{ employeeId: id('E03'), status: 'attended' }]).expect(200);

    const after = await newSession(t, org.token, { ...slot(2, 3, 10), trainerIds: [cor.id] });
    expect(codes(after)).not.toContain('trainer_not_certified');
    expect(after.trainers).toEqual([expect.objectContaining({ ambassadorId: cor.id, certified: true })]);
    const ambassador = await api(t).get(`/api/v1/ambassadors/${cor.id}`).set(bearer(org.token)).expect(200);
    expect(ambassador.body.roles).toEqual(expect.arrayContaining(['digital_buddy', 'trainer']));
    expect(ambassador.body.roles.filter((role: string) => role === 'trainer')).toHaveLength(1);
    // A train-the-trainer session given by a user logs no ambassador activity.
    expect(await trainingGiven(ttt.id)).toEqual([]);
  });

  it('does not certify a no-show', async () => {
    const dirk = await makeAmbassador(t, org, 'E04');
    const ttt = await newSession(t, org.token, {
      ...slot(-2, 3, 10),
      kind: 'train_the_trainer',
      trainerUserIds: [org.user.id],
    });
    await enrol(t, org.token, ttt.id, id('E04')).expect(201);
    await attendance(t, org.token, ttt.id, [{ employeeId: id('E04'), status: 'no_show' }]).expect(200);
    const session = await newSession(t, org.token, { ...slot(2, 4, 10), trainerIds: [dirk.id] });
    expect(codes(session)).toContain('trainer_not_certified');
    const ambassador = await api(t).get(`/api/v1/ambassadors/${dirk.id}`).set(bearer(org.token)).expect(200);
    expect(ambassador.body.roles).not.toContain('trainer');
  });
});
