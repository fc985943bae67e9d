import type { RoundListQuery, RoundPurpose, RoundStatus } from '@ambassador/shared';
import { defineStore } from 'pinia';
import * as roundsApi from '../api/feedbackRounds.ts';
import { usePagedList } from '../composables/usePagedList.ts';

export const ROUND_PAGE_SIZES = [20, 50, 100] as const;

export interface RoundFilters {
  status: RoundStatus | null;
  purpose: RoundPurpose | null;
}

const defaultFilters = (): RoundFilters => ({ status: null, purpose: null });

/** The rounds tab (admin and HR): one page of rounds as the server pages them, with status and purpose filters. */
export const useFeedbackRoundsStore = defineStore('feedbackRounds', () =>
  usePagedList({
    fetch: (query: RoundListQuery, signal) => roundsApi.listRounds(query, signal),
    toQuery: (window, filters: RoundFilters): RoundListQuery => ({
      ...window,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.purpose ? { purpose: filters.purpose } : {}),
    }),
    defaultFilters,
    pageSize: ROUND_PAGE_SIZES[0],
  }),
);
