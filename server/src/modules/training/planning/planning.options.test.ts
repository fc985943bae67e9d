import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@ambassador/shared';
import { bearer, signupOrganisation } from '../../../test/factories.ts';
import {
  api,
  enrol,
  PATHS,
  getSession,
  makeAmbassador,
  newSession,
  useOrg,
  useTestApp,
  ZONE,
} from '../training.fixtures.ts';

/** POST /training/plan with digital help and rooms, why people are left out, and applying such a plan. */

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Golfhulp');

/** Monday to Friday of the week after next, in the organisation's time zone. */
function week() {
  const monday = DateTime.now().setZone(ZONE).plus({ weeks: 2 }).startOf('week');
  return { monday, from: monday.toISODate()!, to: monday.plus({ days: 4 }).toISODate()! };
}

const body = (extra: object = {}) => ({
  from: week().from,
  to: week().to,
  sessionMinutes: 60,
  capacity: 10,
  weekdays: [1, 2, 3, 4, 5],
  startTime: '09:00',
  ...extra,
});

const propose = (token: string, extra: object = {}) =>
  api(t).post('/api/v1/training/plan').set(bearer(token)).send(body(extra));

const createRoom = async (token: string, room: object) =>
  (await api(t).post('/api/v1/rooms').set(bearer(token)).send(room).expect(201)).body as { id: string; name: string };

/** What the apply endpoint takes of a proposed session: all of it but whether the trainer is of the department. */
const toApply = ({ trainerFromDepartment, ...session }: Plan['sessions'][number]) => {
  void trainerFromDepartment;
  return session;
};

describe('a wave plan with digital help and rooms', () => {
  let zaal: { id: string; name: string };
  let kamer: { id: string; name: string };
  let buddy: { id: string };
  let existing: { id: string; startsAt: string; endsAt: string };
  let plan: Plan;

  it('is proposed: low-skill colleagues together with a digital buddy, each session in a free room that holds it', async () => {
    // Cor (E03) and Hanna (E08) of Afdeling Eik both have low digital skill; Bram (E02) is a digital buddy.
    await api(t)
      .patch(`/api/v1/employees/${org.employee('E08').id}`)
      .set(bearer(org.token))
      .send({ digitalSkill: 'low' })
      .expect(200);
    buddy = await makeAmbassador(t, org, 'E02', { roles: ['digital_buddy'] });
    zaal = await createRoom(org.token, { name: 'Zaal 1', capacity: 10 });
    kamer = await createRoom(org.token, { name: 'Kamer 2', capacity: 2 });
    // Zaal 1 is taken on Monday morning, and Fleur (E06) already holds a place there.
    const monday = week().monday.set({ hour: 9 });
    existing = await newSession(t, org.token, {
      title: 'Bestaande training',
      location: 'zaal 1',
      startsAt: monday.toUTC().toISO()!,
      endsAt: monday.plus({ minutes: 90 }).toUTC().toISO()!,
    });
    await enrol(t, org.token, existing.id, org.employee('E06').id).expect(201);

    const response = await propose(org.token, {
      roomIds: [zaal.id, kamer.id],
      digitalHelp: { enabled: true, capacity: 3 },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    plan = response.body;

    const helped = plan.sessions.filter((session) => session.digitalHelp);
    expect(helped).toHaveLength(1);
    expect(new Set(helped[0]!.employeeIds)).toEqual(new Set([org.employee('E03').id, org.employee('E08').id]));
    expect(helped[0]!.buddyId).toBe(buddy.id);
    expect(helped[0]!.trainerIds).toContain(buddy.id);
    expect(helped[0]!.title).toMatch(/digitale hulp/);
    expect(helped[0]!.capacity).toBe(2); // three places for digital help, but Kamer 2 holds two
    expect(plan.sessions.filter((session) => !session.digitalHelp).every((s) => s.buddyId === null)).toBe(true);

    const capacity = new Map([
      [zaal.id, 10],
      [kamer.id, 2],
    ]);
    for (const session of plan.sessions) {
      expect(capacity.has(session.roomId!)).toBe(true);
      expect(session.location).toBe(session.roomId === zaal.id ? 'Zaal 1' : 'Kamer 2');
      expect(session.employeeIds.length).toBeLessThanOrEqual(capacity.get(session.roomId!)!);
      if (session.roomId === zaal.id)
        expect(session.startsAt >= existing.endsAt || session.endsAt <= existing.startsAt, 'Zaal 1 is booked').toBe(
          true,
        );
    }
    // The buddy is never in two sessions at once (she is also a participant of Afdeling Beuk's session).
    const buddySessions = plan.sessions.filter(
      (session) => session.trainerIds.includes(buddy.id) || session.employeeIds.includes(org.employee('E02').id),
    );
    expect(buddySessions.length).toBe(2);
    expect(new Set(buddySessions.map((session) => session.startsAt)).size).toBe(2);
  });

  it('says why someone is left out, one by one and counted by reason', () => {
    expect(plan.unplanned).toEqual([
      {
        employeeId: org.employee('E06').id,
        name: org.employee('E06').name,
        departmentId: org.employee('E06').departmentId,
        reason: 'already_scheduled',
        sessionId: existing.id,
      },
    ]);
    expect(plan.summary.unplannedByReason).toEqual({ already_scheduled: 1, no_trainer: 0, no_room: 0, no_slot: 0 });
  });

  it('is applied with the buddy as trainer and the room as location', async () => {
    const response = await api(t)
      .post('/api/v1/training/plan/apply')
      .set(bearer(org.token))
      .send({ sessions: plan.sessions.map(toApply) });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const helped = plan.sessions.find((session) => session.digitalHelp)!;
    const created = (response.body.items as { id: string; title: string; location: string | null }[]).find(
      (item) => item.title === helped.title,
    )!;
    const detail = (await getSession(t, org.token, created.id).expect(200)).body;
    expect(detail.location).toBe(helped.location);
    expect(detail.trainers.map((trainer: { ambassadorId: string }) => trainer.ambassadorId)).toContain(buddy.id);
  });

  it('leaves people without a free room out with no_room', async () => {
    // Everyone is planned now; a new colleague needs a room, and the only one chosen is taken all week.
    const full = await createRoom(org.token, { name: 'Bezet' });
    const { monday } = week();
    await newSession(t, org.token, {
      title: 'De hele week',
      location: 'Bezet',
      startsAt: monday.toUTC().toISO()!,
      endsAt: monday.plus({ hours: 23 }).toUTC().toISO()!,
    });
    for (let day = 1; day < 5; day++)
      await newSession(t, org.token, {
        title: `Dag ${day}`,
        location: 'Bezet',
        startsAt: monday.plus({ days: day }).toUTC().toISO()!,
        endsAt: monday.plus({ days: day, hours: 23 }).toUTC().toISO()!,
      });
    const employee = await api(t)
      .post('/api/v1/employees')
      .set(bearer(org.token))
      .send({
        employeeNumber: 'N01',
        name: 'Nieuwe Collega',
        departmentId: org.department(PATHS.ict),
        layerId: org.layers.get('Ondersteuning'),
      })
      .expect(201);
    const response = await propose(org.token, { roomIds: [full.id] }).expect(200);
    expect(response.body.sessions).toEqual([]);
    expect(response.body.unplanned.find((u: { employeeId: string }) => u.employeeId === employee.body.id).reason).toBe(
      'no_room',
    );
    expect(response.body.summary.unplannedByReason.no_room).toBe(1);
  });
});

describe('bad input and access', () => {
  it('refuses a room of another organisation or an inactive room with 400 and the field', async () => {
    const other = await signupOrganisation(t.app, 'Zorggroep Anders');
    const theirs = await createRoom(other.token, { name: 'Hun zaal' });
    const inactive = await createRoom(org.token, { name: 'Oude zaal', active: false });
    const response = await propose(org.token, { roomIds: [theirs.id, inactive.id] }).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'roomIds.0', code: 'not_found' }),
      expect.objectContaining({ field: 'roomIds.1', code: 'inactive' }),
    ]);
    const apply = await api(t)
      .post('/api/v1/training/plan/apply')
      .set(bearer(org.token))
      .send({
        sessions: [
          {
            title: 'Training',
            ...{
              startsAt: week().monday.set({ hour: 14 }).toUTC().toISO(),
              endsAt: week().monday.set({ hour: 15 }).toUTC().toISO(),
            },
            trainerIds: [],
            departmentIds: [],
            employeeIds: [org.employee('E01').id],
            roomId: theirs.id,
          },
        ],
      })
      .expect(400);
    expect(apply.body.errors).toEqual([expect.objectContaining({ field: 'sessions.0.roomId', code: 'not_found' })]);
    // A reviewed plan is applied later: a room deactivated since, or one too small for the session, is refused too.
    const small = await createRoom(org.token, { name: 'Spreekkamer', capacity: 4 });
    const inRoom = (roomId: string, capacity: number, employee: string) => ({
      title: 'Training',
      startsAt: week().monday.set({ hour: 14 }).toUTC().toISO(),
      endsAt: week().monday.set({ hour: 15 }).toUTC().toISO(),
      trainerIds: [],
      departmentIds: [],
      employeeIds: [org.employee(employee).id],
      capacity,
      roomId,
    });
    const refused = await api(t)
      .post('/api/v1/training/plan/apply')
      .set(bearer(org.token))
      .send({ sessions: [inRoom(inactive.id, 4, 'E01'), inRoom(small.id, 5, 'E02')] })
      .expect(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'sessions.0.roomId', code: 'inactive' }),
      expect.objectContaining({ field: 'sessions.1.roomId', code: 'over_room_capacity' }),
    ]);
    const buddy = await api(t)
      .post('/api/v1/training/plan/apply')
      .set(bearer(org.token))
      .send({
        sessions: [
          {
            title: 'Training',
            startsAt: week().monday.set({ hour: 14 }).toUTC().toISO(),
            endsAt: week().monday.set({ hour: 15 }).toUTC().toISO(),
            trainerIds: [],
            departmentIds: [],
            employeeIds: [org.employee('E01').id],
            digitalHelp: true,
            buddyId: theirs.id,
          },
        ],
      })
      .expect(400);
    expect(buddy.body.errors).toEqual([
      expect.objectContaining({ field: 'sessions.0.buddyId', code: 'not_a_trainer' }),
    ]);
  });

  it('bounds the digital-help capacity and refuses unknown members with 400', async () => {
    for (const digitalHelp of [
      { enabled: true, capacity: 1 },
      { enabled: true, capacity: 101 },
      { enabled: 'yes' },
      { enabled: true, extra: 1 },
    ]) {
      const response = await propose(org.token, { digitalHelp });
      expect(response.status, JSON.stringify(digitalHelp)).toBe(400);
      expect(response.body.code).toBeTruthy();
    }
    expect((await propose(org.token, { roomIds: ['not-a-uuid'] })).status).toBe(400);
  });

  it('plans no digital-help sessions unless asked', async () => {
    const response = await propose(org.token).expect(200);
    expect(
      response.body.sessions.every(
        (s: { digitalHelp: boolean; buddyId: string | null }) => !s.digitalHelp && s.buddyId === null,
      ),
    ).toBe(true);
  });
});
