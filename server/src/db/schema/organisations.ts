import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { Locales, Phases } from '@ambassador/shared/constants';
import { createdAt, id, updatedAt } from '../columns.ts';

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    locale: text('locale', { enum: Locales }).notNull().default('nl'),
    timezone: text('timezone').notNull().default('Europe/Amsterdam'),
    coveragePerEmployees: integer('coverage_per_employees').notNull().default(100),
    coverageMinPerCell: integer('coverage_min_per_cell').notNull().default(1),
    phase: text('phase', { enum: Phases }).notNull().default('selection'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    check('organisations_coverage_per_employees_positive', sql`${t.coveragePerEmployees} > 0`),
  ],
);

/** Every tenant table carries this column; the organisation id always comes from the authenticated user. */
export const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
