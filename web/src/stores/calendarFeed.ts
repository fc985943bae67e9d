import type { CalendarFeed } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as feedApi from '../api/calendarFeed.ts';
import { useLoader } from '../composables/useLoader.ts';

/** The user's secret iCalendar address for her own agenda app. */
export const useCalendarFeedStore = defineStore('calendarFeed', () => {
  const feed = ref<CalendarFeed | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const renewing = ref(false);

  function reset(): void {
    cancel();
    feed.value = null;
    renewing.value = false;
  }

  async function load(): Promise<void> {
    await run(
      () => feedApi.getCalendarFeed(),
      (answer) => (feed.value = answer),
    );
  }

  /** The old address stops working; errors go to the caller, the current address stays on screen. */
  async function renew(): Promise<CalendarFeed> {
    renewing.value = true;
    try {
      const answer = await feedApi.renewCalendarFeed();
      cancel();
      feed.value = answer;
      return answer;
    } finally {
      renewing.value = false;
    }
  }

  return { feed, loading, error, renewing, reset, load, renew };
});
