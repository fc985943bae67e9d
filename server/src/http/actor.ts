import type { Locale, Role } from '@ambassador/shared';
import type { Db } from '../db/client.ts';

/** What a repository needs: the database (a pool or a transaction) and the organisation every query is scoped to. */
export type Scope = { db: Db; organisationId: string };

/**
 * The one caller: the authenticated user with what the services ask about her, loaded once per request by the auth
 * hook. `employeeId` is set when her account is linked to an employee, `ambassadorId` when that employee is one.
 */
export type Actor = {
  userId: string;
  organisationId: string;
  role: Role;
  employeeId?: string;
  ambassadorId?: string;
  /** The organisation's IANA time zone: its calendar days are the ones dates and "today" are counted in. */
  timezone: string;
  locale: Locale;
  /**
   * On a read request only: the organisation's coverage version when the request began (migration 0015), at which
   * what is cached for the organisation (its department tree, its coverage) is current. Unset on a write, which
   * loads what it needs in its own transaction.
   */
  coverageVersion?: string;
};

/** What a service acting for the caller receives: the caller and the database it works on. */
export type ActorScope = Actor & { db: Db };

/** The caller as a row from the users repository: nullable columns become absent fields. */
export function actorOf(row: {
  id: string;
  organisationId: string;
  role: Role;
  employeeId: string | null;
  ambassadorId: string | null;
  timezone: string;
  locale: Locale;
}): Actor {
  return {
    userId: row.id,
    organisationId: row.organisationId,
    role: row.role,
    ...(row.employeeId ? { employeeId: row.employeeId } : {}),
    ...(row.ambassadorId ? { ambassadorId: row.ambassadorId } : {}),
    timezone: row.timezone,
    locale: row.locale,
  };
}
