import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FindingListQuery } from '@ambassador/shared';
import * as findingsApi from '../api/findings.ts';
import { ApiError } from '../lib/apiError.ts';
import { finding, findingId, page } from '../test/feedbackFixtures.ts';
import { useTestPinia } from '../test/pinia.ts';
import { useFindingsStore } from './findings.ts';
import { useFindingsDetailStore } from './findingsDetail.ts';

vi.mock('../api/findings.ts');
const api = vi.mocked(findingsApi);

const fresh = finding({ status: 'new' }, 1);
const planned = finding({ status: 'planned' }, 2);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.listFindings.mockImplementation(async (query: FindingListQuery) => {
    if (query.status === 'new') return page([fresh], 3);
    if (query.status === 'planned') return page([planned]);
    return page([]);
  });
});

describe('findings board store', () => {
  it('asks for every column with the filters', async () => {
    const store = useFindingsStore();

    await store.setFilters({ category: 'search', roundId: null });

    expect(api.listFindings).toHaveBeenCalledTimes(6);
    expect(api.listFindings).toHaveBeenCalledWith(
      { category: 'search', status: 'planned', limit: 20, offset: 0 },
      expect.anything(),
    );
    expect(store.columns.new).toEqual({ items: [fresh], total: 3 });
    expect(store.total).toBe(4);
    expect(store.filtered).toBe(true);
  });

  it('moves a card to the column of its new status and updates the open panel', async () => {
    const store = useFindingsStore();
    const detail = useFindingsDetailStore();
    await store.load();
    api.getFinding.mockResolvedValue({ ...planned, history: [] });
    await detail.open(planned.id);
    const done = { ...planned, status: 'done' as const, resolution: 'Gedaan.', history: [] };
    api.updateFinding.mockResolvedValue(done);

    await store.move(planned.id, { status: 'done', resolution: 'Gedaan.' });

    expect(store.columns.planned).toEqual({ items: [], total: 0 });
    expect(store.columns.done.items.map((item) => item.id)).toEqual([planned.id]);
    expect(store.columns.done.items[0]).not.toHaveProperty('history');
    expect(store.columns.done.total).toBe(1);
    expect(detail.finding?.status).toBe('done');
    expect(store.moving).toEqual([]);
  });

  it('leaves the card where it was when the move is refused', async () => {
    const store = useFindingsStore();
    await store.load();
    api.updateFinding.mockRejectedValue(new ApiError({ status: 409, code: 'illegal_transition', allowed: [] }));

    await expect(store.move(fresh.id, { status: 'planned' })).rejects.toMatchObject({ code: 'illegal_transition' });

    expect(store.columns.new.items).toEqual([fresh]);
    expect(store.moving).toEqual([]);
  });

  it('appends the next page of one column without doubles', async () => {
    const store = useFindingsStore();
    await store.load();
    api.listFindings.mockResolvedValueOnce(page([fresh, finding({}, 5)], 3));

    await store.loadMore('new');

    expect(store.columns.new.items.map((item) => item.id)).toEqual([fresh.id, findingId(5)]);
  });

  it('does not put a new finding on a board filtered to another category', async () => {
    const store = useFindingsStore();
    await store.setFilters({ category: 'mobile' });

    store.added(finding({ category: 'search' }, 7));

    expect(store.columns.new.items.map((item) => item.id)).not.toContain(findingId(7));
  });
});
