import type { TrainingSession } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { useAuthStore } from './auth.ts';
import { useTrainingFiltersStore } from './trainingFilters.ts';

/** The most the API hands out at once; a month of sessions stays far below it. */
export const CALENDAR_LIMIT = 500;

export interface CalendarRange {
  from: string;
  to: string;
}

/** The sessions in the range the calendar shows, with the shared filters. */
export const useTrainingCalendarStore = defineStore('trainingCalendar', () => {
  const range = ref<CalendarRange | null>(null);
  const items = ref<TrainingSession[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<ApiError | null>(null);
  let controller: AbortController | null = null;

  const truncated = computed(() => total.value > items.value.length);

  function reset(): void {
    controller?.abort();
    controller = null;
    range.value = null;
    items.value = [];
    total.value = 0;
    loading.value = false;
    loaded.value = false;
    error.value = null;
  }

  const auth = useAuthStore();
  watch(
    () => auth.user?.id,
    () => reset(),
  );

  const filters = useTrainingFiltersStore();

  /** Another range (the calendar moved) or the same one again (filters changed, a session was saved). */
  async function load(next: CalendarRange | null = range.value): Promise<void> {
    if (!next) return;
    range.value = next;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = null;
    try {
      const page = await sessionsApi.listTrainingSessions(
        { from: next.from, to: next.to, ...filters.query, limit: CALENDAR_LIMIT },
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

  return { range, items, total, loading, loaded, error, truncated, reset, load };
});
