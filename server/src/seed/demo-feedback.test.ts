import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo.ts';

/** The demo's feedback rounds and findings, read back through the API as the admin, HR and the demo ambassador. */

let t: TestApp;
const tokens: Record<string, string> = {};
const api = () => request(t.app.server);

type Round = {
  id: string;
  title: string;
  status: string;
  purpose: string;
  participantCount: number;
  respondedCount: number;
};
type Finding = {
  id: string;
  title: string;
  status: string;
  resolution: string | null;
  roundId: string | null;
  mine: boolean;
};

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.app.db });
  for (const user of DEMO_USERS) {
    const login = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: DEMO_PASSWORD })
      .expect(200);
    tokens[user.role] = login.body.accessToken;
  }
}, 180_000);
afterAll(() => t.close());

const get = async (role: string, path: string, query: Record<string, string | number | boolean> = {}) =>
  (await api().get(path).query(query).set(bearer(tokens[role]!)).expect(200)).body;

async function rounds(): Promise<Round[]> {
  return (await get('admin', '/api/v1/feedback-rounds', { limit: 50 })).items;
}

describe('the demo feedback rounds', () => {
  it('holds a closed vendor round answered by about twenty ambassadors, and an open sounding board half answered', async () => {
    const all = await rounds();
    const vendor = all.find((r) => r.purpose === 'vendor_selection')!;
    expect(vendor).toMatchObject({ title: 'Keuze intranetleverancier', status: 'closed', participantCount: 22 });
    expect(vendor.respondedCount).toBe(20);
    const board = all.find((r) => r.purpose === 'sounding_board')!;
    expect(board).toMatchObject({ status: 'open', participantCount: 16, respondedCount: 8 });
  });

  it('ranks the vendors differently in the care layer than in management', async () => {
    const vendor = (await rounds()).find((r) => r.purpose === 'vendor_selection')!;
    const layers: { id: string; name: string }[] = (await get('admin', '/api/v1/layers')).items;
    const layerId = (name: string) => layers.find((layer) => layer.name === name)!.id;
    const results = await get('hr', `/api/v1/feedback-rounds/${vendor.id}/results`);
    const scores = results.questions.find((q: { kind: string }) => q.kind === 'score_options');
    expect(scores.responses).toBe(20);
    type Ranking = { option: string; mean: number; byLayer: { layerId: string; mean: number }[] };
    const order = (id: string) =>
      (scores.ranking as Ranking[])
        .map((r) => ({ option: r.option, mean: r.byLayer.find((l) => l.layerId === id)!.mean }))
        .sort((a, b) => b.mean - a.mean)
        .map((r) => r.option);
    const care = order(layerId('Zorg en behandeling'));
    const management = order(layerId('Management'));
    expect(care[0]).toBe('WerkPlein');
    expect(management[0]).toBe('Intranet Kompas');
    expect(care).not.toEqual(management);
    expect(results.participation.unheardLayerIds).toEqual([]);
  });

  it('shows the demo ambassador the open round she has not answered yet', async () => {
    const mine: (Round & { myParticipation?: { respondedAt: string | null } })[] = (
      await get('ambassador', '/api/v1/feedback-rounds')
    ).items;
    const board = mine.find((r) => r.purpose === 'sounding_board')!;
    expect(board.myParticipation?.respondedAt).toBeNull();
  });
});

describe('the demo findings', () => {
  it('has a finding in every status, two on the "wij deden" page with a Dutch resolution', async () => {
    const { items, total }: { items: Finding[]; total: number } = await get('admin', '/api/v1/feedback-items');
    expect(total).toBe(8);
    const count = (status: string) => items.filter((f) => f.status === status).length;
    expect({
      new: count('new'),
      reviewing: count('reviewing'),
      planned: count('planned'),
      done: count('done'),
      wont_do: count('wont_do'),
      duplicate: count('duplicate'),
    }).toEqual({ new: 2, reviewing: 1, planned: 1, done: 2, wont_do: 1, duplicate: 1 });
    const done: Finding[] = (await get('ambassador', '/api/v1/feedback-items', { status: 'done' })).items;
    expect(done).toHaveLength(2);
    for (const finding of done) expect(finding.resolution).toMatch(/\b(staat|staan)\b/);
  });

  it('links findings to the open sounding board, and shows the demo ambassador her own', async () => {
    const board = (await rounds()).find((r) => r.purpose === 'sounding_board')!;
    const linked: Finding[] = (await get('hr', '/api/v1/feedback-items', { roundId: board.id })).items;
    expect(linked.length).toBeGreaterThanOrEqual(2);
    const own: Finding[] = (await get('ambassador', '/api/v1/feedback-items', { mine: true })).items;
    expect(own.map((f) => [f.title, f.status])).toEqual([['Verlofformulier zit vier klikken diep', 'done']]);
  });
});
