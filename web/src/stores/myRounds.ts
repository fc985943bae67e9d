import type { RoundSummary } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { fetchAllPages } from '../api/pages.ts';
import * as roundsApi from '../api/roundAnswers.ts';
import { useLoader } from '../composables/useLoader.ts';
import { byUrgency } from '../lib/roundAnswers.ts';

/** Closed rounds come a page at a time ("Meer laden"); open ones all at once, there are only a few. */
export const CLOSED_PAGE_SIZE = 10;
const MAX_OPEN = 200;

/** The ambassador's rounds (the server gives her only the ones she takes part in): open ones first, then closed. */
export const useMyRoundsStore = defineStore('myRounds', () => {
  const open = ref<RoundSummary[]>([]);
  const closed = ref<RoundSummary[]>([]);
  const closedTotal = ref(0);
  const loaded = ref(false);
  const { loading, error, cancel, run } = useLoader();
  const more = useLoader();

  function reset(): void {
    cancel();
    more.cancel();
    open.value = [];
    closed.value = [];
    closedTotal.value = 0;
    loaded.value = false;
  }

  async function load(): Promise<void> {
    more.cancel();
    await run(
      (signal) =>
        Promise.all([
          fetchAllPages((page) => roundsApi.listRounds({ status: 'open', ...page }, signal), { max: MAX_OPEN, signal }),
          roundsApi.listRounds({ status: 'closed', limit: CLOSED_PAGE_SIZE, offset: 0 }, signal),
        ]),
      ([openPage, closedPage]) => {
        open.value = [...openPage.items].sort(byUrgency);
        closed.value = closedPage.items;
        closedTotal.value = closedPage.total;
        loaded.value = true;
      },
    );
  }

  async function loadMoreClosed(): Promise<void> {
    await more.run(
      (signal) =>
        roundsApi.listRounds({ status: 'closed', limit: CLOSED_PAGE_SIZE, offset: closed.value.length }, signal),
      (page) => {
        const known = new Set(closed.value.map((round) => round.id));
        closed.value = [...closed.value, ...page.items.filter((round) => !known.has(round.id))];
        closedTotal.value = page.total;
      },
    );
  }

  return {
    open,
    closed,
    closedTotal,
    loaded,
    loading,
    error,
    loadingMore: more.loading,
    moreError: more.error,
    reset,
    load,
    loadMoreClosed,
  };
});
