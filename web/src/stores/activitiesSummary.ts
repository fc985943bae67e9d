import type { ActivitySummary, ActivitySummaryQuery } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as activitiesApi from '../api/activities.ts';
import { useLoader } from '../composables/useLoader.ts';

/** The network's activity per month and kind, and per department: the chart and totals of the activity page. */
export const useActivitiesSummaryStore = defineStore('activitiesSummary', () => {
  const summary = ref<ActivitySummary | null>(null);
  const { loading, error, cancel, run } = useLoader();

  function reset(): void {
    cancel();
    summary.value = null;
  }

  async function load(query: ActivitySummaryQuery = {}): Promise<void> {
    await run(
      (signal) => activitiesApi.getActivitySummary(query, signal),
      (answer) => {
        summary.value = answer;
      },
    );
  }

  return { summary, loading, error, reset, load };
});
