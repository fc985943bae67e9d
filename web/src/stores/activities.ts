import type { Activity, ActivityKind, ActivityListQuery, CreateActivityBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as activitiesApi from '../api/activities.ts';
import { useLoader } from '../composables/useLoader.ts';

export const ACTIVITY_PAGE_SIZES = [25, 50, 100] as const;

export interface ActivityFilters {
  kind: ActivityKind | null;
  ambassadorId: string | null;
  /** Includes the sub-departments. */
  departmentId: string | null;
  /** First and last day, `YYYY-MM-DD`; empty leaves that end open. */
  from: string;
  to: string;
}

const defaultFilters = (): ActivityFilters => ({
  kind: null,
  ambassadorId: null,
  departmentId: null,
  from: '',
  to: '',
});

/** The filters as the summary takes them: everything but the kind (the chart shows every kind). */
export function summaryQuery(filters: ActivityFilters) {
  return {
    ...(filters.ambassadorId ? { ambassadorId: filters.ambassadorId } : {}),
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/**
 * The list of logged activity, newest first and paged by the server: the network's for admins and HR, her own for an
 * ambassador (the server decides). Logging and deleting go through here too, so the list follows.
 */
export const useActivitiesStore = defineStore('activities', () => {
  const items = ref<Activity[]>([]);
  const total = ref(0);
  const limit = ref<number>(ACTIVITY_PAGE_SIZES[0]);
  const offset = ref(0);
  const filters = reactive<ActivityFilters>(defaultFilters());
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  /** Activities with a delete on its way. */
  const removing = ref<string[]>([]);

  /** Exactly what goes to GET /activities; empty filters are left out. */
  const query = computed<ActivityListQuery>(() => ({
    limit: limit.value,
    offset: offset.value,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...summaryQuery(filters),
  }));

  const filtered = computed(() => Object.keys(query.value).length > 2);

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    limit.value = ACTIVITY_PAGE_SIZES[0];
    offset.value = 0;
    Object.assign(filters, defaultFilters());
    loaded.value = false;
    removing.value = [];
  }

  async function load(): Promise<void> {
    await run(
      (signal) => activitiesApi.listActivities(query.value, signal),
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
  function setFilters(changes: Partial<ActivityFilters>): Promise<void> {
    Object.assign(filters, changes);
    offset.value = 0;
    return load();
  }

  function clearFilters(): Promise<void> {
    return setFilters(defaultFilters());
  }

  /** Logs one activity; a list that was shown is read again, the new entry now on top. */
  async function log(body: CreateActivityBody): Promise<Activity> {
    const created = await activitiesApi.createActivity(body);
    if (loaded.value) {
      offset.value = 0;
      await load();
    }
    return created;
  }

  async function remove(id: string): Promise<void> {
    removing.value = [...removing.value, id];
    try {
      await activitiesApi.deleteActivity(id);
      items.value = items.value.filter((item) => item.id !== id);
      total.value = Math.max(0, total.value - 1);
    } finally {
      removing.value = removing.value.filter((pending) => pending !== id);
    }
  }

  return {
    items,
    total,
    limit,
    offset,
    filters,
    loading,
    loaded,
    error,
    removing,
    query,
    filtered,
    reset,
    load,
    setPage,
    setFilters,
    clearFilters,
    log,
    remove,
  };
});
