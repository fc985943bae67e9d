import { sql } from 'drizzle-orm';
import { type AnyPgColumn, foreignKey, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { FindingCategories, FindingStatuses } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { feedbackRounds } from './feedback.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

/** A finding: something an ambassador or the team noticed, triaged and reported back ("you said, we did"). */
export const feedbackItems = pgTable(
  'feedback_items',
  {
    id: id(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    category: text('category', { enum: FindingCategories }),
    roundId: uuid('round_id').references(() => feedbackRounds.id, { onDelete: 'set null' }),
    status: text('status', { enum: FindingStatuses }).notNull().default('new'),
    resolution: text('resolution'),
    duplicateOfId: uuid('duplicate_of_id').references((): AnyPgColumn => feedbackItems.id, { onDelete: 'set null' }),
    raisedBy: uuid('raised_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamptz('resolved_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('feedback_items_organisation_id_key').on(t.organisationId, t.id),
    index('feedback_items_status_idx').on(t.organisationId, t.status),
    index('feedback_items_raised_by_idx').on(t.organisationId, t.raisedBy),
  ],
);

/** Every status change of a finding, its creation first: who, when, from, to. */
export const feedbackItemChanges = pgTable(
  'feedback_item_changes',
  {
    id: id(),
    organisationId: organisationId(),
    itemId: uuid('item_id').notNull(),
    fromStatus: text('from_status', { enum: FindingStatuses }),
    toStatus: text('to_status', { enum: FindingStatuses }).notNull(),
    resolution: text('resolution'),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamptz('changed_at')
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [
    index('feedback_item_changes_item_idx').on(t.organisationId, t.itemId, t.changedAt),
    foreignKey({
      name: 'feedback_item_changes_item_fk',
      columns: [t.organisationId, t.itemId],
      foreignColumns: [feedbackItems.organisationId, feedbackItems.id],
    }).onDelete('cascade'),
  ],
);
