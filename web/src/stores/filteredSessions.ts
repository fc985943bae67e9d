import type { TrainingSession, TrainingSessionListQuery } from '@ambassador/shared';
import { computed, ref } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { fetchAllPages } from '../api/pages.ts';
import { useTrainingFiltersStore } from './trainingFilters.ts';

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
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<ApiError | null>(null);
  let controller: AbortController | null = null;

  const truncated = computed(() => total.value > items.value.length);

  /** Forgets the sessions and any request on its way. */
  function clear(): void {
    controller?.abort();
    controller = null;
    items.value = [];
    total.value = 0;
    loading.value = false;
    loaded.value = false;
    error.value = null;
  }

  /** `search` holds what the list adds to the filters (its search text). */
  async function loadSessions(
    period: Pick<TrainingSessionListQuery, 'from' | 'to'>,
    search: Pick<TrainingSessionListQuery, 'q'> = {},
  ): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = null;
    try {
      const page = await fetchAllPages(
        (request) =>
          sessionsApi.listTrainingSessions({ ...period, ...filters.query, ...search, ...request }, current.signal),
        { max: MAX_SESSIONS, signal: current.signal },
      );
      if (controller !== current) return;
      items.value = page.items;
      total.value = page.total;
      loaded.value = true;
      filters.rememberWaves(page.items);
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = asApiError(caught);
    } finally {
      if (controller === current) loading.value = false;
    }
  }

  return { items, total, loading, loaded, error, truncated, clear, loadSessions };
}
