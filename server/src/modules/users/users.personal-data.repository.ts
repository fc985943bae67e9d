import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { users } from '../../db/schema/users.ts';

/** The accounts linked to an employee: what an export shows of them (never the password hash). */
export async function usersOfEmployee({ db, organisationId, employeeId }: Scope & { employeeId: string }) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.employeeId, employeeId)))
    .orderBy(asc(users.createdAt), asc(users.id));
}

/**
 * An erased person's account can no longer sign in and names no one: the address stays unique (the column is) by
 * carrying the user's own id, on a domain that cannot receive mail (RFC 6761 `.invalid`).
 */
export async function anonymiseUser({ db, organisationId, userId, name }: Scope & { userId: string; name: string }) {
  await db
    .update(users)
    .set({ name, email: `erased-${userId}@invalid`, passwordHash: null, ssoSubject: null, status: 'deactivated' })
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
}

/** The current addresses of these users (to find mails sent to them). */
export async function emailsOfUsers({ db, organisationId, userIds }: Scope & { userIds: string[] }) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, userIds)));
  return rows.map((row) => row.email);
}
