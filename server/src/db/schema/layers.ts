import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../columns.ts';
import { organisationId } from './organisations.ts';

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
    // Case-insensitive: an import's "zorg en behandeling" is the layer "Zorg en behandeling".
    uniqueIndex('layers_organisation_name_key').on(t.organisationId, sql`lower(${t.name})`),
    unique('layers_organisation_id_key').on(t.organisationId, t.id),
    index('layers_organisation_rank_idx').on(t.organisationId, t.rank),
  ],
);
