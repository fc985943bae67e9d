import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { ActivityKinds } from '@ambassador/shared/constants';
import { createdAt, id } from '../columns.ts';
import { ambassadors } from './ambassadors.ts';
import { contentItems } from './content.ts';
import { feedbackRounds } from './feedback.ts';
import { organisationId } from './organisations.ts';
import { trainingSessions } from './training.ts';
import { users } from './users.ts';

/** What an ambassador did: logged by hand, or written by the app (attendance, a round answered, a page reviewed). */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    organisationId: organisationId(),
    ambassadorId: uuid('ambassador_id').notNull(),
    kind: text('kind', { enum: ActivityKinds }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** Colleagues reached: attendees of a training, colleagues helped (a count: no names). */
    count: integer('count').notNull().default(1),
    note: text('note'),
    /** `colleague_helped`: the help was with digital skills. */
    digitalHelp: boolean('digital_help').notNull().default(false),
    /** `content_reviewed`: the page reviewed. */
    contentItemId: uuid('content_item_id'),
    sessionId: uuid('session_id'),
    /** `feedback_given`: the round answered, one entry per ambassador and round. */
    roundId: uuid('round_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('activities_session_ambassador_kind_key').on(t.sessionId, t.ambassadorId, t.kind),
    unique('activities_round_ambassador_kind_key').on(t.roundId, t.ambassadorId, t.kind),
    index('activities_ambassador_idx').on(t.organisationId, t.ambassadorId, t.occurredOn),
    check('activities_count_not_negative', sql`${t.count} >= 0`),
    foreignKey({
      name: 'activities_ambassador_fk',
      columns: [t.organisationId, t.ambassadorId],
      foreignColumns: [ambassadors.organisationId, ambassadors.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'activities_session_fk',
      columns: [t.organisationId, t.sessionId],
      foreignColumns: [trainingSessions.organisationId, trainingSessions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'activities_content_item_fk',
      columns: [t.organisationId, t.contentItemId],
      foreignColumns: [contentItems.organisationId, contentItems.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'activities_round_fk',
      columns: [t.organisationId, t.roundId],
      foreignColumns: [feedbackRounds.organisationId, feedbackRounds.id],
    }).onDelete('cascade'),
  ],
);
