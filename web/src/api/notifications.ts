import type {
  NotificationListQuery,
  NotificationPage,
  OutboxListQuery,
  OutboxMail,
  OutboxPage,
} from '@ambassador/shared';
import { http } from './http.ts';

/** Her in-app notifications, newest first, with how many of all are unread. */
export const listNotifications = (query: NotificationListQuery, signal?: AbortSignal) =>
  http.get<NotificationPage>('/me/notifications', query, signal);

export const markNotificationRead = (id: string) => http.post<void>(`/me/notifications/${id}/read`);

export const markAllNotificationsRead = () => http.post<{ marked: number }>('/me/notifications/read-all');

/** The organisation's mails, newest first, filtered by status and kind (admins). */
export const listOutbox = (query: OutboxListQuery, signal?: AbortSignal) =>
  http.get<OutboxPage>('/outbox', query, signal);

/** One mail with its text (admins): as sent, or as it will be sent while it waits. */
export const getOutboxMail = (id: string) => http.get<OutboxMail>(`/outbox/${id}`);
