import { describe, expect, it } from 'vitest';
import {
  api,
  createSession,
  getSession,
  newSession,
  patchSession,
  slot,
  useOrg,
  useTestApp,
} from '../training.fixtures.ts';
import { bearer } from '../../../test/factories.ts';

const t = useTestApp();

const count = async (token: string) =>
  (await api(t).get('/api/v1/training-sessions').set(bearer(token)).expect(200)).body.total as number;

describe('a session that starts in the past', () => {
  const org = useOrg(t, 'Zorggroep Verleden');

  it('is refused with 422 session_in_past on startsAt unless recordsPast says it already happened', async () => {
    const before = await count(org.token);
    const response = await createSession(t, org.token, { ...slot(-1, 2, 10), recordsPast: false }).expect(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('session_in_past');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'startsAt', code: 'session_in_past' })]);
    expect(await count(org.token)).toBe(before);

    const recorded = await newSession(t, org.token, { ...slot(-1, 2, 10), recordsPast: true });
    expect(recorded.startsAt).toBe(slot(-1, 2, 10).startsAt);
    expect(await count(org.token)).toBe(before + 1);
  });

  it('refuses moving a planned session into the past, but lets a past session keep its other edits', async () => {
    const planned = await newSession(t, org.token, { ...slot(1, 3, 10) });
    const moved = await patchSession(t, org.token, planned.id, { ...slot(-1, 3, 10), recordsPast: false }).expect(422);
    expect(moved.body.code).toBe('session_in_past');
    expect((await getSession(t, org.token, planned.id).expect(200)).body.startsAt).toBe(planned.startsAt);
    await patchSession(t, org.token, planned.id, { ...slot(-1, 3, 10), recordsPast: true }).expect(200);

    // The form sends the unchanged start along with a new title: that is not a move.
    const past = await newSession(t, org.token, { ...slot(-2, 3, 10), recordsPast: true });
    const renamed = await patchSession(t, org.token, past.id, { title: 'Nieuwe naam', startsAt: past.startsAt });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });
});

describe('a client that does not say whether it records a past session', () => {
  const org = useOrg(t, 'Zorggroep Zonder Vlag');

  it('gets the contract’s behaviour: the session is saved, with the in_the_past warning', async () => {
    const response = await api(t)
      .post('/api/v1/training-sessions')
      .set(bearer(org.token))
      .send({ kind: 'end_user', title: 'Achteraf vastgelegd', capacity: 10, ...slot(-1, 2, 10) });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'in_the_past' })]));
  });
});

describe('text longer than its limit', () => {
  const org = useOrg(t, 'Zorggroep Lengte');

  it('is refused with 400 on the field and never cut short', async () => {
    const before = await count(org.token);
    const response = await createSession(t, org.token, { title: 'T'.repeat(510) }).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('validation_failed');
    expect(JSON.stringify(response.body.errors)).toContain('title');
    expect(await count(org.token)).toBe(before);

    const created = await newSession(t, org.token, { title: 'T'.repeat(200) });
    expect(created.title).toHaveLength(200);
    const patched = await patchSession(t, org.token, created.id, { title: 'U'.repeat(201) }).expect(400);
    expect(patched.body.code).toBe('validation_failed');
    expect((await getSession(t, org.token, created.id).expect(200)).body.title).toBe('T'.repeat(200));
    await createSession(t, org.token, { location: 'L'.repeat(201) }).expect(400);
    await createSession(t, org.token, { description: 'D'.repeat(4001) }).expect(400);
  });
});
