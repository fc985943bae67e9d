import type { TrainingSession } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref, watch } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { dayBounds, dayInZone } from '../lib/zonedTime.ts';
import { useAuthStore } from './auth.ts';
import { CALENDAR_LIMIT } from './trainingCalendar.ts';
import { useTrainingFiltersStore } from './trainingFilters.ts';

/** First and last day shown, as `YYYY-MM-DD` in the organisation's time zone. */
export interface ListPeriod {
  from: string;
  to: string;
}

/** The list tab: every session of a period (the table sorts and pages them), with the shared filters. */
export const useTrainingListStore = defineStore('trainingList', () => {
  const auth = useAuthStore();
  const filters = useTrainingFiltersStore();
  const zone = () => auth.organisation?.timezone;

  const defaultPeriod = (): ListPeriod => ({ from: dayInZone(zone()), to: dayInZone(zone(), 90) });

  const period = reactive<ListPeriod>(defaultPeriod());
  const q = ref('');
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
    Object.assign(period, defaultPeriod());
    q.value = '';
    items.value = [];
    total.value = 0;
    loading.value = false;
    loaded.value = false;
    error.value = null;
  }

  watch(
    () => auth.user?.id,
    () => reset(),
  );

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = null;
    // The last day counts in full: up to midnight at its end.
    const from = dayBounds(period.from, zone())?.start;
    const to = dayBounds(period.to, zone())?.end;
    try {
      const page = await sessionsApi.listTrainingSessions(
        {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...filters.query,
          ...(q.value.trim() ? { q: q.value.trim() } : {}),
          limit: CALENDAR_LIMIT,
        },
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

  function setPeriod(next: Partial<ListPeriod>): Promise<void> {
    Object.assign(period, next);
    return load();
  }

  function search(text: string): Promise<void> {
    q.value = text;
    return load();
  }

  return { period, q, items, total, loading, loaded, error, truncated, reset, load, setPeriod, search };
});
