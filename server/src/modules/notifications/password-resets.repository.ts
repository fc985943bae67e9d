import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../http/actor.ts';
import { passwordResetTokens } from '../../db/schema/notifications.ts';

/** Password-reset tokens live beside the mail that carries them; the auth module asks for them here. */
export async function insertPasswordResetToken({
  db,
  organisationId,
  token,
}: Scope & { token: { userId: string; tokenHash: string; expiresAt: Date } }) {
  const [row] = await db
    .insert(passwordResetTokens)
    .values({ organisationId, ...token })
    .returning();
  return row!;
}

/** A token that is still usable, to check the new password against its user before using it. */
export async function findUsablePasswordResetToken({ db, tokenHash, now }: { db: Db; tokenHash: string; now: Date }) {
  const [row] = await db
    .select({ organisationId: passwordResetTokens.organisationId, userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return row;
}

/** Uses a token once: true only for the one caller that marked it used while it was still valid. */
export async function usePasswordResetToken({ db, tokenHash, now }: { db: Db; tokenHash: string; now: Date }) {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .returning({ organisationId: passwordResetTokens.organisationId, userId: passwordResetTokens.userId });
  return row;
}

/** Every other open link of the user stops working once one is used. */
export async function expirePasswordResetTokens({
  db,
  organisationId,
  userId,
  now,
}: Scope & { userId: string; now: Date }) {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.organisationId, organisationId),
        eq(passwordResetTokens.userId, userId),
        isNull(passwordResetTokens.usedAt),
      ),
    );
}
