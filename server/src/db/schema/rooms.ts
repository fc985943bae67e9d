import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../columns.ts';
import { organisationId } from './organisations.ts';

/** Rooms that training sessions are held in; a session names its room by name in its `location`. */
export const rooms = pgTable(
  'rooms',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    capacity: integer('capacity'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Case-insensitive, as sessions' locations are compared: "zaal 1" is the room "Zaal 1".
    uniqueIndex('rooms_organisation_name_key').on(t.organisationId, sql`lower(${t.name})`),
    unique('rooms_organisation_id_key').on(t.organisationId, t.id),
    check('rooms_capacity_check', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);
