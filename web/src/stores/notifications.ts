import type { Notification, NotificationListQuery } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as notificationsApi from '../api/notifications.ts';
import { useLoader } from '../composables/useLoader.ts';
import { usePagedList } from '../composables/usePagedList.ts';

/** How many of the newest the bell shows; the rest are on the notifications page. */
export const BELL_SIZE = 8;
export const NOTIFICATION_PAGE_SIZE = 20;

/**
 * Her in-app notifications: the newest few and the unread count for the bell in the top bar, and the paged list of
 * all of them. Marking read changes both at once and goes back when the server refuses.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const recent = ref<Notification[]>([]);
  const unreadCount = ref(0);
  const recentLoaded = ref(false);
  const recentLoader = useLoader();
  /** When the bell last asked; navigation asks again only when this is older than the caller allows. */
  let checkedAt = 0;

  const list = usePagedList({
    fetch: async (query: NotificationListQuery, signal) => {
      const page = await notificationsApi.listNotifications(query, signal);
      unreadCount.value = page.unreadCount;
      return page;
    },
    toQuery: (window) => ({ ...window }),
    defaultFilters: () => ({}),
    pageSize: NOTIFICATION_PAGE_SIZE,
  });

  function refresh(): Promise<void> {
    checkedAt = Date.now();
    return recentLoader.run(
      (signal) => notificationsApi.listNotifications({ limit: BELL_SIZE, offset: 0 }, signal),
      (page) => {
        recent.value = page.items;
        unreadCount.value = page.unreadCount;
        recentLoaded.value = true;
      },
    );
  }

  /** Asks again unless the bell asked less than `maxAgeMs` ago (or is asking now). */
  function refreshIfStale(maxAgeMs: number): Promise<void> {
    if (recentLoader.loading.value || Date.now() - checkedAt < maxAgeMs) return Promise.resolve();
    return refresh();
  }

  /** Sets `readAt` on the notification wherever it is shown; returns what each list held before. */
  function setRead(ids: Set<string> | null, readAt: string | null) {
    const before = { recent: recent.value, items: list.items.value, unreadCount: unreadCount.value };
    const apply = (items: Notification[]) =>
      items.map((item) => ((ids === null || ids.has(item.id)) && item.readAt === null ? { ...item, readAt } : item));
    recent.value = apply(recent.value);
    list.items.value = apply(list.items.value);
    return () => {
      recent.value = before.recent;
      list.items.value = before.items;
      unreadCount.value = before.unreadCount;
    };
  }

  async function markRead(notification: Notification): Promise<void> {
    if (notification.readAt !== null) return;
    const undo = setRead(new Set([notification.id]), new Date().toISOString());
    unreadCount.value = Math.max(0, unreadCount.value - 1);
    try {
      await notificationsApi.markNotificationRead(notification.id);
    } catch (error) {
      undo();
      throw error;
    }
  }

  async function markAllRead(): Promise<void> {
    const undo = setRead(null, new Date().toISOString());
    unreadCount.value = 0;
    try {
      await notificationsApi.markAllNotificationsRead();
    } catch (error) {
      undo();
      throw error;
    }
  }

  function reset(): void {
    recentLoader.cancel();
    list.reset();
    recent.value = [];
    unreadCount.value = 0;
    recentLoaded.value = false;
    checkedAt = 0;
  }

  return {
    recent,
    unreadCount,
    recentLoaded,
    recentError: recentLoader.error,
    items: list.items,
    total: list.total,
    limit: list.limit,
    offset: list.offset,
    loading: list.loading,
    loaded: list.loaded,
    error: list.error,
    load: list.load,
    setPage: list.setPage,
    refresh,
    refreshIfStale,
    markRead,
    markAllRead,
    reset,
  };
});
