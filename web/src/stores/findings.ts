import type { Finding, FindingCategory, FindingListQuery, FindingStatus, UpdateFindingBody } from '@ambassador/shared';
import { FindingStatuses } from '@ambassador/shared/constants';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as findingsApi from '../api/findings.ts';
import { useLoader } from '../composables/useLoader.ts';
import { useFindingsDetailStore } from './findingsDetail.ts';

/** Cards per column and per "Meer laden". */
export const COLUMN_PAGE_SIZE = 20;

export interface FindingFilters {
  category: FindingCategory | null;
  roundId: string | null;
}

export interface FindingColumn {
  items: Finding[];
  total: number;
}

const defaultFilters = (): FindingFilters => ({ category: null, roundId: null });
const emptyColumns = () =>
  Object.fromEntries(FindingStatuses.map((status) => [status, { items: [], total: 0 }])) as unknown as Record<
    FindingStatus,
    FindingColumn
  >;

/** The admins' findings board: one column per status, each paged on its own. */
export const useFindingsStore = defineStore('findings', () => {
  const columns = ref<Record<FindingStatus, FindingColumn>>(emptyColumns());
  const filters = reactive<FindingFilters>(defaultFilters());
  const loaded = ref(false);
  const { loading, error, cancel, run } = useLoader();
  const more = useLoader();
  /** The column whose next page is on its way. */
  const loadingMoreStatus = ref<FindingStatus | null>(null);
  const moving = ref<string[]>([]);

  const query = computed<FindingListQuery>(() => ({
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.roundId ? { roundId: filters.roundId } : {}),
  }));
  const filtered = computed(() => Object.keys(query.value).length > 0);
  const total = computed(() => FindingStatuses.reduce((sum, status) => sum + columns.value[status].total, 0));

  function reset(): void {
    cancel();
    more.cancel();
    columns.value = emptyColumns();
    Object.assign(filters, defaultFilters());
    loaded.value = false;
    loadingMoreStatus.value = null;
    moving.value = [];
  }

  async function load(): Promise<void> {
    more.cancel();
    loadingMoreStatus.value = null;
    await run(
      (signal) =>
        Promise.all(
          FindingStatuses.map((status) =>
            findingsApi.listFindings({ ...query.value, status, limit: COLUMN_PAGE_SIZE, offset: 0 }, signal),
          ),
        ),
      (pages) => {
        const next = emptyColumns();
        FindingStatuses.forEach((status, index) => {
          next[status] = { items: pages[index]!.items, total: pages[index]!.total };
        });
        columns.value = next;
        loaded.value = true;
      },
    );
  }

  async function loadMore(status: FindingStatus): Promise<void> {
    loadingMoreStatus.value = status;
    await more.run(
      (signal) =>
        findingsApi.listFindings(
          { ...query.value, status, limit: COLUMN_PAGE_SIZE, offset: columns.value[status].items.length },
          signal,
        ),
      (page) => {
        const column = columns.value[status];
        const known = new Set(column.items.map((item) => item.id));
        column.items = [...column.items, ...page.items.filter((item) => !known.has(item.id))];
        column.total = page.total;
      },
    );
    if (loadingMoreStatus.value === status) loadingMoreStatus.value = null;
  }

  function setFilters(changes: Partial<FindingFilters>): Promise<void> {
    Object.assign(filters, changes);
    return load();
  }

  function clearFilters(): Promise<void> {
    return setFilters(defaultFilters());
  }

  function matches(finding: Finding): boolean {
    return (
      (!filters.category || finding.category === filters.category) &&
      (!filters.roundId || finding.roundId === filters.roundId)
    );
  }

  /** Takes the finding out of the column it was in and puts it on top of the one it is in now. */
  function place(finding: Finding): void {
    const { history: _history, ...card } = finding;
    for (const status of FindingStatuses) {
      const column = columns.value[status];
      const before = column.items.length;
      column.items = column.items.filter((item) => item.id !== finding.id);
      if (column.items.length < before) column.total = Math.max(0, column.total - 1);
    }
    if (!matches(finding)) return;
    const target = columns.value[finding.status];
    target.items = [card, ...target.items];
    target.total += 1;
  }

  /** A finding raised from the board's "Bevinding melden". */
  function added(finding: Finding): void {
    if (loaded.value) place(finding);
  }

  /**
   * Moves a finding (PATCH) and puts the card in its new column; the open side panel gets the answer with its
   * history. A refusal (`illegal_transition` with `allowed`, field errors) is rethrown for the form to show.
   */
  async function move(id: string, body: UpdateFindingBody): Promise<Finding> {
    moving.value = [...moving.value, id];
    try {
      const saved = await findingsApi.updateFinding(id, body);
      place(saved);
      useFindingsDetailStore().apply(saved);
      return saved;
    } finally {
      moving.value = moving.value.filter((other) => other !== id);
    }
  }

  return {
    columns,
    filters,
    filtered,
    total,
    loaded,
    loading,
    error,
    loadingMoreStatus,
    moreError: more.error,
    moving,
    reset,
    load,
    loadMore,
    setFilters,
    clearFilters,
    added,
    move,
  };
});
