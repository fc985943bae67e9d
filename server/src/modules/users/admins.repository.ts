import { and, eq } from 'drizzle-orm';
import { users } from '../../db/schema/users.ts';
import type { Scope } from '../../http/actor.ts';

/** The organisation's active admins: who the weekly digest goes to. */
export async function activeAdminIds({ db, organisationId }: Scope): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'admin'), eq(users.status, 'active')));
  return rows.map((row) => row.id);
}
