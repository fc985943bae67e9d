import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { invitations, users } from '../../db/schema/users.ts';
import { organisationRefs } from '../organisations/organisations.views.ts';

const open = () => and(isNull(invitations.usedAt), isNull(invitations.revokedAt));

export async function insertInvitation({
  db,
  organisationId,
  invitation,
}: {
  db: Db;
  organisationId: string;
  invitation: { userId: string; tokenHash: string; expiresAt: Date; createdBy: string };
}) {
  await db.insert(invitations).values({ ...invitation, organisationId });
}

export async function revokeOpenInvitations({
  db,
  organisationId,
  userId,
}: {
  db: Db;
  organisationId: string;
  userId: string;
}) {
  await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.userId, userId), open()));
}

/**
 * Public lookup by the token's hash: the token itself identifies the organisation, so this is the one query that
 * does not start from an authenticated user's organisation.
 */
export async function findUsableInvitation({ db, tokenHash, now }: { db: Db; tokenHash: string; now: Date }) {
  const organisations = organisationRefs(db);
  const [row] = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      expiresAt: invitations.expiresAt,
      user: { id: users.id, email: users.email, name: users.name, role: users.role, status: users.status },
      organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug },
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(eq(invitations.tokenHash, tokenHash), open(), gt(invitations.expiresAt, now), eq(users.status, 'invited')),
    );
  return row;
}

/** Marks it used only if still open, so two concurrent accepts cannot both succeed. */
export async function useInvitation({
  db,
  organisationId,
  invitationId,
}: {
  db: Db;
  organisationId: string;
  invitationId: string;
}) {
  const rows = await db
    .update(invitations)
    .set({ usedAt: new Date() })
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.id, invitationId), open()))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

export async function openInvitationExpiries({
  db,
  organisationId,
  userIds,
}: {
  db: Db;
  organisationId: string;
  userIds: string[];
}) {
  if (userIds.length === 0) return new Map<string, Date>();
  const rows = await db
    .select({ userId: invitations.userId, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), inArray(invitations.userId, userIds), open()));
  return new Map(rows.map((row) => [row.userId, row.expiresAt]));
}
