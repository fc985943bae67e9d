import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EmailDeliveries } from '@ambassador/shared/constants';
import { Locales, NotificationKinds, OutboxStatuses } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * Every mail, written in the same transaction as the change that causes it and sent afterwards by the outbox job.
 * `dedupe_key` names the trigger and the recipient, so one trigger cannot queue the same mail twice. The body is
 * rendered at send time, where the public URL and the unsubscribe signing key are known.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    organisationId: organisationId(),
    kind: text('kind', { enum: NotificationKinds }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    locale: text('locale', { enum: Locales }).notNull(),
    /** Rendered when queued, in the recipient's language; the body is rendered by the sender from `data`. */
    subject: text('subject').notNull(),
    /** What the template needs (titles, dates, the SPA path of a link); a security mail's is cleared once sent. */
    data: jsonb('data').$type<Record<string, string>>().notNull().default({}),
    /** The body as sent (not kept for security mails, whose links are secrets). */
    text: text('text'),
    html: text('html'),
    attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
    /** `digest` rows wait for the weekly digest and are never claimed by the sender. */
    delivery: text('delivery', { enum: ['immediate', 'digest'] })
      .notNull()
      .default('immediate'),
    status: text('status', { enum: OutboxStatuses }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_key').on(t.organisationId, t.dedupeKey),
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'queued' and ${t.delivery} = 'immediate'`),
    index('outbox_organisation_idx').on(t.organisationId, t.createdAt),
    check('outbox_attempts_nonnegative', sql`${t.attempts} >= 0`),
  ],
);

/** The bell: what a user is told in the app, newest first. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NotificationKinds }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    readAt: timestamptz('read_at'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.organisationId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);

/** Per user: language of her mails and how each kind is delivered; a kind not named is `immediate`. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: Locales }),
    email: jsonb('email')
      .$type<Partial<Record<(typeof NotificationKinds)[number], (typeof EmailDeliveries)[number]>>>()
      .notNull()
      .default({}),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: 'notification_preferences_pkey', columns: [t.userId] })],
);

/** Password-reset links, stored as SHA-256 hashes; single use, valid for PASSWORD_RESET_TTL_MINUTES. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('password_reset_tokens_token_hash_key').on(t.tokenHash),
    index('password_reset_tokens_user_idx').on(t.userId),
  ],
);
