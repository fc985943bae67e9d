import type { CalendarFeed } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import * as feedApi from '../api/calendarFeed.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { useAuthStore } from './auth.ts';

/** The user's secret iCalendar address for her own agenda app. */
export const useCalendarFeedStore = defineStore('calendarFeed', () => {
  const feed = ref<CalendarFeed | null>(null);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  const renewing = ref(false);
  let loadId = 0;

  function reset(): void {
    loadId += 1;
    feed.value = null;
    loading.value = false;
    error.value = null;
    renewing.value = false;
  }

  const auth = useAuthStore();
  watch(
    () => auth.user?.id,
    () => reset(),
  );

  async function load(): Promise<void> {
    const current = ++loadId;
    loading.value = true;
    error.value = null;
    try {
      const answer = await feedApi.getCalendarFeed();
      if (current === loadId) feed.value = answer;
    } catch (caught) {
      if (current === loadId) error.value = asApiError(caught);
    } finally {
      if (current === loadId) loading.value = false;
    }
  }

  /** The old address stops working; errors go to the caller, the current address stays on screen. */
  async function renew(): Promise<CalendarFeed> {
    renewing.value = true;
    try {
      const answer = await feedApi.renewCalendarFeed();
      loadId += 1;
      feed.value = answer;
      error.value = null;
      loading.value = false;
      return answer;
    } finally {
      renewing.value = false;
    }
  }

  return { feed, loading, error, renewing, reset, load, renew };
});
