import type { Activity, ActivityKind, ActivityListQuery, CreateActivityBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as activitiesApi from '../api/activities.ts';
import { usePagedList } from '../composables/usePagedList.ts';

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
  const list = usePagedList({
    fetch: (query: ActivityListQuery, signal) => activitiesApi.listActivities(query, signal),
    toQuery: (window, filters: ActivityFilters): ActivityListQuery => ({
      ...window,
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...summaryQuery(filters),
    }),
    defaultFilters,
    pageSize: ACTIVITY_PAGE_SIZES[0],
  });
  const { items, total, offset, loaded, load } = list;
  /** Activities with a delete on its way. */
  const removing = ref<string[]>([]);

  function reset(): void {
    list.reset();
    removing.value = [];
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
    ...list,
    removing,
    reset,
    log,
    remove,
  };
});
