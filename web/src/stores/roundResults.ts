import type { RoundResults } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as roundsApi from '../api/feedbackRounds.ts';
import type { Download } from '../api/http.ts';
import { useLoader } from '../composables/useLoader.ts';

/** A round's results (admin and HR) with the round's summary for the heading, and the CSV download. */
export const useRoundResultsStore = defineStore('roundResults', () => {
  const results = ref<RoundResults | null>(null);
  const title = ref<string | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const downloading = ref(false);

  function reset(): void {
    cancel();
    results.value = null;
    title.value = null;
    downloading.value = false;
  }

  /**
   * The results and, for admins, the round (its title and question order; HR may not read the round itself, so
   * its questions' texts come from the results).
   */
  async function load(id: string): Promise<void> {
    if (results.value?.roundId !== id) {
      results.value = null;
      title.value = null;
    }
    await run(
      (signal) => roundsApi.getRoundResults(id, signal),
      (answer) => (results.value = answer),
    );
  }

  /** The round's title, where the caller may read the round (admins); HR sees the results without it. */
  async function loadTitle(id: string): Promise<void> {
    try {
      title.value = (await roundsApi.getRound(id)).title;
    } catch {
      title.value = null;
    }
  }

  async function downloadCsv(id: string): Promise<Download> {
    downloading.value = true;
    try {
      return await roundsApi.downloadRoundResultsCsv(id);
    } finally {
      downloading.value = false;
    }
  }

  return { results, title, loading, error, downloading, reset, load, loadTitle, downloadCsv };
});
