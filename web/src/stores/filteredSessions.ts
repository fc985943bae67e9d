import type { TrainingSession, TrainingSessionListQuery } from '@ambassador/shared';
import { computed, ref } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { useTrainingFiltersStore } from './trainingFilters.ts';

/** The most the API hands out at once; a month of sessions stays far below it. */
export const CALENDAR_LIMIT = 500;

/**
 * The sessions the calendar and the list show: those of a period with the shared filters, as many as the API hands
 * out at once. A newer request cancels the one still on its way. For use inside a setup store.
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
      const page = await sessionsApi.listTrainingSessions(
        { ...period, ...filters.query, ...search, limit: CALENDAR_LIMIT },
        current.signal,
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
