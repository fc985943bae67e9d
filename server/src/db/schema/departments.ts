import { foreignKey, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../columns.ts';
import { organisationId } from './organisations.ts';

export const departments = pgTable(
  'departments',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    code: text('code'),
    parentId: uuid('parent_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Lets children and employees reference (organisation_id, id), so a row can never point into another tenant.
    unique('departments_organisation_id_key').on(t.organisationId, t.id),
    unique('departments_sibling_name_key').on(t.organisationId, t.parentId, t.name).nullsNotDistinct(),
    index('departments_parent_idx').on(t.organisationId, t.parentId),
    foreignKey({
      name: 'departments_parent_fk',
      columns: [t.organisationId, t.parentId],
      foreignColumns: [t.organisationId, t.id],
    }).onDelete('restrict'),
  ],
);
