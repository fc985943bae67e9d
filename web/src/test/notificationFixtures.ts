import type { Notification, NotificationPage, OutboxMessage } from '@ambassador/shared';

export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: '6f1c2d3e-0000-4000-8000-000000000901',
    kind: 'round_opened',
    title: 'Nieuwe feedbackronde: Klankbord',
    body: 'Geef je mening over de testomgeving.',
    link: '/feedback/rounds/6f1c2d3e-0000-4000-8000-000000000301/answer',
    readAt: null,
    createdAt: '2026-03-02T09:15:00.000Z',
    ...overrides,
  };
}

export function notificationPage(items: Notification[], unreadCount: number, total = items.length): NotificationPage {
  return { items, total, nextCursor: null, unreadCount };
}

export function outboxMessage(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id: '6f1c2d3e-0000-4000-8000-000000000a01',
    kind: 'password_reset',
    status: 'queued',
    recipient: 'hr@horizon.nl',
    subject: 'Kies een nieuw wachtwoord',
    attempts: 0,
    lastError: null,
    createdAt: '2026-03-02T09:15:00.000Z',
    sentAt: null,
    ...overrides,
  };
}
