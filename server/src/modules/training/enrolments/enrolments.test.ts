import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import {
  api,
  enrol,
  enrolmentsOf,
  enrolmentRows,
  getSession,
  newSession,
  patchSession,
  PATHS,
  setupOrg,
  slot,
  trainedInPast,
  unenrol,
  useOrg,
  usePeople,
  useTestApp,
} from '../training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Inschrijving', { extra: 4 });
const people = usePeople(t, org);
const id = (number: string) => org.employee(number).id;

describe('places and the waitlist', () => {
  let sessionId: string;
  beforeAll(async () => {
    sessionId = (await newSession(t, org.token, { ...slot(1, 2, 10), capacity: 2, trainerIds: [people.anna.id] })).id;
  });

  it('registers until the session is full, then waitlists with positions 1, 2, …', async () => {
    const results = [];
    for (const number of ['E03', 'E04', 'E05', 'E06'])
      results.push((await enrol(t, org.token, sessionId, id(number)).expect(201)).body);
    expect(results).toEqual([
      { employeeId: id('E03'), status: 'registered', position: null },
      { employeeId: id('E04'), status: 'registered', position: null },
      { employeeId: id('E05'), status: 'waitlisted', position: 1 },
      { employeeId: id('E06'), status: 'waitlisted', position: 2 },
    ]);
    expect(await enrolmentsOf(t, org.token, sessionId)).toEqual([
      [id('E03'), 'registered', null],
      [id('E04'), 'registered', null],
      [id('E05'), 'waitlisted', 1],
      [id('E06'), 'waitlisted', 2],
    ]);
    const { body } = await getSession(t, org.token, sessionId).expect(200);
    expect(body).toMatchObject({ registeredCount: 2, waitlistedCount: 2 });
  });

  it('refuses a second enrolment of the same employee with 409 already_enrolled', async () => {
    for (const number of ['E03', 'E05'])
      expect((await enrol(t, org.token, sessionId, id(number)).expect(409)).body.code).toBe('already_enrolled');
    expect(await enrolmentRows(t, sessionId)).toHaveLength(4);
  });

  it('promotes the first waitlisted when a registered place is cancelled, and the waitlist moves up', async () => {
    const response = await unenrol(t, org.token, sessionId, id('E03')).expect(200);
    expect(response.body).toEqual({ employeeId: id('E03'), promotedEmployeeId: id('E05') });
    expect(await enrolmentsOf(t, org.token, sessionId)).toEqual([
      [id('E03'), 'cancelled', null],
      [id('E04'), 'registered', null],
      [id('E05'), 'registered', null],
      [id('E06'), 'waitlisted', 1],
    ]);
    expect((await getSession(t, org.token, sessionId).expect(200)).body).toMatchObject({
      registeredCount: 2,
      waitlistedCount: 1,
    });
  });

  it('promotes nobody when a waitlisted enrolment is cancelled; a cancelled one cannot be cancelled again', async () => {
    expect((await unenrol(t, org.token, sessionId, id('E06')).expect(200)).body).toEqual({
      employeeId: id('E06'),
      promotedEmployeeId: null,
    });
    await unenrol(t, org.token, sessionId, id('E06')).expect(404);
    await unenrol(t, org.token, sessionId, id('E07')).expect(404);
  });

  it('takes a cancelled employee back, at the end of the queue', async () => {
    expect((await enrol(t, org.token, sessionId, id('E03')).expect(201)).body).toEqual({
      employeeId: id('E03'),
      status: 'waitlisted',
      position: 1,
    });
  });

  it('refuses an unknown employee or one of another organisation with 400 on employeeId', async () => {
    const other = await setupOrg(t, 'Zorggroep Inschrijving Elders');
    for (const employeeId of [randomUUID(), other.employee('E03').id]) {
      const response = await enrol(t, org.token, sessionId, employeeId).expect(400);
      expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'employeeId' }] });
    }
  });
});

describe('who may be enrolled where', () => {
  it('refuses an employee already in an overlapping session with 409 enrolment_overlap', async () => {
    const first = await newSession(t, org.token, { title: 'Ochtend', ...slot(2, 2, 10), capacity: 1 });
    const overlapping = await newSession(t, org.token, { ...slot(2, 2, 11), location: 'Zaal 3' });
    const touching = await newSession(t, org.token, { ...slot(2, 2, 11, 30), location: 'Zaal 4' });
    await enrol(t, org.token, first.id, id('E04')).expect(201);
    await enrol(t, org.token, first.id, id('E05')).expect(201); // waitlisted still holds the time
    for (const number of ['E04', 'E05']) {
      const response = await enrol(t, org.token, overlapping.id, id(number)).expect(409);
      expect(response.body.code).toBe('enrolment_overlap');
      expect(response.body.detail).toContain('Ochtend');
    }
    await enrol(t, org.token, touching.id, id('E04')).expect(201);
    await unenrol(t, org.token, first.id, id('E05')).expect(200);
    await enrol(t, org.token, overlapping.id, id('E05')).expect(201);
  });

  it('does not count an enrolment in a cancelled session as overlapping', async () => {
    const cancelled = await newSession(t, org.token, { ...slot(2, 3, 10) });
    await enrol(t, org.token, cancelled.id, id('E06')).expect(201);
    await patchSession(t, org.token, cancelled.id, { status: 'cancelled' }).expect(200);
    const other = await newSession(t, org.token, { ...slot(2, 3, 10), location: 'Zaal 6' });
    await enrol(t, org.token, other.id, id('E06')).expect(201);
  });

  it('takes only ambassadors in a train-the-trainer session (409 not_an_ambassador)', async () => {
    const ttt = await newSession(t, org.token, { ...slot(2, 4, 10), kind: 'train_the_trainer' });
    expect((await enrol(t, org.token, ttt.id, id('E07')).expect(409)).body.code).toBe('not_an_ambassador');
    expect((await enrol(t, org.token, ttt.id, id('E02')).expect(201)).body.status).toBe('registered');
  });

  it('refuses enrolments in a cancelled session with 409 session_closed', async () => {
    const session = await newSession(t, org.token, { ...slot(2, 5, 10) });
    await enrol(t, org.token, session.id, id('E07')).expect(201);
    await patchSession(t, org.token, session.id, { status: 'cancelled' }).expect(200);
    expect((await enrol(t, org.token, session.id, id('E08')).expect(409)).body.code).toBe('session_closed');
    expect((await unenrol(t, org.token, session.id, id('E07')).expect(409)).body.code).toBe('session_closed');
  });

  it('refuses an employee who has left with 409 employee_left', async () => {
    const session = await newSession(t, org.token, { ...slot(2, 1, 10) });
    const leaver = org.extra[3]!.id;
    await api(t).patch(`/api/v1/employees/${leaver}`).set(bearer(org.token)).send({ status: 'left' }).expect(200);
    expect((await enrol(t, org.token, session.id, leaver).expect(409)).body.code).toBe('employee_left');
  });
});

describe('enrolling a whole department', () => {
  const bulk = (token: string, sessionId: string, body: object) =>
    api(t).post(`/api/v1/training-sessions/${sessionId}/enrolments/bulk`).set(bearer(token)).send(body);

  it('enrols the untrained active employees of the department and its sub-departments, with counts', async () => {
    await trainedInPast(t, org, [id('E08')]);
    const session = await newSession(t, org.token, { ...slot(3, 2, 10), capacity: 3, trainerIds: [people.anna.id] });
    await enrol(t, org.token, session.id, id('E03')).expect(201);
    // De Linde has no employees of its own: Beuk (E01, E02, E07) and Eik (E03 enrolled, E08 trained) below it.
    const response = await bulk(people.anna.token, session.id, { departmentId: org.department(PATHS.linde) }).expect(
      200,
    );
    expect(response.body).toEqual({ registered: 2, waitlisted: 1, skipped: 2, freePlaces: 2 });
    const rows = await enrolmentsOf(t, org.token, session.id);
    expect(rows.map(([employeeId, status]) => [employeeId, status])).toEqual(
      expect.arrayContaining([
        [id('E03'), 'registered'],
        [id('E01'), 'registered'],
        [id('E02'), 'registered'],
        [id('E07'), 'waitlisted'],
      ]),
    );
    expect(rows).toHaveLength(4);
    expect(rows.find(([employeeId]) => employeeId === id('E08'))).toBeUndefined();
    // A second run finds nobody new.
    expect((await bulk(org.token, session.id, { departmentId: org.department(PATHS.linde) }).expect(200)).body).toEqual(
      { registered: 0, waitlisted: 0, skipped: 5, freePlaces: 0 },
    );
  });

  it('enrols the department only with includeSubdepartments=false, and skips the busy', async () => {
    const session = await newSession(t, org.token, { ...slot(3, 3, 10), capacity: 10 });
    const own = { departmentId: org.department(PATHS.linde), includeSubdepartments: false };
    expect((await bulk(org.token, session.id, own).expect(200)).body).toEqual({
      registered: 0,
      waitlisted: 0,
      skipped: 0,
      freePlaces: 10,
    });
    const busy = await newSession(t, org.token, { ...slot(3, 3, 10), location: 'Elders' });
    await enrol(t, org.token, busy.id, id('E05')).expect(201);
    const ict = { departmentId: org.department(PATHS.ict), includeSubdepartments: false };
    expect((await bulk(org.token, session.id, ict).expect(200)).body).toEqual({
      registered: 1,
      waitlisted: 0,
      skipped: 1,
      freePlaces: 10,
    });
  });

  it('refuses an unknown department with 400, and other ambassadors or hr with 403', async () => {
    const session = await newSession(t, org.token, { ...slot(3, 4, 10), trainerIds: [people.anna.id] });
    expect((await bulk(org.token, session.id, { departmentId: randomUUID() }).expect(400)).body.code).toBe(
      'validation_failed',
    );
    for (const token of [people.bram.token, people.hr.token])
      await bulk(token, session.id, { departmentId: org.department(PATHS.ict) }).expect(403);
  });
});

describe('who sees and runs the enrolments', () => {
  let sessionId: string;
  beforeAll(async () => {
    sessionId = (await newSession(t, org.token, { ...slot(4, 2, 10), trainerIds: [people.anna.id] })).id;
    await enrol(t, org.token, sessionId, id('E03')).expect(201);
  });

  it('shows the enrolments to the admin and to the session trainer', async () => {
    for (const token of [org.token, people.anna.token]) {
      const { body } = await getSession(t, token, sessionId).expect(200);
      expect(body.enrolments).toEqual([
        expect.objectContaining({ employeeId: id('E03'), name: 'Cor Eik', status: 'registered', position: null }),
      ]);
    }
    expect((await getSession(t, people.anna.token, sessionId).expect(200)).body.isTrainer).toBe(true);
  });

  it('hides the enrolments (no enrolments key) from hr and from other ambassadors', async () => {
    for (const token of [people.hr.token, people.bram.token]) {
      const { body } = await getSession(t, token, sessionId).expect(200);
      expect(body).not.toHaveProperty('enrolments');
      expect(body).toMatchObject({ registeredCount: 1, isTrainer: false });
    }
  });

  it('lets the trainer enrol and cancel, and refuses other ambassadors and hr with 403', async () => {
    expect((await enrol(t, people.anna.token, sessionId, id('E04')).expect(201)).body.status).toBe('registered');
    for (const token of [people.bram.token, people.hr.token]) {
      expect((await enrol(t, token, sessionId, id('E05')).expect(403)).body.code).toBe('forbidden');
      await unenrol(t, token, sessionId, id('E04')).expect(403);
    }
    await unenrol(t, people.anna.token, sessionId, id('E04')).expect(200);
    expect((await getSession(t, org.token, sessionId).expect(200)).body.registeredCount).toBe(1);
  });

  it('shows an enrolled ambassador her own enrolment as myEnrolment', async () => {
    await enrol(t, org.token, sessionId, id('E02')).expect(201);
    expect((await getSession(t, people.bram.token, sessionId).expect(200)).body.myEnrolment).toBe('registered');
  });
});
