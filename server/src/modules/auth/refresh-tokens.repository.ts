import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { refreshTokens } from '../../db/schema/auth.ts';

export async function insertRefreshToken({
  db,
  organisationId,
  token,
}: {
  db: Db;
  organisationId: string;
  token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date };
}) {
  await db.insert(refreshTokens).values({ ...token, organisationId });
}

/** Looked up by hash alone: the cookie is all the caller has, and the row says whose it is. */
export async function findRefreshToken({ db, tokenHash }: { db: Db; tokenHash: string }) {
  const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  return row;
}

/** Marks the token rotated only if it still is current, so two concurrent refreshes cannot both rotate it. */
export async function rotateRefreshToken({ db, organisationId, id }: { db: Db; organisationId: string; id: string }) {
  const rows = await db
    .update(refreshTokens)
    .set({ rotatedAt: new Date() })
    .where(
      and(
        eq(refreshTokens.organisationId, organisationId),
        eq(refreshTokens.id, id),
        isNull(refreshTokens.rotatedAt),
        isNull(refreshTokens.revokedAt),
      ),
    )
    .returning({ id: refreshTokens.id });
  return rows.length === 1;
}

export async function revokeFamily({
  db,
  organisationId,
  familyId,
}: {
  db: Db;
  organisationId: string;
  familyId: string;
}) {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(refreshTokens.organisationId, organisationId),
        eq(refreshTokens.familyId, familyId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}

export async function revokeUserTokens({
  db,
  organisationId,
  userId,
}: {
  db: Db;
  organisationId: string;
  userId: string;
}) {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(refreshTokens.organisationId, organisationId),
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}
