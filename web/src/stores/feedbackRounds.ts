import type { RoundListQuery, RoundPurpose, RoundStatus, RoundSummary } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as roundsApi from '../api/feedbackRounds.ts';
import { useLoader } from '../composables/useLoader.ts';

export const ROUND_PAGE_SIZES = [20, 50, 100] as const;

export interface RoundFilters {
  status: RoundStatus | null;
  purpose: RoundPurpose | null;
}

const defaultFilters = (): RoundFilters => ({ status: null, purpose: null });

/** The rounds tab (admin and HR): one page of rounds as the server pages them, with status and purpose filters. */
export const useFeedbackRoundsStore = defineStore('feedbackRounds', () => {
  const items = ref<RoundSummary[]>([]);
  const total = ref(0);
  const limit = ref<number>(ROUND_PAGE_SIZES[0]);
  const offset = ref(0);
  const filters = reactive<RoundFilters>(defaultFilters());
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);

  /** Exactly what goes to GET /feedback-rounds; empty filters are left out. */
  const query = computed<RoundListQuery>(() => ({
    limit: limit.value,
    offset: offset.value,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.purpose ? { purpose: filters.purpose } : {}),
  }));

  /** An empty page then means "nothing matches" rather than "no rounds yet". */
  const filtered = computed(() => filters.status !== null || filters.purpose !== null);

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    limit.value = ROUND_PAGE_SIZES[0];
    offset.value = 0;
    Object.assign(filters, defaultFilters());
    loaded.value = false;
  }

  async function load(): Promise<void> {
    await run(
      (signal) => roundsApi.listRounds(query.value, signal),
      (page) => {
        items.value = page.items;
        total.value = page.total;
        loaded.value = true;
      },
    );
  }

  function setPage(nextOffset: number, nextLimit: number): Promise<void> {
    limit.value = nextLimit;
    offset.value = Math.floor(nextOffset / nextLimit) * nextLimit;
    return load();
  }

  /** Any change of filter starts again at the first page. */
  function setFilters(changes: Partial<RoundFilters>): Promise<void> {
    Object.assign(filters, changes);
    offset.value = 0;
    return load();
  }

  function clearFilters(): Promise<void> {
    return setFilters(defaultFilters());
  }

  return {
    items,
    total,
    limit,
    offset,
    filters,
    query,
    filtered,
    loading,
    loaded,
    error,
    reset,
    load,
    setPage,
    setFilters,
    clearFilters,
  };
});
