import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sessionsApi from '../api/trainingSessions.ts';
import { ApiError } from '../api/http.ts';
import { departmentIds } from '../test/fixtures.ts';
import { trainingSession } from '../test/trainingFixtures.ts';
import { useTrainingCalendarStore } from './trainingCalendar.ts';
import { useTrainingFiltersStore } from './trainingFilters.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/trainingSessions.ts');
const api = vi.mocked(sessionsApi);

const week = { from: '2026-03-08T23:00:00.000Z', to: '2026-03-15T23:00:00.000Z' };

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.listTrainingSessions.mockResolvedValue({ items: [trainingSession()], total: 1, nextCursor: null });
});

describe('training calendar store', () => {
  it('asks for the visible range with the shared filters', async () => {
    const filters = useTrainingFiltersStore();
    filters.set({ departmentId: departmentIds.linde, wave: ' Golf 1 ', trainerId: null });
    const store = useTrainingCalendarStore();

    await store.load(week);

    expect(api.listTrainingSessions).toHaveBeenCalledWith(
      { ...week, departmentId: departmentIds.linde, wave: 'Golf 1', limit: 200, offset: 0 },
      expect.any(AbortSignal),
    );
    expect(store.items).toHaveLength(1);
    expect(filters.waves).toEqual(['Golf 1']);
  });

  it('reloads the same range after a filter change', async () => {
    const store = useTrainingCalendarStore();
    await store.load(week);

    await store.load();

    expect(api.listTrainingSessions).toHaveBeenLastCalledWith(
      { ...week, limit: 200, offset: 0 },
      expect.any(AbortSignal),
    );
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    let answerOld: (value: Awaited<ReturnType<typeof api.listTrainingSessions>>) => void = () => undefined;
    api.listTrainingSessions
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce({ items: [trainingSession({}, 2)], total: 1, nextCursor: null });
    const store = useTrainingCalendarStore();

    const old = store.load(week);
    await store.load({ from: week.to, to: '2026-03-22T23:00:00.000Z' });
    answerOld({ items: [trainingSession({}, 1)], total: 1, nextCursor: null });
    await old;

    expect(store.items.map((item) => item.title)).toEqual(['Teams basis 2']);
    expect(store.loading).toBe(false);
  });

  it('reads every page of a busy range', async () => {
    const sessions = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => trainingSession({}, from + index));
    api.listTrainingSessions
      .mockResolvedValueOnce({ items: sessions(0, 200), total: 250, nextCursor: null })
      .mockResolvedValueOnce({ items: sessions(200, 50), total: 250, nextCursor: null });
    const store = useTrainingCalendarStore();

    await store.load(week);

    expect(api.listTrainingSessions.mock.calls).toEqual([
      [{ ...week, limit: 200, offset: 0 }, expect.any(AbortSignal)],
      [{ ...week, limit: 200, offset: 200 }, expect.any(AbortSignal)],
    ]);
    expect(store.items).toHaveLength(250);
    expect(store.truncated).toBe(false);
  });

  it('stops at a thousand sessions and says the range has more', async () => {
    api.listTrainingSessions.mockImplementation(async ({ offset = 0 }) => ({
      items: Array.from({ length: 200 }, (_, index) => trainingSession({}, offset + index)),
      total: 1620,
      nextCursor: null,
    }));
    const store = useTrainingCalendarStore();

    await store.load(week);

    expect(api.listTrainingSessions).toHaveBeenCalledTimes(5);
    expect(store.items).toHaveLength(1000);
    expect(store.total).toBe(1620);
    expect(store.truncated).toBe(true);
  });

  it('keeps the error when the sessions cannot be loaded', async () => {
    api.listTrainingSessions.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const store = useTrainingCalendarStore();

    await store.load(week);

    expect(store.error?.code).toBe('database_unavailable');
    expect(store.loaded).toBe(false);
  });
});
