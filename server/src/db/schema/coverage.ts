import { date, integer, pgTable, primaryKey, real } from 'drizzle-orm/pg-core';
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
