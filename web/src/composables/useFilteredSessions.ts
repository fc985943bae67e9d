import type { TrainingSession, TrainingSessionListQuery } from '@ambassador/shared';
import { computed, ref } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { fetchAllPages } from '../api/pages.ts';
import { useTrainingFiltersStore } from '../stores/trainingFilters.ts';
import { useLoader } from './useLoader.ts';

/**
 * The most sessions read for one period (five pages); a month stays far below it. Past it the views say how many there
 * are and ask for a shorter period or a filter.
 */
export const MAX_SESSIONS = 1000;

/**
 * The sessions the calendar and the list show: those of a period with the shared filters, page by page up to
 * MAX_SESSIONS. A newer request cancels the one still on its way. For use inside a setup store.
 */
export function useFilteredSessions() {
  const filters = useTrainingFiltersStore();
  const items = ref<TrainingSession[]>([]);
  const total = ref(0);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);

  const truncated = computed(() => total.value > items.value.length);

  /** Forgets the sessions and any request on its way. */
  function clear(): void {
    cancel();
    items.value = [];
    total.value = 0;
    loaded.value = false;
  }

  /** `search` holds what the list adds to the filters (its search text). */
  async function loadSessions(
    period: Pick<TrainingSessionListQuery, 'from' | 'to'>,
    search: Pick<TrainingSessionListQuery, 'q'> = {},
  ): Promise<void> {
    await run(
      (signal) =>
        fetchAllPages(
          (request) => sessionsApi.listTrainingSessions({ ...period, ...filters.query, ...search, ...request }, signal),
          { max: MAX_SESSIONS, signal },
        ),
      (page) => {
        items.value = page.items;
        total.value = page.total;
        loaded.value = true;
        filters.rememberWaves(page.items);
      },
    );
  }

  return { items, total, loading, loaded, error, truncated, clear, loadSessions };
}
