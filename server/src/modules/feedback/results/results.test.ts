import { describe, expect, it } from 'vitest';
import { bearer, createUser } from '../../../test/factories.ts';
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
const org = useOrg(t, 'Zorggroep Resultaten', { extra: 4 });
const people: Record<string, Member> = {};
const NUMBERS = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'M001', 'M002', 'M003', 'M004'];
const SILENT = new Set(['E06', 'M004']);

type Answer = { questionId: string; value: unknown };
type Group = { responses: number; mean?: number; distribution?: Record<string, number>; suppressed?: boolean };

/** Deterministic answers per participant, different enough to give every figure something to count. */
function answersOf(i: number): Answer[] {
  const options = ['Alfa', 'Beta', 'Gamma'];
  const apps = ['Teams', 'Mail', 'Agenda'];
  return [
    { questionId: 'rate', value: ((i * 3) % 5) + 1 },
    { questionId: 'pick', value: ['Rood', 'Groen', 'Blauw'][i % 3] },
    { questionId: 'many', value: apps.filter((_, k) => (i + k) % 2 === 0) },
    { questionId: 'yes', value: i % 3 !== 0 },
    ...(i % 4 === 0 ? [] : [{ questionId: 'say', value: `Idee ${String.fromCharCode(90 - i)}` }]),
    {
      questionId: 'vend',
      value: Object.fromEntries(
        options.map((option, k) => [option, { Gemak: ((i + k) % 5) + 1, Uiterlijk: ((i * 2 + k) % 5) + 1 }]),
      ),
    },
  ];
}

/** The same figures, computed here from the raw answers with plain loops: not by the server's function. */
function expected(
  submitted: { layerId: string; departmentId: string; answers: Answer[] }[],
  kind: string,
  questionId: string,
  pick: (s: { layerId: string; departmentId: string }) => string,
) {
  const groups = new Map<string, unknown[]>();
  for (const s of submitted)
    for (const a of s.answers)
      if (a.questionId === questionId) {
        const key = pick(s);
        groups.set(key, [...(groups.get(key) ?? []), a.value]);
      }
  const figures = (values: unknown[]) => {
    const result: { responses: number; mean?: number; distribution?: Record<string, number> } = {
      responses: values.length,
    };
    if (kind === 'rating') {
      let sum = 0;
      const distribution: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      for (const v of values) {
        sum += v as number;
        distribution[String(v)]! += 1;
      }
      if (values.length > 0) result.mean = sum / values.length;
      result.distribution = distribution;
    }
    if (kind === 'choice' || kind === 'multi_choice') {
      const question = EVERY_KIND.find((q) => q.id === questionId) as { options: readonly string[] };
      const distribution: Record<string, number> = {};
      for (const o of question.options) distribution[o] = 0;
      for (const v of values) for (const o of [v].flat() as string[]) distribution[o]! += 1;
      result.distribution = distribution;
    }
    if (kind === 'yes_no') {
      result.distribution = {
        true: values.filter((v) => v === true).length,
        false: values.filter((v) => v === false).length,
      };
    }
    return result;
  };
  return { groups, figures };
}

function compare(actual: Group, wanted: { responses: number; mean?: number; distribution?: Record<string, number> }) {
  expect(actual.responses).toBe(wanted.responses);
  expect(actual.suppressed).toBeUndefined();
  if (wanted.mean === undefined) expect(actual.mean).toBeUndefined();
  else expect(actual.mean).toBeCloseTo(wanted.mean, 10);
  expect(actual.distribution).toEqual(wanted.distribution);
}

describe('round results', () => {
  const submitted: { number: string; layerId: string; departmentId: string; answers: Answer[] }[] = [];
  let roundId = '';

  it('collects answers from twelve participants over four layers and six departments', async () => {
    Object.assign(people, await members(t, org, NUMBERS));
    const round = await newRound(t, org.token, {
      questions: EVERY_KIND,
      participantIds: NUMBERS.map((n) => people[n]!.id),
    });
    roundId = round.id;
    await openRound(t, org.token, roundId).expect(200);
    for (const [i, number] of NUMBERS.entries()) {
      if (SILENT.has(number)) continue;
      const answers = answersOf(i);
      await answer(t, people[number]!.token, roundId, answers).expect(200);
      const employee = org.employee(number);
      submitted.push({ number, layerId: employee.layerId, departmentId: employee.departmentId, answers });
    }
  });

  it('counts participation overall, by layer and by department, and names the unheard layers', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const results = (await api(t).get(`${ROUNDS}/${roundId}/results`).set(bearer(hr.token)).expect(200)).body;
    expect(results).toMatchObject({ roundId, status: 'open', anonymous: false, minGroupSize: 3 });
    expect(results.participation.invited).toBe(12);
    expect(results.participation.responded).toBe(10);
    const byLayer: Record<string, { invited: number; responded: number }> = {};
    const byDepartment: Record<string, { invited: number; responded: number }> = {};
    for (const number of NUMBERS) {
      const { layerId, departmentId } = org.employee(number);
      byLayer[layerId] ??= { invited: 0, responded: 0 };
      byDepartment[departmentId] ??= { invited: 0, responded: 0 };
      byLayer[layerId].invited += 1;
      byDepartment[departmentId].invited += 1;
      if (!SILENT.has(number)) {
        byLayer[layerId].responded += 1;
        byDepartment[departmentId].responded += 1;
      }
    }
    expect(
      Object.fromEntries(
        results.participation.byLayer.map((l: { layerId: string; invited: number; responded: number }) => [
          l.layerId,
          { invited: l.invited, responded: l.responded },
        ]),
      ),
    ).toEqual(byLayer);
    expect(
      Object.fromEntries(
        results.participation.byDepartment.map((d: { departmentId: string; invited: number; responded: number }) => [
          d.departmentId,
          { invited: d.invited, responded: d.responded },
        ]),
      ),
    ).toEqual(byDepartment);
    // Layers in rank order.
    const ranks = [...org.layers.values()];
    const order = results.participation.byLayer.map((l: { layerId: string }) => ranks.indexOf(l.layerId));
    expect(order).toEqual([...order].sort((a: number, b: number) => a - b));
    // Management has only Fleur (E06), who did not answer; Bestuur en directie has no employees at all.
    expect(results.participation.unheardLayerIds).toEqual([org.layers.get('Management')]);
  });

  it('computes means, distributions and breakdowns of every question from the raw answers', async () => {
    const results = (await api(t).get(`${ROUNDS}/${roundId}/results`).set(bearer(org.token)).expect(200)).body;
    for (const question of EVERY_KIND) {
      const result = results.questions.find((q: { questionId: string }) => q.questionId === question.id);
      expect(result.kind).toBe(question.kind);
      const overall = expected(submitted, question.kind, question.id, () => 'all');
      compare(result, overall.figures(overall.groups.get('all') ?? []));
      for (const [pick, list, key] of [
        [(s: { layerId: string }) => s.layerId, result.byLayer, 'layerId'],
        [(s: { departmentId: string }) => s.departmentId, result.byDepartment, 'departmentId'],
      ] as const) {
        const { groups, figures } = expected(submitted, question.kind, question.id, pick);
        for (const group of list) compare(group, figures(groups.get(group[key]) ?? []));
        // Every group with a participant, also one whose participants all stayed silent.
        const withParticipants = new Set(NUMBERS.map((n) => pick(org.employee(n))));
        expect(new Set(list.map((g: Record<string, string>) => g[key]))).toEqual(withParticipants);
      }
    }
  });

  it('sorts the texts and ties them to nobody', async () => {
    const results = (await api(t).get(`${ROUNDS}/${roundId}/results`).set(bearer(org.token)).expect(200)).body;
    const say = results.questions.find((q: { questionId: string }) => q.questionId === 'say');
    const texts = submitted.flatMap((s) =>
      s.answers.filter((a) => a.questionId === 'say').map((a) => a.value as string),
    );
    expect(say.texts).toEqual([...texts].sort());
    expect(say.responses).toBe(texts.length);
    expect(say.mean).toBeUndefined();
    expect(say.distribution).toBeUndefined();
  });

  it('ranks the options of a score_options question by their mean over every criterion score', async () => {
    const results = (await api(t).get(`${ROUNDS}/${roundId}/results`).set(bearer(org.token)).expect(200)).body;
    const vend = results.questions.find((q: { questionId: string }) => q.questionId === 'vend');
    expect(vend.mean).toBeUndefined();
    const options = ['Alfa', 'Beta', 'Gamma'];
    const criteria = ['Gemak', 'Uiterlijk'];
    const sheet = (s: (typeof submitted)[number]) =>
      s.answers.find((a) => a.questionId === 'vend')!.value as Record<string, Record<string, number>>;
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const wanted = options
      .map((option, index) => ({
        index,
        option,
        mean: avg(submitted.flatMap((s) => criteria.map((c) => sheet(s)[option]![c]!))),
        criteria: Object.fromEntries(criteria.map((c) => [c, avg(submitted.map((s) => sheet(s)[option]![c]!))])),
        byLayer: Object.fromEntries(
          [...new Set(submitted.map((s) => s.layerId))].map((layerId) => [
            layerId,
            avg(
              submitted.filter((s) => s.layerId === layerId).flatMap((s) => criteria.map((c) => sheet(s)[option]![c]!)),
            ),
          ]),
        ),
      }))
      .sort((a, b) => b.mean - a.mean || a.index - b.index);
    expect(vend.ranking.map((r: { option: string }) => r.option)).toEqual(wanted.map((w) => w.option));
    for (const [i, w] of wanted.entries()) {
      const got = vend.ranking[i];
      expect(got.mean).toBeCloseTo(w.mean, 10);
      for (const c of criteria) expect(got.criteria[c]).toBeCloseTo(w.criteria[c]!, 10);
      expect(Object.keys(Object.fromEntries(got.byLayer.map((l: { layerId: string }) => [l.layerId, 1])))).toEqual(
        expect.arrayContaining(Object.keys(w.byLayer)),
      );
      expect(got.byLayer).toHaveLength(Object.keys(w.byLayer).length);
      for (const l of got.byLayer) expect(l.mean).toBeCloseTo(w.byLayer[l.layerId]!, 10);
    }
    // Groups of a score_options question count answers only.
    for (const group of vend.byLayer) expect(Object.keys(group).sort()).toEqual(['layerId', 'responses']);
  });

  it('exports the same figures as CSV for Excel', async () => {
    const response = await api(t).get(`${ROUNDS}/${roundId}/results.csv`).set(bearer(org.token)).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const text = response.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]!.split(';')[0]).toBe('Vraag');
    expect(lines).toContain('Deelname;;Totaal;;12;10;;;;');
    const rate = (await api(t).get(`${ROUNDS}/${roundId}/results`).set(bearer(org.token))).body.questions[0];
    expect(lines).toContain(
      `${EVERY_KIND[0].text};rating;Totaal;;;${rate.responses};${String(rate.mean).replace('.', ',')};;;`,
    );
    expect(text).toContain('Idee');
  });
});

describe('an anonymous round', () => {
  let roundId = '';
  const numbers = ['E01', 'E07', 'E02', 'E03', 'E08', 'M001', 'M002', 'M003'];

  it('suppresses every breakdown group with fewer than minGroupSize answers, and shows one with exactly that many', async () => {
    const round = await newRound(t, org.token, {
      anonymous: true,
      minGroupSize: 3,
      questions: [EVERY_KIND[0], EVERY_KIND[5]],
      participantIds: numbers.map((n) => people[n]!.id),
    });
    roundId = round.id;
    await openRound(t, org.token, roundId).expect(200);
    for (const [i, number] of numbers.entries())
      await answer(
        t,
        people[number]!.token,
        roundId,
        answersOf(i).filter((a) => ['rate', 'vend'].includes(a.questionId)),
      ).expect(200);
    await closeRound(t, org.token, roundId).expect(200);
    const results = (await api(t).get(`${ROUNDS}/${roundId}/results`).set(bearer(org.token)).expect(200)).body;
    const rate = results.questions[0];
    const department = (path: string) =>
      rate.byDepartment.find((d: { departmentId: string }) => d.departmentId === org.department(path));
    // Beuk: Anna, Gijs, Bram = 3 → shown; Eik: Cor, Hanna = 2 → suppressed; Massa: 3 → shown.
    const beuk = department('Wonen en Zorg / De Linde / Afdeling Beuk');
    expect(beuk.responses).toBe(3);
    expect(beuk.suppressed).toBeUndefined();
    expect(beuk.mean).toBeCloseTo(
      ((answersOf(0)[0]!.value as number) + (answersOf(1)[0]!.value as number) + (answersOf(2)[0]!.value as number)) /
        3,
      10,
    );
    expect(department('Wonen en Zorg / De Linde / Afdeling Eik')).toEqual({
      departmentId: org.department('Wonen en Zorg / De Linde / Afdeling Eik'),
      responses: 2,
      suppressed: true,
    });
    expect(department('Massa').suppressed).toBeUndefined();
    const teamleiding = rate.byLayer.find((l: { layerId: string }) => l.layerId === org.layers.get('Teamleiding'));
    expect(teamleiding).toEqual({ layerId: org.layers.get('Teamleiding'), responses: 1, suppressed: true });
    const zorg = rate.byLayer.find((l: { layerId: string }) => l.layerId === org.layers.get('Zorg en behandeling'));
    expect(zorg.responses).toBe(7);
    expect(zorg.distribution).toBeDefined();
    // Overall figures are never suppressed; the ranking leaves out suppressed layers.
    expect(rate.responses).toBe(8);
    const vend = results.questions[1];
    for (const option of vend.ranking)
      expect(option.byLayer.map((l: { layerId: string }) => l.layerId)).toEqual([
        org.layers.get('Zorg en behandeling'),
      ]);
    const csv = (await api(t).get(`${ROUNDS}/${roundId}/results.csv`).set(bearer(org.token)).expect(200)).text;
    expect(csv).toContain('Onderdrukt: minder dan 3 antwoorden');
  });

  it('with minGroupSize one more, the group of three is suppressed too', async () => {
    await api(t).patch(`${ROUNDS}/${roundId}`).set(bearer(org.token)).send({ minGroupSize: 4 }).expect(409);
    const copy = (await api(t).post(`${ROUNDS}/${roundId}/copy`).set(bearer(org.token)).send({}).expect(201)).body;
    await api(t).patch(`${ROUNDS}/${copy.id}`).set(bearer(org.token)).send({ minGroupSize: 4 }).expect(200);
    await openRound(t, org.token, copy.id).expect(200);
    for (const [i, number] of numbers.entries())
      await answer(
        t,
        people[number]!.token,
        copy.id,
        answersOf(i).filter((a) => ['rate', 'vend'].includes(a.questionId)),
      ).expect(200);
    const results = (await api(t).get(`${ROUNDS}/${copy.id}/results`).set(bearer(org.token)).expect(200)).body;
    const beuk = results.questions[0].byDepartment.find(
      (d: { departmentId: string }) => d.departmentId === org.department('Wonen en Zorg / De Linde / Afdeling Beuk'),
    );
    expect(beuk).toEqual({ departmentId: beuk.departmentId, responses: 3, suppressed: true });
  });
});
