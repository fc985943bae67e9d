import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DigitalSkills, EmployeeStatuses } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { departments } from './departments.ts';
import { layers } from './layers.ts';
import { organisationId } from './organisations.ts';

export const employees = pgTable(
  'employees',
  {
    id: id(),
    organisationId: organisationId(),
    /** The key for re-imports: unique per organisation, kept as text (leading zeros matter). */
    employeeNumber: text('employee_number').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    departmentId: uuid('department_id').notNull(),
    layerId: uuid('layer_id').notNull(),
    jobTitle: text('job_title'),
    location: text('location'),
    digitalSkill: text('digital_skill', { enum: DigitalSkills }),
    status: text('status', { enum: EmployeeStatuses }).notNull().default('active'),
    /** The identity system's own id for her, set by SCIM provisioning: unique per organisation when present. */
    externalId: text('external_id'),
    leftAt: timestamptz('left_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('employees_number_key').on(t.organisationId, t.employeeNumber),
    unique('employees_organisation_id_key').on(t.organisationId, t.id),
    uniqueIndex('employees_external_id_key')
      .on(t.organisationId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('employees_department_layer_idx').on(t.organisationId, t.departmentId, t.layerId),
    index('employees_layer_idx').on(t.organisationId, t.layerId),
    index('employees_name_idx').on(t.organisationId, t.name),
    foreignKey({
      name: 'employees_department_fk',
      columns: [t.organisationId, t.departmentId],
      foreignColumns: [departments.organisationId, departments.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'employees_layer_fk',
      columns: [t.organisationId, t.layerId],
      foreignColumns: [layers.organisationId, layers.id],
    }).onDelete('restrict'),
  ],
);
