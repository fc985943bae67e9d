import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sessionsApi from '../api/trainingSessions.ts';
import { organisation } from '../test/fixtures.ts';
import { useAuthStore } from './auth.ts';
import { useTrainingListStore } from './trainingList.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/trainingSessions.ts');
const api = vi.mocked(sessionsApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  useAuthStore().organisation = organisation;
  api.listTrainingSessions.mockResolvedValue({ items: [], total: 0, nextCursor: null });
});

describe('training list store', () => {
  it('asks for whole days of the period in the organisation’s time zone, with the search text', async () => {
    const store = useTrainingListStore();
    store.q = ' teams ';

    await store.setPeriod({ from: '2026-03-01', to: '2026-03-31' });

    expect(api.listTrainingSessions).toHaveBeenCalledWith(
      { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z', q: 'teams', limit: 200, offset: 0 },
      expect.any(AbortSignal),
    );
  });
});
