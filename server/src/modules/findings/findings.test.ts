import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { api, findingsOrg, patchFinding, raise, type Caller, type FindingsOrg } from './findings.fixtures.ts';

let t: TestApp;
let o: FindingsOrg;
let other: FindingsOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await findingsOrg(t, 'Zorggroep Bevindingen');
  other = await findingsOrg(t, 'Zorggroep Elders');
});
afterAll(() => t.close());

type Finding = {
  id: string;
  title: string;
  status: string;
  mine: boolean;
  raisedBy?: { userId: string; name: string } | null;
  resolution: string | null;
  resolvedOn: string | null;
  roundId: string | null;
  roundTitle: string | null;
  category: string | null;
  duplicateOfId: string | null;
  history: { from: string | null; to: string; changedBy: { userId: string; name: string } | null }[];
};

const list = async (caller: Caller, query: Record<string, string | number | boolean> = {}) =>
  (await api(t).get('/api/v1/feedback-items').query(query).set(bearer(caller.token)).expect(200)).body as {
    items: Finding[];
    total: number;
    nextCursor: string | null;
  };
const detail = async (caller: Caller, id: string): Promise<Finding> =>
  (await api(t).get(`/api/v1/feedback-items/${id}`).set(bearer(caller.token)).expect(200)).body;
/** Brings a finding to `planned` by legal moves. */
const plan = async (id: string) => {
  await patchFinding(t, o.admin, id, { status: 'reviewing' }).expect(200);
  await patchFinding(t, o.admin, id, { status: 'planned' }).expect(200);
};

describe('raising a finding', () => {
  it('makes the caller its raiser, starts it as new with its creation in the history', async () => {
    const created = (await raise(t, o.anna, { category: 'search' })) as unknown as Finding;
    expect(created).toMatchObject({ status: 'new', mine: true, category: 'search', roundId: null, resolution: null });
    expect(created).not.toHaveProperty('raisedBy');
    expect(created.history).toEqual([
      expect.objectContaining({ from: null, to: 'new', changedBy: { userId: o.anna.id, name: o.anna.name } }),
    ]);
    const asAdmin = await detail(o.admin, created.id);
    expect(asAdmin.raisedBy).toEqual({ userId: o.anna.id, name: o.anna.name });
    expect(asAdmin.mine).toBe(false);
    expect((await detail(o.hr, created.id)).raisedBy).toEqual({ userId: o.anna.id, name: o.anna.name });
  });

  it('lets an admin raise one too, and trims the texts', async () => {
    const created = (await raise(t, o.admin, {
      title: '  Menu te diep  ',
      body: ' Drie klikken naar het rooster. ',
    })) as unknown as Finding;
    expect(created).toMatchObject({ title: 'Menu te diep', mine: true, raisedBy: { userId: o.admin.id } });
  });

  it('refuses a title or body of only spaces with field errors', async () => {
    const response = await api(t)
      .post('/api/v1/feedback-items')
      .set(bearer(o.anna.token))
      .send({ title: '   ', body: ' \n ' })
      .expect(400);
    expect(response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['title', 'required'],
      ['body', 'required'],
    ]);
  });

  it('links an open or closed round of the organisation, with its title', async () => {
    for (const status of ['open', 'closed'] as const) {
      const round = o.rounds[status];
      const created = (await raise(t, o.anna, { roundId: round.id })) as unknown as Finding;
      expect(created).toMatchObject({ roundId: round.id, roundTitle: round.title });
    }
  });

  it("refuses a draft round, another organisation's round and an unknown one as field errors", async () => {
    const cases = [
      [o.rounds.draft.id, 'round_draft'],
      [other.rounds.open.id, 'not_found'],
      [crypto.randomUUID(), 'not_found'],
    ] as const;
    for (const [roundId, code] of cases) {
      const response = await api(t)
        .post('/api/v1/feedback-items')
        .set(bearer(o.anna.token))
        .send({ title: 'Met ronde', body: 'Tekst', roundId })
        .expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'roundId', code })]);
    }
    expect((await list(o.admin, { q: 'Met ronde' })).total).toBe(0);
  });
});

describe('who may do what', () => {
  it('lets HR read but not raise or move, and an ambassador raise but not move', async () => {
    const { id } = await raise(t, o.anna);
    await api(t).post('/api/v1/feedback-items').set(bearer(o.hr.token)).send({ title: 'HR', body: 'HR' }).expect(403);
    for (const caller of [o.hr, o.anna, o.bram]) {
      const response = await patchFinding(t, caller, id, { status: 'reviewing' }).expect(403);
      expect(response.body.code).toBe('forbidden');
    }
    expect((await detail(o.hr, id)).status).toBe('new');
  });

  it("answers another organisation's finding exactly as a missing one", async () => {
    const { id } = await raise(t, o.anna);
    const missing = crypto.randomUUID();
    for (const [path, method] of [
      [`/api/v1/feedback-items/${id}`, 'get'],
      [`/api/v1/feedback-items/${missing}`, 'get'],
    ] as const) {
      const response = await api(t)[method](path).set(bearer(other.admin.token)).expect(404);
      expect(response.body.code).toBe('not_found');
    }
    const foreign = await patchFinding(t, other.admin, id, { status: 'reviewing' }).expect(404);
    const unknown = await patchFinding(t, other.admin, missing, { status: 'reviewing' }).expect(404);
    expect(foreign.body).toEqual(unknown.body);
    expect((await list(other.admin)).items.map((f) => f.id)).not.toContain(id);
    expect((await detail(o.admin, id)).status).toBe('new');
  });

  it("shows an ambassador whether she raised a finding, never who raised a colleague's", async () => {
    const colleague = await raise(t, o.bram, { title: 'Bram zijn bevinding' });
    await patchFinding(t, o.admin, colleague.id, { status: 'reviewing' }).expect(200);
    const seen = await detail(o.anna, colleague.id);
    expect(seen.mine).toBe(false);
    expect(seen).not.toHaveProperty('raisedBy');
    expect(seen.history[0]).toMatchObject({ from: null, to: 'new', changedBy: null });
    expect(seen.history[1]).toMatchObject({ from: 'new', to: 'reviewing', changedBy: { userId: o.admin.id } });
    expect(JSON.stringify(await list(o.anna))).not.toContain(o.bram.name);
    expect((await detail(o.bram, colleague.id)).history[0]!.changedBy).toEqual({
      userId: o.bram.id,
      name: o.bram.name,
    });
  });
});

describe('what a move needs', () => {
  it('refuses done and wont_do without a resolution (or with only spaces) as a field error', async () => {
    const { id } = await raise(t, o.anna);
    await plan(id);
    for (const body of [{ status: 'done' }, { status: 'done', resolution: '   ' }, { status: 'wont_do' }]) {
      const response = await patchFinding(t, o.admin, id, body).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'resolution', code: 'required' })]);
    }
    const after = await detail(o.admin, id);
    expect(after.status).toBe('planned');
    expect(after.history).toHaveLength(3);
  });

  it('sets the resolution and the day it was resolved on done', async () => {
    const { id } = await raise(t, o.anna);
    await plan(id);
    const done = await patchFinding(t, o.admin, id, { status: 'done', resolution: ' Zoeken vindt nu ook roosters. ' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', resolution: 'Zoeken vindt nu ook roosters.' });
    expect(done.body.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.body.history.at(-1)).toMatchObject({
      from: 'planned',
      to: 'done',
      resolution: 'Zoeken vindt nu ook roosters.',
    });
  });

  it('keeps a note given on another move in the history and on the finding', async () => {
    const { id } = await raise(t, o.anna);
    const moved = await patchFinding(t, o.admin, id, { status: 'reviewing', resolution: 'We kijken ernaar' }).expect(
      200,
    );
    expect(moved.body.resolution).toBe('We kijken ernaar');
    expect(moved.body.resolvedOn).toBeNull();
    expect(moved.body.history.at(-1)).toMatchObject({ to: 'reviewing', resolution: 'We kijken ernaar' });
  });

  it('needs another finding of the organisation for a duplicate', async () => {
    const original = await raise(t, o.anna, { title: 'Het eerste' });
    const foreign = await raise(t, other.anna);
    const { id } = await raise(t, o.bram);
    const cases: [object, string][] = [
      [{ status: 'duplicate' }, 'required'],
      [{ status: 'duplicate', duplicateOfId: null }, 'required'],
      [{ status: 'duplicate', duplicateOfId: id }, 'self_reference'],
      [{ status: 'duplicate', duplicateOfId: foreign.id }, 'not_found'],
      [{ status: 'duplicate', duplicateOfId: crypto.randomUUID() }, 'not_found'],
      [{ status: 'reviewing', duplicateOfId: original.id }, 'not_allowed'],
    ];
    for (const [body, code] of cases) {
      const response = await patchFinding(t, o.admin, id, body).expect(400);
      expect(response.body.errors, JSON.stringify(body)).toEqual([
        expect.objectContaining({ field: 'duplicateOfId', code }),
      ]);
    }
    expect((await detail(o.admin, id)).history).toHaveLength(1);
    const marked = await patchFinding(t, o.admin, id, { status: 'duplicate', duplicateOfId: original.id }).expect(200);
    expect(marked.body).toMatchObject({ status: 'duplicate', duplicateOfId: original.id, resolvedOn: null });
    // A duplicate's duplicate would point at a copy, not at the original.
    const third = await raise(t, o.anna);
    const refused = await patchFinding(t, o.admin, third.id, { status: 'duplicate', duplicateOfId: id }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'duplicate_of_duplicate' })]);
  });

  it('lets only one of simultaneous moves from the same status through', async () => {
    const { id } = await raise(t, o.anna);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => patchFinding(t, o.admin, id, { status: 'reviewing' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const after = await detail(o.admin, id);
    expect(after.history.map((c) => [c.from, c.to])).toEqual([
      [null, 'new'],
      ['new', 'reviewing'],
    ]);
  });
});

describe('the list', () => {
  let fresh: FindingsOrg;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fresh = await findingsOrg(t, 'Zorggroep Lijst');
    const as = (caller: Caller, key: string, body: Record<string, unknown>) =>
      raise(t, caller, body).then((created) => (ids[key] = created.id));
    await as(fresh.anna, 'search', { title: 'Zoeken op rooster', category: 'search' });
    await as(fresh.anna, 'mobile', {
      title: 'App op telefoon traag',
      category: 'mobile',
      roundId: fresh.rounds.open.id,
    });
    await as(fresh.bram, 'content', {
      title: 'Oude protocollen',
      body: 'De valprotocollen zijn van 2019',
      category: 'content',
    });
    await as(fresh.bram, 'done', { title: 'Dienstrooster niet te vinden', category: 'usability' });
    await as(fresh.admin, 'wont', { title: 'Donkere modus', category: 'other', roundId: fresh.rounds.open.id });
    const move = (id: string, body: object) => patchFinding(t, fresh.admin, id, body).expect(200);
    await move(ids.done!, { status: 'reviewing' });
    await move(ids.done!, { status: 'planned' });
    await move(ids.done!, { status: 'done', resolution: 'Het rooster staat nu in het hoofdmenu.' });
    await move(ids.wont!, { status: 'wont_do', resolution: 'Kan de leverancier nog niet.' });
  });

  const idsOf = (page: { items: Finding[] }) => page.items.map((f) => f.id);

  it('lists every finding, newest first, to every role', async () => {
    const newestFirst = [ids.wont, ids.done, ids.content, ids.mobile, ids.search];
    for (const caller of [fresh.admin, fresh.hr, fresh.anna]) {
      const page = await list(caller);
      expect(idsOf(page)).toEqual(newestFirst);
      expect(page.total).toBe(5);
      expect(page.nextCursor).toBeNull();
    }
    const asAnna = await list(fresh.anna);
    expect(asAnna.items.every((f) => !('raisedBy' in f))).toBe(true);
    expect(asAnna.items.filter((f) => f.mine).map((f) => f.id)).toEqual([ids.mobile, ids.search]);
    expect((await list(fresh.hr)).items.find((f) => f.id === ids.content)!.raisedBy).toEqual({
      userId: fresh.bram.id,
      name: fresh.bram.name,
    });
  });

  it('shows "you said, we did" with ?status=done', async () => {
    const page = await list(fresh.anna, { status: 'done' });
    expect(page.items).toEqual([
      expect.objectContaining({ id: ids.done, resolution: 'Het rooster staat nu in het hoofdmenu.', mine: false }),
    ]);
    expect(page.items[0]!.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('filters by mine, category, round and text', async () => {
    expect(idsOf(await list(fresh.bram, { mine: true }))).toEqual([ids.done, ids.content]);
    expect(idsOf(await list(fresh.admin, { mine: 'true' }))).toEqual([ids.wont]);
    expect(idsOf(await list(fresh.hr, { mine: true }))).toEqual([]);
    expect((await list(fresh.bram, { mine: false })).total).toBe(5);
    expect(idsOf(await list(fresh.admin, { category: 'search' }))).toEqual([ids.search]);
    expect(idsOf(await list(fresh.admin, { roundId: fresh.rounds.open.id }))).toEqual([ids.wont, ids.mobile]);
    expect(idsOf(await list(fresh.admin, { q: 'valprotocol' }))).toEqual([ids.content]);
    expect(idsOf(await list(fresh.admin, { q: 'DIENSTROOSTER' }))).toEqual([ids.done]);
    expect(idsOf(await list(fresh.admin, { q: '100%_' }))).toEqual([]);
    expect(idsOf(await list(fresh.admin, { status: 'wont_do', mine: true }))).toEqual([ids.wont]);
    const listed = (await list(fresh.admin, { roundId: fresh.rounds.open.id })).items[0]!;
    expect(listed.roundTitle).toBe(fresh.rounds.open.title);
  });

  it('pages with limit and cursor, or offset', async () => {
    const all = idsOf(await list(fresh.admin));
    const first = await list(fresh.admin, { limit: 2 });
    expect(idsOf(first)).toEqual(all.slice(0, 2));
    expect(first.total).toBe(5);
    const second = await list(fresh.admin, { limit: 2, cursor: first.nextCursor! });
    expect(idsOf(second)).toEqual(all.slice(2, 4));
    const last = await list(fresh.admin, { limit: 2, cursor: second.nextCursor! });
    expect(idsOf(last)).toEqual(all.slice(4));
    expect(last.nextCursor).toBeNull();
    expect(idsOf(await list(fresh.admin, { limit: 2, offset: 3 }))).toEqual(all.slice(3, 5));
    const bad = await api(t)
      .get('/api/v1/feedback-items')
      .query({ cursor: 'bm90LWEtY3Vyc29y' })
      .set(bearer(fresh.admin.token))
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalid_cursor' })]);
  });
});
