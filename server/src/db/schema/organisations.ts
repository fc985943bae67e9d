import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { Locales, Phases, type ActivityKinds } from '@ambassador/shared/constants';

type ActivityKind = (typeof ActivityKinds)[number];
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
    /** Points and a leaderboard for ambassadors' activity: off until the organisation switches it on. */
    recognitionEnabled: boolean('recognition_enabled').notNull().default(false),
    /** Points per activity kind; a kind not named scores the default of `RECOGNITION_DEFAULT_POINTS`. */
    recognitionPoints: jsonb('recognition_points').$type<Partial<Record<ActivityKind, number>>>().notNull().default({}),
    /** Months after leaving that an employee's personal data is anonymised by the retention job. */
    retentionMonths: integer('retention_months').notNull().default(24),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    check('organisations_coverage_per_employees_positive', sql`${t.coveragePerEmployees} > 0`),
    check('organisations_retention_months_range', sql`${t.retentionMonths} between 1 and 120`),
  ],
);

/** Every tenant table carries this column; the organisation id always comes from the authenticated user. */
export const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
