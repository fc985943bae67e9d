import { describe, expect, it } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import {
  api,
  enrol,
  enrolmentsOf,
  newSession,
  PATHS,
  slot,
  trainedInPast,
  useOrg,
  usePeople,
  useTestApp,
} from '../training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Vooraf', { extra: 4 });
const people = usePeople(t, org);
const id = (number: string) => org.employee(number).id;

describe('enrolling a whole department, asked first', () => {
  const bulk = (token: string, sessionId: string, body: object) =>
    api(t).post(`/api/v1/training-sessions/${sessionId}/enrolments/bulk`).set(bearer(token)).send(body);

  it('says with dryRun=true who would get a place and who the waitlist, and writes nothing', async () => {
    const session = await newSession(t, org.token, { ...slot(4, 2, 10), capacity: 1, trainerIds: [people.anna.id] });
    const linde = { departmentId: org.department(PATHS.linde) };
    const preview = await api(t)
      .post(`/api/v1/training-sessions/${session.id}/enrolments/bulk`)
      .query({ dryRun: true })
      .set(bearer(org.token))
      .send(linde)
      .expect(200);
    expect(preview.body).toMatchObject({ freePlaces: 1, registered: 1 });
    expect(preview.body.waitlisted).toBeGreaterThan(0);
    expect(await enrolmentsOf(t, org.token, session.id)).toEqual([]);
    const done = await bulk(org.token, session.id, linde).expect(200);
    expect(done.body).toEqual(preview.body);
  });
});

describe('enrolling one colleague who is already trained', () => {
  it('says alreadyTrained, also in a dry run that writes nothing', async () => {
    await trainedInPast(t, org, [id('E02')], { weekday: 5, hour: 8 });
    const session = await newSession(t, org.token, { ...slot(5, 2, 10), capacity: 1 });
    const preview = await api(t)
      .post(`/api/v1/training-sessions/${session.id}/enrolments`)
      .query({ dryRun: true })
      .set(bearer(org.token))
      .send({ employeeId: id('E02') })
      .expect(200);
    expect(preview.body).toEqual({ employeeId: id('E02'), status: 'registered', position: null, alreadyTrained: true });
    expect(await enrolmentsOf(t, org.token, session.id)).toEqual([]);
    expect((await enrol(t, org.token, session.id, id('E02')).expect(201)).body.alreadyTrained).toBe(true);
    const untrained = await api(t)
      .post(`/api/v1/training-sessions/${session.id}/enrolments`)
      .query({ dryRun: true })
      .set(bearer(org.token))
      .send({ employeeId: id('E06') })
      .expect(200);
    expect(untrained.body).toEqual({ employeeId: id('E06'), status: 'waitlisted', position: 1 });
  });
});
