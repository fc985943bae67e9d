import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamptz } from '../columns.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

/**
 * Bearer tokens with which an identity or HR system provisions employees over SCIM. Only a SHA-256 hash is kept: the
 * secret is shown once, when the admin creates the token.
 */
export const scimTokens = pgTable(
  'scim_tokens',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the secret, so the admin can tell her tokens apart. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    uniqueIndex('scim_tokens_token_hash_key').on(t.tokenHash),
    index('scim_tokens_organisation_idx').on(t.organisationId),
  ],
);
