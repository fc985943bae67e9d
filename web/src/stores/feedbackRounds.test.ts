import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as roundsApi from '../api/feedbackRounds.ts';
import { useTestPinia } from '../test/pinia.ts';
import { roundSummary } from '../test/roundFixtures.ts';
import { useAuthStore } from './auth.ts';
import { useFeedbackRoundsStore } from './feedbackRounds.ts';

vi.mock('../api/feedbackRounds.ts');
const api = vi.mocked(roundsApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.listRounds.mockResolvedValue({ items: [roundSummary()], total: 41, nextCursor: null });
});

describe('feedback rounds store', () => {
  it('asks for a filter from the first page and leaves empty filters out', async () => {
    const store = useFeedbackRoundsStore();
    await store.setPage(40, 20);
    expect(api.listRounds).toHaveBeenLastCalledWith({ limit: 20, offset: 40 }, expect.any(AbortSignal));

    await store.setFilters({ status: 'open' });
    expect(api.listRounds).toHaveBeenLastCalledWith({ limit: 20, offset: 0, status: 'open' }, expect.any(AbortSignal));
    expect(store.filtered).toBe(true);

    await store.clearFilters();
    expect(api.listRounds).toHaveBeenLastCalledWith({ limit: 20, offset: 0 }, expect.any(AbortSignal));
    expect(store.filtered).toBe(false);
  });

  it('keeps the error of a failed load for the page to show', async () => {
    api.listRounds.mockRejectedValue(new Error('boom'));
    const store = useFeedbackRoundsStore();
    await store.load();
    expect(store.error).not.toBeNull();
    expect(store.loaded).toBe(false);
  });

  it('forgets the rounds when the user changes', async () => {
    const store = useFeedbackRoundsStore();
    await store.setFilters({ purpose: 'pulse' });
    expect(store.items).toHaveLength(1);

    useAuthStore().user = { id: 'someone-else', email: 'x@y.nl', name: 'X', role: 'admin' };
    await Promise.resolve();

    expect(store.items).toEqual([]);
    expect(store.filters).toEqual({ status: null, purpose: null });
  });
});
