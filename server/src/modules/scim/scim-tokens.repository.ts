import { and, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { scimTokens } from '../../db/schema/scim.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';

const columns = {
  id: scimTokens.id,
  name: scimTokens.name,
  prefix: scimTokens.prefix,
  createdAt: scimTokens.createdAt,
  lastUsedAt: scimTokens.lastUsedAt,
  revokedAt: scimTokens.revokedAt,
};
export type ScimTokenRow = Pick<typeof scimTokens.$inferSelect, keyof typeof columns>;

export async function listScimTokens({
  db,
  organisationId,
  revoked,
  window,
}: Scope & { revoked?: boolean; window: PageWindow }) {
  const where: SQL[] = [eq(scimTokens.organisationId, organisationId)];
  if (revoked !== undefined) where.push(revoked ? isNotNull(scimTokens.revokedAt) : isNull(scimTokens.revokedAt));
  const condition = and(...where)!;
  const [items, totals] = await together(db, [
    async () =>
      db
        .select(columns)
        .from(scimTokens)
        .where(condition)
        .orderBy(desc(scimTokens.createdAt), desc(scimTokens.id))
        .limit(window.limit)
        .offset(window.offset),
    async () => db.select({ total: count() }).from(scimTokens).where(condition),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function insertScimToken(
  scope: Scope & { values: { name: string; tokenHash: string; prefix: string; createdBy: string } },
): Promise<ScimTokenRow> {
  const [row] = await scope.db
    .insert(scimTokens)
    .values({ organisationId: scope.organisationId, ...scope.values })
    .returning(columns);
  return row!;
}

/** Revokes a live token; undefined when the organisation has no such token, or it was revoked already. */
export async function revokeScimToken({ db, organisationId, tokenId }: Scope & { tokenId: string }) {
  const [row] = await db
    .update(scimTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(scimTokens.organisationId, organisationId), eq(scimTokens.id, tokenId), isNull(scimTokens.revokedAt)))
    .returning(columns);
  return row;
}

/**
 * The organisation a live token belongs to, by the hash of its secret; its last use is noted at most once a minute
 * (a provisioning run sends thousands of requests).
 */
export async function useScimToken(db: Db, tokenHash: string): Promise<{ organisationId: string } | undefined> {
  const [row] = await db
    .select({ id: scimTokens.id, organisationId: scimTokens.organisationId, lastUsedAt: scimTokens.lastUsedAt })
    .from(scimTokens)
    .where(and(eq(scimTokens.tokenHash, tokenHash), isNull(scimTokens.revokedAt)));
  if (!row) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(scimTokens).set({ lastUsedAt: new Date() }).where(eq(scimTokens.id, row.id));
  }
  return { organisationId: row.organisationId };
}
