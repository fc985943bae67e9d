import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamptz } from '../columns.ts';
import { organisations } from './organisations.ts';

/** One field's value before and after a change; `hidden` for passwords, tokens and answers whose values are never kept. */
export type AuditChange = { before?: unknown; after?: unknown; hidden?: true };

/**
 * Who changed, exported or viewed what, and when. Changes are written by database triggers in the transaction of the
 * change (migration 0011), logins, exports and views of personal data by the services. Append-only: a trigger refuses
 * UPDATE and DELETE, except the scrub that erasure runs through `audit_scrub`.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    // No cascade: an organisation with history is not deleted, and a cascade would be a delete the trigger refuses.
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    at: timestamptz('at').notNull().defaultNow(),
    /** The user who acted; null for the system (jobs, imports run by the seed), SCIM and anonymous requests. */
    actorId: uuid('actor_id'),
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes').$type<Record<string, AuditChange>>(),
    /** The route that made the change, as `METHOD /path/:param`. */
    route: text('route'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_organisation_at_idx').on(t.organisationId, t.at),
    index('audit_events_entity_idx').on(t.organisationId, t.entity, t.entityId),
  ],
);
