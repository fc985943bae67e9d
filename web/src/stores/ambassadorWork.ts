import type { ActivityListQuery, TrainingSessionListQuery } from '@ambassador/shared';
import { defineStore } from 'pinia';
import * as activitiesApi from '../api/activities.ts';
import * as sessionsApi from '../api/trainingSessions.ts';
import { usePagedList } from '../composables/usePagedList.ts';

/** The page size of an ambassador's sessions and activity on her detail page. */
export const AMBASSADOR_WORK_PAGE_SIZE = 10;

interface ForAmbassador {
  ambassadorId: string | null;
}

const noAmbassador = (): ForAmbassador => ({ ambassadorId: null });

/**
 * The sessions an ambassador gives or gave as a trainer, in date order and paged by the server. Choosing another
 * ambassador aborts the request for the previous one, so her sessions never show under another name.
 */
export const useAmbassadorSessionsStore = defineStore('ambassadorSessions', () =>
  usePagedList({
    fetch: (query: TrainingSessionListQuery, signal) => sessionsApi.listTrainingSessions(query, signal),
    toQuery: (window, filters: ForAmbassador): TrainingSessionListQuery => ({
      ...window,
      ...(filters.ambassadorId ? { trainerId: filters.ambassadorId } : {}),
    }),
    defaultFilters: noAmbassador,
    pageSize: AMBASSADOR_WORK_PAGE_SIZE,
  }),
);

/** What an ambassador logged or the app logged for her, newest first and paged by the server. */
export const useAmbassadorActivityStore = defineStore('ambassadorActivity', () =>
  usePagedList({
    fetch: (query: ActivityListQuery, signal) => activitiesApi.listActivities(query, signal),
    toQuery: (window, filters: ForAmbassador): ActivityListQuery => ({
      ...window,
      ...(filters.ambassadorId ? { ambassadorId: filters.ambassadorId } : {}),
    }),
    defaultFilters: noAmbassador,
    pageSize: AMBASSADOR_WORK_PAGE_SIZE,
  }),
);
