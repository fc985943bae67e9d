import { beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import {
  api,
  createSession,
  makeAmbassador,
  newSession,
  patchSession,
  slot,
  useOrg,
  useTestApp,
  type Session,
} from '../training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Rooster');
let anna: { id: string };
let cor: { id: string };
beforeAll(async () => {
  anna = await makeAmbassador(t, org, 'E01');
  cor = await makeAmbassador(t, org, 'E03');
});

const total = async () =>
  (await api(t).get('/api/v1/training-sessions').set(bearer(org.token)).expect(200)).body.total as number;

/** Each test books its own day (week 1–4, weekday), so tests cannot clash with each other. */
describe('schedule conflicts when creating a session', () => {
  let booked: Session;
  beforeAll(async () => {
    booked = await newSession(t, org.token, {
      title: 'Basis ECD',
      ...slot(1, 2, 10),
      trainerIds: [anna.id],
      location: 'Zaal 1',
    });
  });

  it('refuses the same ambassador trainer at an overlapping time with 409 schedule_conflict', async () => {
    const before = await total();
    const response = await createSession(t, org.token, {
      ...slot(1, 2, 11),
      trainerIds: [anna.id],
      location: 'Zaal 9',
    }).expect(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 409, code: 'schedule_conflict' });
    expect(response.body.conflicts).toEqual([
      {
        sessionId: booked.id,
        title: 'Basis ECD',
        startsAt: booked.startsAt,
        endsAt: booked.endsAt,
        reason: 'trainer',
        subject: 'Anna Beuk',
      },
    ]);
    expect(response.body.session).toEqual({ id: booked.id, title: 'Basis ECD' });
    expect(await total()).toBe(before);
  });

  it('refuses the same location (other case and spaces) with reason location', async () => {
    const response = await createSession(t, org.token, {
      ...slot(1, 2, 9, 30),
      trainerIds: [cor.id],
      location: '  zaal 1 ',
    }).expect(409);
    expect(response.body.code).toBe('schedule_conflict');
    expect(response.body.conflicts).toEqual([expect.objectContaining({ sessionId: booked.id, reason: 'location' })]);
    expect(response.body.conflicts[0].subject).toBe('Zaal 1');
    expect(response.body.session.id).toBe(booked.id);
  });

  it('names both reasons when trainer and location clash', async () => {
    const response = await createSession(t, org.token, {
      ...slot(1, 2, 10, 15, 30),
      trainerIds: [anna.id],
      location: 'ZAAL 1',
    }).expect(409);
    expect(response.body.conflicts.map((c: { reason: string }) => c.reason).sort()).toEqual(['location', 'trainer']);
    expect(new Set(response.body.conflicts.map((c: { sessionId: string }) => c.sessionId))).toEqual(
      new Set([booked.id]),
    );
  });

  it('lets touching sessions (one ends when the next starts) through, before and after', async () => {
    await newSession(t, org.token, { ...slot(1, 2, 11, 30, 60), trainerIds: [anna.id], location: 'Zaal 1' });
    await newSession(t, org.token, { ...slot(1, 2, 9, 0, 60), trainerIds: [anna.id], location: 'Zaal 1' });
  });

  it('lets another trainer in another room through at the same time', async () => {
    await newSession(t, org.token, { ...slot(1, 2, 10), trainerIds: [cor.id], location: 'Zaal 2' });
  });

  it('saves a clashing session with ?force=true (201)', async () => {
    const before = await total();
    const forced = await createSession(t, org.token, { ...slot(1, 2, 10), trainerIds: [anna.id] }, true).expect(201);
    expect(forced.body.trainerIds).toEqual([anna.id]);
    expect(await total()).toBe(before + 1);
    await createSession(t, org.token, { ...slot(1, 2, 10), trainerIds: [anna.id] }, false).expect(409);
  });

  it('does not count a cancelled session as booked', async () => {
    const cancelled = await newSession(t, org.token, { ...slot(2, 3, 10), trainerIds: [anna.id], location: 'Aula' });
    await patchSession(t, org.token, cancelled.id, { status: 'cancelled' }).expect(200);
    await newSession(t, org.token, { ...slot(2, 3, 10), trainerIds: [anna.id], location: 'Aula' });
    // Reopening the cancelled one now clashes with the new one.
    const reopen = await patchSession(t, org.token, cancelled.id, { status: 'planned' }).expect(409);
    expect(reopen.body.code).toBe('schedule_conflict');
    await patchSession(t, org.token, cancelled.id, { status: 'planned' }, true).expect(200);
  });

  it('refuses the same trainer user (communication team) twice at once', async () => {
    const first = await newSession(t, org.token, {
      ...slot(2, 4, 10),
      kind: 'train_the_trainer',
      trainerUserIds: [org.user.id],
    });
    const response = await createSession(t, org.token, {
      ...slot(2, 4, 11),
      kind: 'train_the_trainer',
      trainerUserIds: [org.user.id],
    }).expect(409);
    expect(response.body.conflicts).toEqual([
      expect.objectContaining({ sessionId: first.id, reason: 'trainer', subject: org.user.name }),
    ]);
  });
});

describe('schedule conflicts when changing a session', () => {
  let fixed: Session;
  let moving: Session;
  beforeAll(async () => {
    fixed = await newSession(t, org.token, { title: 'Vast', ...slot(3, 2, 10), trainerIds: [anna.id] });
    moving = await newSession(t, org.token, { title: 'Verplaatst', ...slot(3, 2, 14), trainerIds: [anna.id] });
  });

  it('does not clash with itself when only its own time changes', async () => {
    const response = await patchSession(t, org.token, moving.id, slot(3, 2, 14, 30)).expect(200);
    expect(response.body.startsAt).toBe(slot(3, 2, 14, 30).startsAt);
  });

  it('refuses moving a session onto a booked trainer with 409, and keeps it where it was', async () => {
    const response = await patchSession(t, org.token, moving.id, slot(3, 2, 10, 30)).expect(409);
    expect(response.body.code).toBe('schedule_conflict');
    expect(response.body.conflicts[0]).toMatchObject({ sessionId: fixed.id, reason: 'trainer' });
    expect(response.body.session).toEqual({ id: fixed.id, title: 'Vast' });
    const { body } = await api(t).get(`/api/v1/training-sessions/${moving.id}`).set(bearer(org.token)).expect(200);
    expect(body.startsAt).toBe(slot(3, 2, 14, 30).startsAt);
  });

  it('refuses adding a booked trainer or location to a session at the same time', async () => {
    const other = await newSession(t, org.token, { ...slot(3, 2, 10), trainerIds: [cor.id] });
    await patchSession(t, org.token, fixed.id, { location: 'Zaal 5' }).expect(200);
    const byTrainer = await patchSession(t, org.token, other.id, { trainerIds: [cor.id, anna.id] }).expect(409);
    expect(byTrainer.body.conflicts[0]).toMatchObject({ sessionId: fixed.id, reason: 'trainer' });
    const byLocation = await patchSession(t, org.token, other.id, { location: 'zaal 5' }).expect(409);
    expect(byLocation.body.conflicts[0]).toMatchObject({ sessionId: fixed.id, reason: 'location' });
  });

  it('moves it anyway with ?force=true (200)', async () => {
    const response = await patchSession(t, org.token, moving.id, slot(3, 2, 10, 30), true).expect(200);
    expect(response.body.startsAt).toBe(slot(3, 2, 10, 30).startsAt);
  });

  it('lets the description of a forced, clashing session change without force', async () => {
    // `moving` now overlaps `fixed` (forced above). Editing something other than time, trainers or location
    // books nothing new, so it should not need force again (the contract's 409 is for a trainer or location
    // "already booked at an overlapping time" by this change).
    await patchSession(t, org.token, moving.id, { description: 'Neem je laptop mee' }).expect(200);
  });

  it('lets a forced, clashing session be cancelled without force', async () => {
    await patchSession(t, org.token, moving.id, { status: 'cancelled' }).expect(200);
  });
});
