import { describe, expect, it } from 'vitest';
import { bearer, createUser } from '../../../test/factories.ts';
import {
  answer,
  api,
  closeRound,
  EVERY_KIND,
  makeAmbassador,
  members,
  newRound,
  openRound,
  ROUNDS,
  useOrg,
  useTestApp,
  type Member,
} from '../feedback.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Rondes');
const other = useOrg(t, 'Zorggroep Anders');
const people: Record<string, Member> = {};
const admin = () => bearer(org.token);

describe('feedback rounds', () => {
  it('sets up ambassadors', async () => {
    Object.assign(people, await members(t, org, ['E01', 'E02', 'E03', 'E05']));
  });

  it('creates a draft, assigning ids to questions that have none and keeping given ones', async () => {
    const round = await newRound(t, org.token, {
      intro: '  Welkom  ',
      questions: [
        { kind: 'rating', text: 'Cijfer?' },
        { id: 'mine', kind: 'choice', text: ' Kies ', options: ['A', 'B'] },
      ],
      participantIds: [people.E01!.id],
    });
    expect(round.status).toBe('draft');
    const body = (await api(t).get(`${ROUNDS}/${round.id}`).set(admin()).expect(200)).body;
    expect(body.intro).toBe('Welkom');
    expect(body.questions[0].id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(body.questions[0].required).toBe(true);
    expect(body.questions[1]).toEqual({
      id: 'mine',
      kind: 'choice',
      text: 'Kies',
      required: true,
      options: ['A', 'B'],
    });
    expect(body.participants).toHaveLength(1);
    expect(body.participants[0]).toMatchObject({ ambassadorId: people.E01!.id, invitedAt: null, name: 'Anna Beuk' });
    expect(body.hasResponses).toBe(false);
    expect(body.questionCount).toBe(2);
    expect(body.participantCount).toBe(1);
  });

  it('refuses questions that do not fit their kind with field errors', async () => {
    const bad = [
      { kind: 'choice', text: 'Een optie', options: ['A'] },
      { kind: 'multi_choice', text: 'Geen opties' },
      { kind: 'score_options', text: 'Geen criteria', options: ['A', 'B'] },
      { kind: 'score_options', text: 'Eén optie', options: ['A'], criteria: ['x'] },
      { kind: 'rating', text: 'Met opties', options: ['A', 'B'] },
      { kind: 'yes_no', text: 'Met criteria', criteria: ['x'] },
      { kind: 'text', text: 'Dubbel', id: 'd' },
      { kind: 'text', text: 'Dubbel', id: 'd' },
    ];
    const response = await api(t)
      .post(ROUNDS)
      .set(admin())
      .send({ purpose: 'pulse', title: 'Fout', questions: bad })
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'questions.0.options',
        'questions.1.options',
        'questions.2.criteria',
        'questions.3.options',
        'questions.4.options',
        'questions.5.criteria',
        'questions.7.id',
      ]),
    );
    const list = (await api(t).get(ROUNDS).query({ q: 'Fout' }).set(admin()).expect(200)).body;
    expect(list.total).toBe(0);
  });

  it('refuses participants who are not active or onboarding ambassadors of the organisation', async () => {
    const candidate = await makeAmbassador(t, org, 'E04', { status: 'candidate' });
    const foreign = await makeAmbassador(t, other, 'E01');
    const response = await api(t)
      .post(ROUNDS)
      .set(admin())
      .send({ purpose: 'pulse', title: 'Mensen', participantIds: [people.E01!.id, candidate.id, foreign.id] })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'participantIds.1',
      'participantIds.2',
    ]);
  });

  it('opens only a ready draft, closes only an open round, and refuses every other move with 409', async () => {
    const empty = await newRound(t, org.token);
    let response = await openRound(t, org.token, empty.id).expect(409);
    expect(response.body.code).toBe('round_not_ready');
    expect(response.body.missing).toEqual(['questions', 'participants']);
    await api(t)
      .patch(`${ROUNDS}/${empty.id}`)
      .set(admin())
      .send({ questions: [{ kind: 'yes_no', text: 'Ja?' }] })
      .expect(200);
    response = await openRound(t, org.token, empty.id).expect(409);
    expect(response.body.missing).toEqual(['participants']);
    response = await closeRound(t, org.token, empty.id).expect(409);
    expect(response.body.code).toBe('round_not_open');
    response = await api(t).post(`${ROUNDS}/${empty.id}/remind`).set(admin()).expect(409);
    expect(response.body.code).toBe('round_not_open');

    await api(t)
      .patch(`${ROUNDS}/${empty.id}`)
      .set(admin())
      .send({ participantIds: [people.E01!.id, people.E02!.id] })
      .expect(200);
    const opened = (await openRound(t, org.token, empty.id).expect(200)).body;
    expect(opened.status).toBe('open');
    expect(opened.openedAt).not.toBeNull();
    expect(opened.participants.every((p: { invitedAt: string | null }) => p.invitedAt !== null)).toBe(true);
    response = await openRound(t, org.token, empty.id).expect(409);
    expect(response.body.code).toBe('round_not_draft');
    response = await api(t).delete(`${ROUNDS}/${empty.id}`).set(admin()).expect(409);
    expect(response.body.code).toBe('round_not_draft');

    const closed = (await closeRound(t, org.token, empty.id).expect(200)).body;
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    for (const call of [
      () => closeRound(t, org.token, empty.id),
      () => openRound(t, org.token, empty.id),
      () => api(t).post(`${ROUNDS}/${empty.id}/remind`).set(admin()),
      () => api(t).patch(`${ROUNDS}/${empty.id}`).set(admin()).send({ title: 'Nieuw' }),
    ]) {
      response = await call().expect(409);
      expect(response.body.code).toBe('round_closed');
    }
    response = await api(t).delete(`${ROUNDS}/${empty.id}`).set(admin()).expect(409);
    expect(response.body.code).toBe('round_not_draft');
  });

  it('changes only what a PATCH names', async () => {
    const round = await newRound(t, org.token, { anonymous: true, minGroupSize: 5, intro: 'Blijft' });
    const patched = (await api(t).patch(`${ROUNDS}/${round.id}`).set(admin()).send({ title: 'Anders' }).expect(200))
      .body;
    expect(patched).toMatchObject({ title: 'Anders', anonymous: true, minGroupSize: 5, intro: 'Blijft' });
    const dates = await api(t)
      .patch(`${ROUNDS}/${round.id}`)
      .set(admin())
      .send({ opensAt: '2031-01-02T09:00:00Z', closesAt: '2031-01-01T09:00:00Z' })
      .expect(400);
    expect(dates.body.errors[0].field).toBe('closesAt');
  });

  it('deletes a draft', async () => {
    const draft = await newRound(t, org.token, { participantIds: [people.E01!.id] });
    await api(t).delete(`${ROUNDS}/${draft.id}`).set(admin()).expect(204);
    await api(t).get(`${ROUNDS}/${draft.id}`).set(admin()).expect(404);
  });

  it('fixes the questions after the first response and keeps respondents in the round', async () => {
    const round = await newRound(t, org.token, {
      questions: [{ id: 'q1', kind: 'rating', text: 'Cijfer?' }],
      participantIds: [people.E01!.id, people.E02!.id],
    });
    await openRound(t, org.token, round.id).expect(200);
    // Before anyone answered, questions may still change while open.
    await api(t)
      .patch(`${ROUNDS}/${round.id}`)
      .set(admin())
      .send({ questions: [{ id: 'q1', kind: 'rating', text: 'Welk cijfer?' }] })
      .expect(200);
    await answer(t, people.E01!.token, round.id, [{ questionId: 'q1', value: 4 }]).expect(200);
    let response = await api(t)
      .patch(`${ROUNDS}/${round.id}`)
      .set(admin())
      .send({ questions: [{ id: 'q1', kind: 'rating', text: 'Ander cijfer?' }] })
      .expect(409);
    expect(response.body.code).toBe('round_has_responses');
    // Other fields still change.
    const renamed = (await api(t).patch(`${ROUNDS}/${round.id}`).set(admin()).send({ title: 'Hernoemd' }).expect(200))
      .body;
    expect(renamed.title).toBe('Hernoemd');
    expect(renamed.hasResponses).toBe(true);
    response = await api(t)
      .patch(`${ROUNDS}/${round.id}`)
      .set(admin())
      .send({ participantIds: [people.E02!.id] })
      .expect(409);
    expect(response.body.code).toBe('participant_has_responded');
    // Adding someone while open invites her now; removing one who did not answer is fine.
    const changed = (
      await api(t)
        .patch(`${ROUNDS}/${round.id}`)
        .set(admin())
        .send({ participantIds: [people.E01!.id, people.E03!.id] })
        .expect(200)
    ).body;
    const ids = changed.participants.map((p: { ambassadorId: string }) => p.ambassadorId).sort();
    expect(ids).toEqual([people.E01!.id, people.E03!.id].sort());
    const added = changed.participants.find((p: { ambassadorId: string }) => p.ambassadorId === people.E03!.id);
    expect(added.invitedAt).not.toBeNull();
    expect(changed.respondedCount).toBe(1);
  });

  it('reminds the participants who have not answered and counts them', async () => {
    const round = await newRound(t, org.token, {
      questions: [{ id: 'q', kind: 'yes_no', text: 'Ja?' }],
      participantIds: [people.E01!.id, people.E02!.id, people.E03!.id],
    });
    await openRound(t, org.token, round.id).expect(200);
    await answer(t, people.E02!.token, round.id, [{ questionId: 'q', value: true }]).expect(200);
    const reminded = (await api(t).post(`${ROUNDS}/${round.id}/remind`).set(admin()).expect(200)).body;
    expect(reminded).toEqual({ reminded: 2 });
    const detail = (await api(t).get(`${ROUNDS}/${round.id}`).set(admin()).expect(200)).body;
    const remindedIds = detail.participants
      .filter((p: { remindedAt: string | null }) => p.remindedAt !== null)
      .map((p: { ambassadorId: string }) => p.ambassadorId)
      .sort();
    expect(remindedIds).toEqual([people.E01!.id, people.E03!.id].sort());
    const mine = (await api(t).get(`${ROUNDS}/${round.id}`).set(bearer(people.E01!.token)).expect(200)).body;
    expect(mine.myParticipation.remindedAt).not.toBeNull();
    expect(mine.participants).toBeUndefined();
    expect(mine.coverage).toBeUndefined();
  });

  it('copies a round as a new draft with the same questions and participants', async () => {
    const source = await newRound(t, org.token, {
      purpose: 'vendor_selection',
      title: 'Leverancierskeuze',
      intro: 'Uitleg',
      anonymous: true,
      minGroupSize: 4,
      questions: [EVERY_KIND[5]],
      participantIds: [people.E01!.id, people.E02!.id],
    });
    await openRound(t, org.token, source.id).expect(200);
    const copy = (await api(t).post(`${ROUNDS}/${source.id}/copy`).set(admin()).send({}).expect(201)).body;
    expect(copy).toMatchObject({
      status: 'draft',
      purpose: 'vendor_selection',
      title: 'Leverancierskeuze (2)',
      intro: 'Uitleg',
      anonymous: true,
      minGroupSize: 4,
      openedAt: null,
      hasResponses: false,
    });
    expect(copy.id).not.toBe(source.id);
    expect(copy.questions).toEqual((await api(t).get(`${ROUNDS}/${source.id}`).set(admin())).body.questions);
    expect(copy.participants.map((p: { ambassadorId: string }) => p.ambassadorId).sort()).toEqual(
      [people.E01!.id, people.E02!.id].sort(),
    );
    expect(copy.participants.every((p: { invitedAt: string | null }) => p.invitedAt === null)).toBe(true);
    const named = (await api(t).post(`${ROUNDS}/${source.id}/copy`).set(admin()).send({ title: 'Ronde 2' }).expect(201))
      .body;
    expect(named.title).toBe('Ronde 2');
  });

  it('shows an ambassador only the rounds she takes part in, not drafts, with her participation', async () => {
    const draft = await newRound(t, org.token, {
      title: 'Zichtbaar concept',
      questions: [{ kind: 'yes_no', text: 'Ja?' }],
      participantIds: [people.E05!.id],
    });
    const open = await newRound(t, org.token, {
      title: 'Zichtbaar open',
      questions: [{ kind: 'yes_no', text: 'Ja?' }],
      participantIds: [people.E05!.id],
    });
    const notHers = await newRound(t, org.token, {
      title: 'Zichtbaar niet van haar',
      questions: [{ kind: 'yes_no', text: 'Ja?' }],
      participantIds: [people.E01!.id],
    });
    await openRound(t, org.token, open.id).expect(200);
    await openRound(t, org.token, notHers.id).expect(200);
    const eva = bearer(people.E05!.token);
    const list = (await api(t).get(ROUNDS).query({ q: 'Zichtbaar' }).set(eva).expect(200)).body;
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([open.id]);
    expect(list.items[0].myParticipation.invitedAt).not.toBeNull();
    expect(list.items[0]).toMatchObject({ participantCount: 1, respondedCount: 0, questionCount: 1 });
    await api(t).get(`${ROUNDS}/${draft.id}`).set(eva).expect(404);
    await api(t).get(`${ROUNDS}/${notHers.id}`).set(eva).expect(404);
    await api(t).get(`${ROUNDS}/${open.id}`).set(eva).expect(200);

    const all = (await api(t).get(ROUNDS).query({ q: 'Zichtbaar' }).set(admin()).expect(200)).body;
    expect(all.total).toBe(3);
    expect(all.items.every((r: { myParticipation?: unknown }) => r.myParticipation === undefined)).toBe(true);
    const drafts = (await api(t).get(ROUNDS).query({ q: 'Zichtbaar', status: 'draft' }).set(admin()).expect(200)).body;
    expect(drafts.items.map((r: { id: string }) => r.id)).toEqual([draft.id]);
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    const hrList = (await api(t).get(ROUNDS).query({ q: 'Zichtbaar' }).set(bearer(hr.token)).expect(200)).body;
    expect(hrList.total).toBe(3);
    await api(t).get(`${ROUNDS}/${open.id}`).set(bearer(hr.token)).expect(403);
    // Paging with the cursor.
    const first = (await api(t).get(ROUNDS).query({ q: 'Zichtbaar', limit: 2 }).set(admin()).expect(200)).body;
    expect(first.items).toHaveLength(2);
    const second = (
      await api(t).get(ROUNDS).query({ q: 'Zichtbaar', limit: 2, cursor: first.nextCursor }).set(admin()).expect(200)
    ).body;
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const purposes = (await api(t).get(ROUNDS).query({ purpose: 'vendor_selection' }).set(admin()).expect(200)).body;
    expect(purposes.items.every((r: { purpose: string }) => r.purpose === 'vendor_selection')).toBe(true);
    expect(purposes.total).toBeGreaterThan(0);
  });

  it('gives admins the coverage over layers and departments with employees', async () => {
    const round = await newRound(t, org.token, { participantIds: [people.E01!.id, people.E02!.id, people.E05!.id] });
    const { coverage } = (await api(t).get(`${ROUNDS}/${round.id}`).set(admin()).expect(200)).body;
    const layer = (name: string) => org.layers.get(name)!;
    const byLayer = Object.fromEntries(
      coverage.layers.map((l: { layerId: string; participants: number }) => [l.layerId, l.participants]),
    );
    expect(byLayer).toEqual({
      [layer('Management')]: 0,
      [layer('Teamleiding')]: 1,
      [layer('Zorg en behandeling')]: 1,
      [layer('Ondersteuning')]: 1,
    });
    expect(coverage.missingLayerIds).toEqual([layer('Management')]);
    const byDepartment = Object.fromEntries(
      coverage.departments.map((d: { departmentId: string; participants: number }) => [d.departmentId, d.participants]),
    );
    expect(byDepartment[org.department('Wonen en Zorg / De Linde / Afdeling Beuk')]).toBe(2);
    expect(byDepartment[org.department('Ondersteunende diensten / ICT')]).toBe(1);
    expect(byDepartment[org.department('Wonen en Zorg / Rivierzicht')]).toBe(0);
    // Departments without employees of their own are not listed.
    expect(byDepartment[org.department('Wonen en Zorg')]).toBeUndefined();
  });

  it("answers 404 for another organisation's rounds, exactly as for a missing one", async () => {
    const round = await newRound(t, org.token, {
      questions: [{ kind: 'yes_no', text: 'Ja?' }],
      participantIds: [people.E01!.id],
    });
    const foreign = bearer(other.token);
    const missing = crypto.randomUUID();
    for (const [method, suffix, body] of [
      ['get', '', undefined],
      ['patch', '', { title: 'X' }],
      ['delete', '', undefined],
      ['post', '/open', undefined],
      ['post', '/close', undefined],
      ['post', '/remind', undefined],
      ['post', '/copy', {}],
      ['get', '/results', undefined],
      ['get', '/results.csv', undefined],
      ['get', '/responses', undefined],
    ] as const) {
      const theirs = await api(t)[method](`${ROUNDS}/${round.id}${suffix}`).set(foreign).send(body);
      const none = await api(t)[method](`${ROUNDS}/${missing}${suffix}`).set(foreign).send(body);
      expect(theirs.status, `${method} ${suffix}`).toBe(404);
      expect(theirs.body).toEqual(none.body);
    }
    const list = (await api(t).get(ROUNDS).set(foreign).expect(200)).body;
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(round.id);
    expect((await api(t).get(`${ROUNDS}/${round.id}`).set(admin())).status).toBe(200);
  });
});

describe('participant suggestions', () => {
  const s = useOrg(t, 'Zorggroep Suggesties');
  it('filters active ambassadors by role, department subtree and layer, and keeps one per cell', async () => {
    const ids: Record<string, string> = {};
    for (const [number, roles] of [
      ['E01', ['sounding_board']],
      ['E07', []],
      ['E02', []],
      ['E03', ['sounding_board']],
      ['E08', []],
      ['E05', ['trainer']],
    ] as const)
      ids[number] = (await makeAmbassador(t, s, number, { roles })).id;
    ids.E04 = (await makeAmbassador(t, s, 'E04', { status: 'onboarding' })).id;
    const get = async (query: object) =>
      (
        await api(t).get(`${ROUNDS}/participant-suggestions`).query(query).set(bearer(s.token)).expect(200)
      ).body.items.map((i: { ambassadorId: string }) => i.ambassadorId);
    const all = await get({});
    expect(all).toHaveLength(6);
    expect(all).not.toContain(ids.E04);
    expect(await get({ role: 'sounding_board' })).toEqual([ids.E01, ids.E03]);
    expect(new Set(await get({ departmentId: s.department('Wonen en Zorg / De Linde') }))).toEqual(
      new Set([ids.E01, ids.E07, ids.E02, ids.E03, ids.E08]),
    );
    expect(await get({ layerId: s.layers.get('Teamleiding') })).toEqual([ids.E02]);
    // One per department × layer: Beuk/Zorg has Anna (E01) and Gijs (E07); Eik/Zorg Cor (E03) and Hanna (E08).
    const cells = await get({ onePerCell: true });
    expect(new Set(cells)).toEqual(new Set([ids.E01, ids.E02, ids.E03, ids.E05]));
    // Preferring a role picks its holder over the first by name: Hanna Eik has no role, Cor Eik has it; Gijs over Anna
    // when Gijs holds the role.
    await api(t)
      .patch(`/api/v1/ambassadors/${ids.E07}`)
      .set(bearer(s.token))
      .send({ roles: ['digital_buddy'] })
      .expect(200);
    const buddies = await get({ onePerCell: true, role: 'digital_buddy' });
    expect(new Set(buddies)).toEqual(new Set([ids.E07, ids.E02, ids.E03, ids.E05]));
    expect(await get({ onePerCell: true, role: 'digital_buddy' })).toEqual(buddies);
  });
});
