import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns.ts';
import { organisationId } from '../organisations/organisations.table.ts';

export const layers = pgTable(
  'layers',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    rank: integer('rank').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('layers_organisation_name_key').on(t.organisationId, t.name),
    index('layers_organisation_rank_idx').on(t.organisationId, t.rank),
  ],
);
