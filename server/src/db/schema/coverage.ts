import { bigint, date, integer, pgTable, primaryKey, real, uuid } from 'drizzle-orm/pg-core';
import { updatedAt } from '../columns.ts';
import { organisationId } from './organisations.ts';

/** The coverage totals of one organisation on one day (its own time zone), kept for the trend line. */
export const coverageSnapshots = pgTable(
  'coverage_snapshots',
  {
    organisationId: organisationId(),
    day: date('day', { mode: 'string' }).notNull(),
    employees: integer('employees').notNull(),
    activeAmbassadors: integer('active_ambassadors').notNull(),
    target: integer('target').notNull(),
    cells: integer('cells').notNull(),
    coveredCells: integer('covered_cells').notNull(),
    coveragePct: real('coverage_pct').notNull(),
    employeesInCoveredCellsPct: real('employees_in_covered_cells_pct').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: 'coverage_snapshots_pkey', columns: [t.organisationId, t.day] })],
);

/**
 * How many times each organisation's coverage inputs have changed: its target, departments, layers, employees'
 * status, department and layer, ambassadors' status. Deferred triggers (migration 0015) count every such change at
 * commit, whichever code path made it, so a coverage answer computed at a version is current while the version is.
 * No foreign key: a deleted organisation's cascade still counts its deletions at commit.
 */
export const coverageVersions = pgTable('coverage_versions', {
  organisationId: uuid('organisation_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
