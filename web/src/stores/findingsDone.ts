import type { Finding } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as findingsApi from '../api/findings.ts';
import { fetchAllPages } from '../api/pages.ts';
import { useLoader } from '../composables/useLoader.ts';

/** The page is printed as one report, so it reads every page; a programme resolves dozens, not thousands. */
const MAX_DONE = 500;

/** "Jullie zeiden, wij deden": the organisation's findings that were done, each with what was done. */
export const useFindingsDoneStore = defineStore('findingsDone', () => {
  const items = ref<Finding[]>([]);
  const total = ref(0);
  const loaded = ref(false);
  const { loading, error, cancel, run } = useLoader();

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    loaded.value = false;
  }

  async function load(): Promise<void> {
    await run(
      (signal) =>
        fetchAllPages((page) => findingsApi.listFindings({ status: 'done', ...page }, signal), {
          max: MAX_DONE,
          signal,
        }),
      (list) => {
        items.value = list.items;
        total.value = list.total;
        loaded.value = true;
      },
    );
  }

  return { items, total, loaded, loading, error, reset, load };
});
