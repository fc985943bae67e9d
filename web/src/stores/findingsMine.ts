import type { Finding } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as findingsApi from '../api/findings.ts';
import { useLoader } from '../composables/useLoader.ts';

export const MINE_PAGE_SIZE = 20;

/** The findings she raised, newest first as the server sorts them, a page at a time. */
export const useFindingsMineStore = defineStore('findingsMine', () => {
  const items = ref<Finding[]>([]);
  const total = ref(0);
  const loaded = ref(false);
  const { loading, error, cancel, run } = useLoader();
  const more = useLoader();

  function reset(): void {
    cancel();
    more.cancel();
    items.value = [];
    total.value = 0;
    loaded.value = false;
  }

  async function load(): Promise<void> {
    more.cancel();
    await run(
      (signal) => findingsApi.listFindings({ mine: true, limit: MINE_PAGE_SIZE, offset: 0 }, signal),
      (page) => {
        items.value = page.items;
        total.value = page.total;
        loaded.value = true;
      },
    );
  }

  async function loadMore(): Promise<void> {
    await more.run(
      (signal) => findingsApi.listFindings({ mine: true, limit: MINE_PAGE_SIZE, offset: items.value.length }, signal),
      (page) => {
        const known = new Set(items.value.map((item) => item.id));
        items.value = [...items.value, ...page.items.filter((item) => !known.has(item.id))];
        total.value = page.total;
      },
    );
  }

  /** One she just raised goes on top. */
  function added(finding: Finding): void {
    if (!finding.mine) return;
    items.value = [finding, ...items.value.filter((item) => item.id !== finding.id)];
    total.value += 1;
    loaded.value = true;
  }

  return {
    items,
    total,
    loaded,
    loading,
    error,
    loadingMore: more.loading,
    moreError: more.error,
    reset,
    load,
    loadMore,
    added,
  };
});
