import { foreignKey, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { Roles, UserStatuses } from '@ambassador/shared/constants';
import { employees } from './employees.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { organisationId } from './organisations.ts';

export const users = pgTable(
  'users',
  {
    id: id(),
    organisationId: organisationId(),
    /** Stored lower-cased: unique across organisations, so login needs no organisation name. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: Roles }).notNull(),
    status: text('status', { enum: UserStatuses }).notNull().default('invited'),
    passwordHash: text('password_hash'),
    employeeId: uuid('employee_id'),
    lastLoginAt: timestamptz('last_login_at'),
    /**
     * The identity provider's account this user is bound to (`<issuer> <sub>`), set at her first single sign-on:
     * later logins must come from that same account, whatever address a claim says.
     */
    ssoSubject: text('sso_subject'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_sso_subject_key').on(t.ssoSubject),
    index('users_organisation_idx').on(t.organisationId),
    foreignKey({
      name: 'users_employee_fk',
      columns: [t.organisationId, t.employeeId],
      foreignColumns: [employees.organisationId, employees.id],
    }).onDelete('restrict'),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    revokedAt: timestamptz('revoked_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_hash_key').on(t.tokenHash), index('invitations_user_idx').on(t.userId)],
);
