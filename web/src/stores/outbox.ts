import type { NotificationKind, OutboxListQuery, OutboxMail, OutboxStatus } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { asApiError, type ApiError } from '../api/http.ts';
import * as notificationsApi from '../api/notifications.ts';
import { usePagedList } from '../composables/usePagedList.ts';

export const OUTBOX_PAGE_SIZES = [25, 50, 100] as const;

export interface OutboxFilters {
  status: OutboxStatus | null;
  kind: NotificationKind | null;
}

/** The organisation's sent (and waiting, and failed) mails, newest first, for admins. */
export const useOutboxStore = defineStore('outbox', () => {
  const list = usePagedList({
    fetch: (query: OutboxListQuery, signal) => notificationsApi.listOutbox(query, signal),
    toQuery: (window, filters: OutboxFilters): OutboxListQuery => ({
      ...window,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.kind ? { kind: filters.kind } : {}),
    }),
    defaultFilters: (): OutboxFilters => ({ status: null, kind: null }),
    pageSize: OUTBOX_PAGE_SIZES[0],
  });

  /** The mail opened to read, while its text loads, and why it could not be. */
  const openedId = ref<string | null>(null);
  const mail = ref<OutboxMail | null>(null);
  const mailError = ref<ApiError | null>(null);

  async function openMail(id: string): Promise<void> {
    openedId.value = id;
    mail.value = null;
    mailError.value = null;
    try {
      const loaded = await notificationsApi.getOutboxMail(id);
      if (openedId.value === id) mail.value = loaded;
    } catch (caught) {
      if (openedId.value === id) mailError.value = asApiError(caught);
    }
  }

  function closeMail(): void {
    openedId.value = null;
    mail.value = null;
    mailError.value = null;
  }

  function reset(): void {
    list.reset();
    closeMail();
  }

  return { ...list, openedId, mail, mailError, openMail, closeMail, reset };
});
