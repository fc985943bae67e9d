import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { Roles } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { organisations, organisationId } from './organisations.ts';

/**
 * An organisation's OpenID Connect provider (Microsoft Entra ID, say). The client secret is kept encrypted with
 * AES-256-GCM under SSO_SECRET_KEY: the provider needs it back in clear, so a hash would not do.
 */
export const ssoConfigs = pgTable('sso_configs', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  /** `<iv>.<tag>.<ciphertext>`, each base64url. */
  clientSecretEncrypted: text('client_secret_encrypted').notNull(),
  createUsers: boolean('create_users').notNull().default(false),
  defaultRole: text('default_role', { enum: Roles }).notNull().default('ambassador'),
  passwordLogin: boolean('password_login').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The e-mail domains whose addresses log in through an organisation's provider; a domain belongs to one of them. */
export const ssoDomains = pgTable(
  'sso_domains',
  {
    id: id(),
    organisationId: organisationId(),
    domain: text('domain').notNull(),
  },
  (t) => [
    uniqueIndex('sso_domains_domain_key').on(t.domain),
    index('sso_domains_organisation_idx').on(t.organisationId),
    check('sso_domains_domain_lower', sql`${t.domain} = lower(${t.domain})`),
  ],
);

/**
 * Logins on their way through the provider: what the callback checks the answer against. Keyed by a hash of
 * `state`, used once (deleted when the callback reads it), and valid for ten minutes.
 */
export const ssoLogins = pgTable(
  'sso_logins',
  {
    id: id(),
    organisationId: organisationId(),
    stateHash: text('state_hash').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sso_logins_state_hash_key').on(t.stateHash), index('sso_logins_expires_idx').on(t.expiresAt)],
);
