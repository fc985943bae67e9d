import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_TRANSITIONS, FindingStatuses, type FindingStatus } from '@ambassador/shared';
import { bearer } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { api, findingsOrg, patchFinding, raise, type FindingsOrg } from './findings.fixtures.ts';

/**
 * Every pair of statuses, moved through the API and judged against the moves API.md lists, written out here
 * independently of FINDING_TRANSITIONS: the legal ones move and are appended to the history, every other one (also
 * to the same status) answers 409 illegal_transition naming from, to and the allowed moves, and changes nothing.
 */
const EXPECTED: Record<FindingStatus, FindingStatus[]> = {
  new: ['reviewing', 'wont_do', 'duplicate'],
  reviewing: ['planned', 'wont_do', 'duplicate'],
  planned: ['done', 'wont_do'],
  done: [],
  wont_do: [],
  duplicate: [],
};
/** The legal way from `new` to each status. */
const PATHS: Record<FindingStatus, FindingStatus[]> = {
  new: [],
  reviewing: ['reviewing'],
  planned: ['reviewing', 'planned'],
  done: ['reviewing', 'planned', 'done'],
  wont_do: ['wont_do'],
  duplicate: ['duplicate'],
};
const STATUSES = Object.keys(EXPECTED) as FindingStatus[];
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
const LEGAL = PAIRS.filter(([from, to]) => EXPECTED[from].includes(to));
const ILLEGAL = PAIRS.filter(([from, to]) => !EXPECTED[from].includes(to));

type Change = {
  from: FindingStatus | null;
  to: FindingStatus;
  resolution: string | null;
  changedAt: string;
  changedBy: { userId: string; name: string } | null;
};
type Detail = {
  id: string;
  status: FindingStatus;
  resolution: string | null;
  duplicateOfId: string | null;
  resolvedOn: string | null;
  history: Change[];
};

let t: TestApp;
let o: FindingsOrg;
/** The finding every duplicate in this file points at. */
let originalId: string;
const moved: { findingId: string; from: string | null; to: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  t.app.events.on('feedback.finding_moved', async ({ findingId, from, to }) => {
    moved.push({ findingId, from, to });
  });
  o = await findingsOrg(t, 'Zorggroep Overgangen');
  originalId = (await raise(t, o.anna, { title: 'Het origineel' })).id;
});
afterAll(() => t.close());

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const resolutionFor = (to: FindingStatus) => `Opgelost naar ${to}`;
/** The body of a move to `to` that satisfies what the move needs. */
const moveTo = (to: FindingStatus) => ({
  status: to,
  ...(to === 'done' || to === 'wont_do' ? { resolution: resolutionFor(to) } : {}),
  ...(to === 'duplicate' ? { duplicateOfId: originalId } : {}),
});
const detail = async (id: string): Promise<Detail> =>
  (await api(t).get(`/api/v1/feedback-items/${id}`).set(bearer(o.admin.token)).expect(200)).body;

/** A finding raised by Anna and brought to `status` along legal moves by the admin. */
async function findingAt(status: FindingStatus): Promise<Detail> {
  const { id } = await raise(t, o.anna);
  for (const to of PATHS[status]) await patchFinding(t, o.admin, id, moveTo(to)).expect(200);
  return detail(id);
}

function expectedHistory(path: FindingStatus[]) {
  return [
    { from: null, to: 'new', resolution: null, changedBy: { userId: o.anna.id, name: o.anna.name } },
    ...path.map((to, i) => ({
      from: i === 0 ? 'new' : path[i - 1]!,
      to,
      resolution: to === 'done' || to === 'wont_do' ? resolutionFor(to) : null,
      changedBy: { userId: o.admin.id, name: o.admin.name },
    })),
  ];
}

function withoutTimes(history: Change[]) {
  const times = history.map((change) => Date.parse(change.changedAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  return history.map(({ from, to, resolution, changedBy }) => ({ from, to, resolution, changedBy }));
}

describe('the moves of a finding', () => {
  it('are the ones API.md lists', () => {
    expect(FINDING_TRANSITIONS).toEqual(EXPECTED);
    expect([...FindingStatuses].sort()).toEqual([...STATUSES].sort());
    expect(LEGAL).toHaveLength(8);
    expect(ILLEGAL).toHaveLength(STATUSES.length ** 2 - 8);
  });

  it.each(LEGAL)('allows %s → %s and appends it to the history', async (from, to) => {
    const before = await findingAt(from);
    expect(before.status).toBe(from);
    const response = await patchFinding(t, o.admin, before.id, moveTo(to)).expect(200);
    expect(response.body.status).toBe(to);
    expect(withoutTimes(response.body.history)).toEqual(expectedHistory([...PATHS[from], to]));
    const resolved = to === 'done' || to === 'wont_do';
    expect(response.body.resolvedOn).toBe(resolved ? today() : null);
    expect(response.body.resolution).toBe(resolved ? resolutionFor(to) : null);
    expect(response.body.duplicateOfId).toBe(to === 'duplicate' ? originalId : null);
    expect(moved).toContainEqual({ findingId: before.id, from, to });
    expect(await detail(before.id)).toEqual(response.body);
  });

  it.each(ILLEGAL)('refuses %s → %s with 409 illegal_transition and changes nothing', async (from, to) => {
    const before = await findingAt(from);
    const response = await patchFinding(t, o.admin, before.id, moveTo(to)).expect(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'illegal_transition', from, to, allowed: EXPECTED[from] });
    expect(await detail(before.id)).toEqual(before);
  });

  it('announces the creation and every move, after commit', async () => {
    const { id } = await raise(t, o.anna);
    await patchFinding(t, o.admin, id, moveTo('reviewing')).expect(200);
    await patchFinding(t, o.admin, id, moveTo('wont_do')).expect(200);
    await patchFinding(t, o.admin, id, moveTo('planned')).expect(409);
    expect(moved.filter((m) => m.findingId === id)).toEqual([
      { findingId: id, from: null, to: 'new' },
      { findingId: id, from: 'new', to: 'reviewing' },
      { findingId: id, from: 'reviewing', to: 'wont_do' },
    ]);
  });
});
