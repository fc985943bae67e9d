import type { Leaderboard, LeaderboardEntry, LeaderboardQuery } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as activitiesApi from '../api/activities.ts';
import { usePagedList } from '../composables/usePagedList.ts';

export const LEADERBOARD_PAGE_SIZES = [10, 25, 50] as const;

export interface LeaderboardFilters {
  /** Includes the sub-departments. */
  departmentId: string | null;
}

/**
 * The leaderboard of an organisation with recognition switched on: ambassadors by points over the last year, paged by
 * the server, with the caller's own line (an ambassador's) wherever she ranks.
 */
export const useLeaderboardStore = defineStore('leaderboard', () => {
  const mine = ref<LeaderboardEntry | null>(null);
  const period = ref<Pick<Leaderboard, 'from' | 'to'> | null>(null);
  const list = usePagedList({
    fetch: async (query: LeaderboardQuery, signal) => {
      const board = await activitiesApi.getLeaderboard(query, signal);
      mine.value = board.mine;
      period.value = { from: board.from, to: board.to };
      return board;
    },
    toQuery: (window, filters: LeaderboardFilters): LeaderboardQuery => ({
      ...window,
      ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    }),
    defaultFilters: (): LeaderboardFilters => ({ departmentId: null }),
    pageSize: LEADERBOARD_PAGE_SIZES[0],
  });

  function reset(): void {
    list.reset();
    mine.value = null;
    period.value = null;
  }

  return { ...list, mine, period, reset };
});
