import type { AuditEventQuery, AuditExportQuery } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as auditApi from '../api/audit.ts';
import type { Download } from '../api/http.ts';
import { usePagedList, type PageWindow } from '../composables/usePagedList.ts';

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

export interface AuditFilters {
  entity: string | null;
  /** One record's history, chosen from a row. */
  entityId: string | null;
  /** One person's acts, chosen from a row: her id, and her name to show while the filter is on. */
  actor: { id: string; name: string } | null;
  /** Calendar days (yyyy-mm-dd) in the browser's time zone; `to` is included. */
  from: string | null;
  to: string | null;
}

/** The start of a calendar day in the browser's time zone, as an instant; `days` later for an end. */
function dayStart(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date! + days).toISOString();
}

/** What the API is asked for the filters (empty ones left out). */
export function auditFilterQuery(filters: AuditFilters): AuditExportQuery {
  return {
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.actor ? { actorId: filters.actor.id } : {}),
    ...(filters.from ? { from: dayStart(filters.from) } : {}),
    ...(filters.to ? { to: dayStart(filters.to, 1) } : {}),
  };
}

/** Who changed, exported or viewed what, and when, for admins (Instellingen → Auditlog). */
export const useAuditStore = defineStore('audit', () => {
  const list = usePagedList({
    fetch: (query: AuditEventQuery, signal) => auditApi.listAuditEvents(query, signal),
    toQuery: (window: PageWindow, filters: AuditFilters): AuditEventQuery => ({
      ...window,
      ...auditFilterQuery(filters),
    }),
    defaultFilters: (): AuditFilters => ({ entity: null, entityId: null, actor: null, from: null, to: null }),
    pageSize: AUDIT_PAGE_SIZES[0],
  });

  const entities = ref<string[]>([]);
  async function loadEntities(): Promise<void> {
    // Only the filter's choices: without them the log still shows, so a failure is not the page's error.
    entities.value = await auditApi
      .listAuditEntities()
      .then((found) => found.items)
      .catch(() => entities.value);
  }

  const downloading = ref(false);
  async function downloadCsv(): Promise<Download> {
    downloading.value = true;
    try {
      return await auditApi.downloadAuditCsv(auditFilterQuery(list.filters as AuditFilters));
    } finally {
      downloading.value = false;
    }
  }

  return { ...list, entities, loadEntities, downloading, downloadCsv };
});
