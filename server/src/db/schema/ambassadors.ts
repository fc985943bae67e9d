import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { AmbassadorSources, AmbassadorStatuses } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { employees } from './employees.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

export const ambassadors = pgTable(
  'ambassadors',
  {
    id: id(),
    organisationId: organisationId(),
    employeeId: uuid('employee_id').notNull(),
    status: text('status', { enum: AmbassadorStatuses }).notNull().default('candidate'),
    roles: text('roles').array().notNull().default([]),
    source: text('source', { enum: AmbassadorSources }).notNull(),
    nominatedByEmployeeId: uuid('nominated_by_employee_id'),
    motivation: text('motivation'),
    notes: text('notes'),
    hoursPerMonth: doublePrecision('hours_per_month'),
    managerConsent: boolean('manager_consent'),
    managerConsentDate: date('manager_consent_date', { mode: 'string' }),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('ambassadors_employee_key').on(t.organisationId, t.employeeId),
    unique('ambassadors_organisation_id_key').on(t.organisationId, t.id),
    index('ambassadors_status_idx').on(t.organisationId, t.status),
    // The API's bounds, kept by the database too: a double precision column would otherwise store Infinity and NaN.
    check('ambassadors_hours_per_month_check', sql`${t.hoursPerMonth} >= 0 and ${t.hoursPerMonth} <= 160`),
    foreignKey({
      name: 'ambassadors_employee_fk',
      columns: [t.organisationId, t.employeeId],
      foreignColumns: [employees.organisationId, employees.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'ambassadors_nominated_by_fk',
      columns: [t.organisationId, t.nominatedByEmployeeId],
      foreignColumns: [employees.organisationId, employees.id],
    }).onDelete('restrict'),
  ],
);

/** Every status change, append-only: who, when, from, to, and why. */
export const ambassadorStatusChanges = pgTable(
  'ambassador_status_changes',
  {
    id: id(),
    organisationId: organisationId(),
    ambassadorId: uuid('ambassador_id').notNull(),
    fromStatus: text('from_status', { enum: AmbassadorStatuses }),
    toStatus: text('to_status', { enum: AmbassadorStatuses }).notNull(),
    note: text('note'),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamptz('changed_at').notNull().defaultNow(),
  },
  (t) => [
    index('ambassador_status_changes_ambassador_idx').on(t.organisationId, t.ambassadorId, t.changedAt),
    foreignKey({
      name: 'ambassador_status_changes_ambassador_fk',
      columns: [t.organisationId, t.ambassadorId],
      foreignColumns: [ambassadors.organisationId, ambassadors.id],
    }).onDelete('cascade'),
  ],
);
