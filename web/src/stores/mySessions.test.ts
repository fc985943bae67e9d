import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sessionsApi from '../api/trainingSessions.ts';
import { trainingSession } from '../test/trainingFixtures.ts';
import { useMySessionsStore } from './mySessions.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/trainingSessions.ts');
const api = vi.mocked(sessionsApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('my sessions store', () => {
  it('asks for her own planned sessions and drops past ones she only attended', async () => {
    const ahead = trainingSession({ myEnrolment: 'registered' }, 1);
    const attended = trainingSession({ myEnrolment: 'registered', endsAt: '2026-03-02T10:00:00.000Z' }, 2);
    const owed = trainingSession({ isTrainer: true, endsAt: '2026-03-02T10:00:00.000Z' }, 3);
    api.listTrainingSessions.mockResolvedValue({ items: [owed, attended, ahead], total: 3, nextCursor: null });
    const store = useMySessionsStore();

    await store.load(new Date('2026-03-05T12:00:00.000Z'));

    expect(api.listTrainingSessions).toHaveBeenCalledWith({
      mine: true,
      status: 'planned',
      from: '2026-02-19T12:00:00.000Z',
      limit: 50,
    });
    expect(store.items.map((item) => item.title)).toEqual(['Teams basis 3', 'Teams basis 1']);
  });
});
