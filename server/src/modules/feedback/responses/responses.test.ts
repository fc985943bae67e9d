import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../../db/rows.ts';
import { bearer, createUser } from '../../../test/factories.ts';
import { dayIn } from '../../../lib/days.ts';
import {
  answer,
  api,
  closeRound,
  EVERY_KIND,
  members,
  newRound,
  openRound,
  ROUNDS,
  useOrg,
  useTestApp,
  type Member,
} from '../feedback.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Antwoorden');
const other = useOrg(t, 'Zorggroep Elders');
const people: Record<string, Member> = {};

const GOOD = [
  { questionId: 'rate', value: 4 },
  { questionId: 'pick', value: 'Groen' },
  { questionId: 'many', value: ['Teams', 'Agenda'] },
  { questionId: 'yes', value: true },
  { questionId: 'say', value: '  Meer uitleg  ' },
  {
    questionId: 'vend',
    value: { Alfa: { Gemak: 5, Uiterlijk: 4 }, Beta: { Gemak: 2, Uiterlijk: 3 }, Gamma: { Gemak: 1, Uiterlijk: 1 } },
  },
];

const without = (questionId: string) => GOOD.filter((a) => a.questionId !== questionId);
const withValue = (questionId: string, value: unknown) =>
  GOOD.map((a) => (a.questionId === questionId ? { questionId, value } : a));

let roundId = '';

describe('a participant answers', () => {
  it('sets up an open round with a question of every kind', async () => {
    Object.assign(people, await members(t, org, ['E01', 'E02', 'E03']));
    const round = await newRound(t, org.token, {
      questions: EVERY_KIND,
      participantIds: [people.E01!.id, people.E02!.id],
    });
    roundId = round.id;
    const early = await answer(t, people.E01!.token, roundId, GOOD).expect(409);
    expect(early.body.code).toBe('round_not_open');
    expect((await api(t).get(`${ROUNDS}/${roundId}/response`).set(bearer(people.E01!.token))).body.code).toBe(
      'round_not_open',
    );
    await openRound(t, org.token, roundId).expect(200);
  });

  it('starts with no answers', async () => {
    const mine = (await api(t).get(`${ROUNDS}/${roundId}/response`).set(bearer(people.E01!.token)).expect(200)).body;
    expect(mine).toEqual({ roundId, answers: [], respondedAt: null, updatedAt: null });
  });

  it.each([
    ['rate', 0],
    ['rate', 6],
    ['rate', 3.5],
    ['rate', 'vier'],
    ['pick', 'Paars'],
    ['pick', ['Rood']],
    ['many', []],
    ['many', ['Teams', 'Fax']],
    ['many', 'Teams'],
    ['yes', 'ja'],
    ['yes', 1],
    ['say', '   '],
    ['say', true],
    ['vend', { Alfa: { Gemak: 5, Uiterlijk: 4 }, Beta: { Gemak: 2, Uiterlijk: 3 } }],
    ['vend', { Alfa: { Gemak: 5 }, Beta: { Gemak: 2, Uiterlijk: 3 }, Gamma: { Gemak: 1, Uiterlijk: 1 } }],
    ['vend', { Alfa: { Gemak: 6, Uiterlijk: 4 }, Beta: { Gemak: 2, Uiterlijk: 3 }, Gamma: { Gemak: 1, Uiterlijk: 1 } }],
    [
      'vend',
      {
        Alfa: { Gemak: 5, Uiterlijk: 4, Prijs: 3 },
        Beta: { Gemak: 2, Uiterlijk: 3 },
        Gamma: { Gemak: 1, Uiterlijk: 1 },
      },
    ],
    ['vend', 4],
  ])('refuses %s = %j with a field error on its value', async (questionId, value) => {
    const answers = withValue(questionId, value);
    const index = answers.findIndex((a) => a.questionId === questionId);
    const response = await answer(t, people.E01!.token, roundId, answers).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(`answers.${index}.value`);
  });

  it('refuses unknown and repeated questions, and a required question left out', async () => {
    let response = await answer(t, people.E01!.token, roundId, [...GOOD, { questionId: 'nope', value: 1 }]).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'answers.6.questionId', code: 'unknown_question' }),
    ]);
    response = await answer(t, people.E01!.token, roundId, [...GOOD, { questionId: 'rate', value: 1 }]).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'answers.6.questionId', code: 'duplicate' }),
    ]);
    response = await answer(t, people.E01!.token, roundId, without('rate')).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'answers', code: 'required' })]);
    expect(response.body.errors[0].message).toContain('rate');
    const mine = (await api(t).get(`${ROUNDS}/${roundId}/response`).set(bearer(people.E01!.token)).expect(200)).body;
    expect(mine.answers).toEqual([]);
  });

  it('stores her answers, marks her responded and logs feedback_given once', async () => {
    const first = (await answer(t, people.E01!.token, roundId, without('say')).expect(200)).body;
    expect(first.answers).toEqual(without('say'));
    expect(first.respondedAt).not.toBeNull();
    const second = (await answer(t, people.E01!.token, roundId, withValue('rate', 2)).expect(200)).body;
    expect(second.respondedAt).toBe(first.respondedAt);
    expect(second.answers.find((a: { questionId: string }) => a.questionId === 'say').value).toBe('Meer uitleg');
    expect(second.answers.find((a: { questionId: string }) => a.questionId === 'rate').value).toBe(2);
    // Read straight from the table: no route lists activities yet.
    const logged = await rows<{ kind: string; occurredOn: string; count: number }>(
      t.app.db,
      sql`select kind, occurred_on::text as "occurredOn", count from activities
        where round_id = ${roundId} and ambassador_id = ${people.E01!.id}`,
    );
    expect(logged).toEqual([{ kind: 'feedback_given', occurredOn: dayIn('Europe/Amsterdam'), count: 1 }]);
    const detail = (await api(t).get(`${ROUNDS}/${roundId}`).set(bearer(org.token)).expect(200)).body;
    expect(detail.respondedCount).toBe(1);
    expect(detail.hasResponses).toBe(true);
  });

  it('refuses an ambassador who does not take part with 403', async () => {
    const response = await answer(t, people.E03!.token, roundId, GOOD).expect(403);
    expect(response.body.code).toBe('not_a_participant');
    await api(t).get(`${ROUNDS}/${roundId}/response`).set(bearer(people.E03!.token)).expect(403);
  });

  it('lists every answer of a round that is not anonymous, to admins only', async () => {
    const all = (await api(t).get(`${ROUNDS}/${roundId}/responses`).set(bearer(org.token)).expect(200)).body;
    expect(all.items).toHaveLength(1);
    expect(all.items[0]).toMatchObject({ ambassadorId: people.E01!.id, name: 'Anna Beuk' });
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api(t).get(`${ROUNDS}/${roundId}/responses`).set(bearer(hr.token)).expect(403);
    const anonymous = await newRound(t, org.token, { anonymous: true });
    const response = await api(t).get(`${ROUNDS}/${anonymous.id}/responses`).set(bearer(org.token)).expect(403);
    expect(response.body.code).toBe('round_anonymous');
  });

  it('refuses answers after the round closed, and still shows her own', async () => {
    await closeRound(t, org.token, roundId).expect(200);
    const response = await answer(t, people.E02!.token, roundId, GOOD).expect(409);
    expect(response.body.code).toBe('round_closed');
    const mine = (await api(t).get(`${ROUNDS}/${roundId}/response`).set(bearer(people.E01!.token)).expect(200)).body;
    expect(mine.answers).toHaveLength(6);
  });

  it("answers 404 for another organisation's round", async () => {
    const [stranger] = Object.values(await members(t, other, ['E01']));
    const theirs = await answer(t, stranger!.token, roundId, GOOD).expect(404);
    const none = await answer(t, stranger!.token, crypto.randomUUID(), GOOD).expect(404);
    expect(theirs.body).toEqual(none.body);
    await api(t).get(`${ROUNDS}/${roundId}/response`).set(bearer(stranger!.token)).expect(404);
  });
});
