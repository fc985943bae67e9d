import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { ContentStatuses } from '@ambassador/shared/constants';
import { createdAt, id, updatedAt } from '../columns.ts';
import { ambassadors } from './ambassadors.ts';
import { organisationId } from './organisations.ts';

/** The content register: intranet sections and pages, who looks after each, and when it is due for review. */
export const contentItems = pgTable(
  'content_items',
  {
    id: id(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    section: text('section'),
    url: text('url'),
    /** Set null when the ambassador record goes; the service checks that the owner is of the same organisation. */
    ownerAmbassadorId: uuid('owner_ambassador_id').references(() => ambassadors.id, { onDelete: 'set null' }),
    status: text('status', { enum: ContentStatuses }).notNull().default('keep'),
    reviewIntervalDays: integer('review_interval_days').notNull().default(180),
    lastReviewedOn: date('last_reviewed_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('content_items_organisation_id_key').on(t.organisationId, t.id),
    index('content_items_owner_idx').on(t.organisationId, t.ownerAmbassadorId),
    index('content_items_section_idx').on(t.organisationId, t.section, t.title),
    check('content_items_review_interval', sql`${t.reviewIntervalDays} between 1 and 730`),
  ],
);
