import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { recordEvent } from '../audit/audit.service.ts';
import { hashToken, newToken } from './secrets.ts';
import { findRefreshToken, insertRefreshToken, revokeFamily, rotateRefreshToken } from './refresh-tokens.repository.ts';
import { InvalidRefreshToken } from './auth.errors.ts';
import { findActiveUser } from '../users/users.repository.ts';

export const REFRESH_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type IssuedRefresh = { token: string; expiresAt: Date };

/** Starts a new refresh-token family (a login, a signup, an accepted invitation). */
export async function issueRefreshToken({
  db,
  organisationId,
  userId,
}: {
  db: Db;
  organisationId: string;
  userId: string;
}): Promise<IssuedRefresh> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + REFRESH_TTL_MS);
  await insertRefreshToken({
    db,
    organisationId,
    token: { userId, familyId: randomUUID(), tokenHash: hashToken(token), expiresAt },
  });
  return { token, expiresAt };
}

/**
 * Rotates a refresh token. A token that was already rotated is being replayed (stolen, or a copy): the whole family
 * is revoked, so neither the thief nor the victim can go on without logging in again.
 */
export async function exchangeRefreshToken({ db, token }: { db: Db; token: string }) {
  const row = await findRefreshToken({ db, tokenHash: hashToken(token) });
  if (!row || row.revokedAt || row.expiresAt <= new Date()) throw new InvalidRefreshToken();
  const { organisationId } = row;
  if (row.rotatedAt || !(await rotateRefreshToken({ db, organisationId, id: row.id }))) {
    await revokeFamily({ db, organisationId, familyId: row.familyId });
    throw new InvalidRefreshToken();
  }
  const user = await findActiveUser({ db, userId: row.userId });
  if (!user) {
    await revokeFamily({ db, organisationId, familyId: row.familyId });
    throw new InvalidRefreshToken();
  }
  const next = newToken();
  const expiresAt = new Date(Date.now() + REFRESH_TTL_MS);
  await insertRefreshToken({
    db,
    organisationId,
    token: { userId: row.userId, familyId: row.familyId, tokenHash: hashToken(next), expiresAt },
  });
  return { user, refresh: { token: next, expiresAt } };
}

export async function revokeRefreshToken({ db, token }: { db: Db; token: string }) {
  const row = await findRefreshToken({ db, tokenHash: hashToken(token) });
  if (!row) return;
  await revokeFamily({ db, organisationId: row.organisationId, familyId: row.familyId });
  const { organisationId, userId } = row;
  await recordEvent({
    db,
    organisationId,
    event: { actorId: userId, actorKind: 'user', action: 'logout', entity: 'user', entityId: userId },
  });
}
