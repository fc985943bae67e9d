import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { EnrolmentStatuses, SessionKinds, SessionStatuses } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { ambassadors } from './ambassadors.ts';
import { departments } from './departments.ts';
import { employees } from './employees.ts';
import { layers } from './layers.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: id(),
    organisationId: organisationId(),
    kind: text('kind', { enum: SessionKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    wave: text('wave'),
    status: text('status', { enum: SessionStatuses }).notNull().default('planned'),
    externalTrainer: text('external_trainer'),
    /** Raised on every change: iCalendar clients replace an event only when its SEQUENCE grows. */
    sequence: integer('sequence').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    completedAt: timestamptz('completed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('training_sessions_organisation_id_key').on(t.organisationId, t.id),
    index('training_sessions_starts_idx').on(t.organisationId, t.startsAt),
    check('training_sessions_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('training_sessions_capacity_positive', sql`${t.capacity} > 0`),
  ],
);

const sessionFk = (name: string, t: { organisationId: AnyPgColumn; sessionId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.organisationId, t.sessionId],
    foreignColumns: [trainingSessions.organisationId, trainingSessions.id],
  }).onDelete('cascade');

/** An ambassador trainer (end-user sessions) or a user of the communication team (train-the-trainer sessions). */
export const trainingSessionTrainers = pgTable(
  'training_session_trainers',
  {
    id: id(),
    organisationId: organisationId(),
    sessionId: uuid('session_id').notNull(),
    ambassadorId: uuid('ambassador_id'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    unique('training_session_trainers_ambassador_key').on(t.sessionId, t.ambassadorId),
    unique('training_session_trainers_user_key').on(t.sessionId, t.userId),
    index('training_session_trainers_ambassador_idx').on(t.organisationId, t.ambassadorId),
    index('training_session_trainers_user_idx').on(t.organisationId, t.userId),
    check('training_session_trainers_one_kind', sql`(${t.ambassadorId} is null) <> (${t.userId} is null)`),
    sessionFk('training_session_trainers_session_fk', t),
    foreignKey({
      name: 'training_session_trainers_ambassador_fk',
      columns: [t.organisationId, t.ambassadorId],
      foreignColumns: [ambassadors.organisationId, ambassadors.id],
    }).onDelete('cascade'),
  ],
);

export const trainingSessionDepartments = pgTable(
  'training_session_departments',
  {
    organisationId: organisationId(),
    sessionId: uuid('session_id').notNull(),
    departmentId: uuid('department_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'training_session_departments_pkey', columns: [t.sessionId, t.departmentId] }),
    sessionFk('training_session_departments_session_fk', t),
    foreignKey({
      name: 'training_session_departments_department_fk',
      columns: [t.organisationId, t.departmentId],
      foreignColumns: [departments.organisationId, departments.id],
    }).onDelete('cascade'),
  ],
);

export const trainingSessionLayers = pgTable(
  'training_session_layers',
  {
    organisationId: organisationId(),
    sessionId: uuid('session_id').notNull(),
    layerId: uuid('layer_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'training_session_layers_pkey', columns: [t.sessionId, t.layerId] }),
    sessionFk('training_session_layers_session_fk', t),
    foreignKey({
      name: 'training_session_layers_layer_fk',
      columns: [t.organisationId, t.layerId],
      foreignColumns: [layers.organisationId, layers.id],
    }).onDelete('cascade'),
  ],
);

export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: id(),
    organisationId: organisationId(),
    sessionId: uuid('session_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    status: text('status', { enum: EnrolmentStatuses }).notNull(),
    /** The waitlist is served in this order; clock_timestamp() differs between statements of one transaction. */
    enrolledAt: timestamptz('enrolled_at')
      .notNull()
      .default(sql`clock_timestamp()`),
    enrolledBy: uuid('enrolled_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('training_enrolments_session_employee_key').on(t.sessionId, t.employeeId),
    index('training_enrolments_employee_idx').on(t.organisationId, t.employeeId),
    sessionFk('training_enrolments_session_fk', t),
    foreignKey({
      name: 'training_enrolments_employee_fk',
      columns: [t.organisationId, t.employeeId],
      foreignColumns: [employees.organisationId, employees.id],
    }).onDelete('cascade'),
  ],
);
