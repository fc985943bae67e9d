import { PASSWORD_RESET_TTL_MINUTES } from '@ambassador/shared/constants';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { scopeToOrganisation } from '../../db/settings.ts';
import type { ActorScope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { notify } from '../notifications/notifications.service.ts';
import {
  expirePasswordResetTokens,
  findUsablePasswordResetToken,
  insertPasswordResetToken,
  usePasswordResetToken,
} from '../notifications/password-resets.repository.ts';
import { organisationRef } from '../organisations/organisations.dto.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { findUser, findUserByEmail, updateUser } from '../users/users.repository.ts';
import { CurrentPasswordIncorrect, ResetTokenInvalid } from './auth.errors.ts';
import { userDto } from './auth.service.ts';
import { assertStrongPassword } from './password-strength.ts';
import { issueRefreshToken } from './refresh-tokens.service.ts';
import { revokeUserTokens } from './refresh-tokens.repository.ts';
import { dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from './secrets.ts';
import { assertPasswordLoginAllowed } from '../sso/password-login.ts';

/**
 * Mails a single-use reset link to an active account with this address. The caller answers the same whatever
 * happened, so nobody learns which addresses have accounts.
 */
export async function forgotPassword({ db, email }: { db: Db; email: string }): Promise<void> {
  const user = await findUserByEmail({ db, email: email.trim().toLowerCase() });
  if (!user || user.status !== 'active') return;
  const token = newToken();
  await db.transaction(async (tx) => {
    const row = await insertPasswordResetToken({
      db: tx,
      organisationId: user.organisationId,
      token: {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
      },
    });
    await notify({
      db: tx,
      organisationId: user.organisationId,
      kind: 'password_reset',
      trigger: `password_reset:${row.id}`,
      to: { userIds: [user.id] },
      data: { link: `/reset-password?token=${token}` },
    });
  });
}

/** Sets a new password with a reset link: the link is used up, and every login of the account (refresh token) ends. */
export async function resetPassword({ db, token, password }: { db: Db; token: string; password: string }) {
  const tokenHash = hashToken(token);
  const found = await findUsablePasswordResetToken({ db, tokenHash, now: new Date() });
  if (!found) throw new ResetTokenInvalid();
  const { organisationId, userId } = found;
  // Found across organisations by its token; from here on the request sees only hers.
  await scopeToOrganisation(db, organisationId);
  const [user, organisation] = await together(db, [
    async () => findUser({ db, organisationId, userId }),
    async () => findOrganisation({ db, organisationId }),
  ]);
  if (!user || user.status !== 'active' || !organisation) throw new ResetTokenInvalid();
  // A reset logs her in with a password: not where the organisation allows only its single sign-on.
  await assertPasswordLoginAllowed({ db, organisationId, role: user.role });
  assertStrongPassword({ password, userInputs: [user.name, user.email, organisation.name] });
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const now = new Date();
    if (!(await usePasswordResetToken({ db: tx, tokenHash, now }))) throw new ResetTokenInvalid();
    await expirePasswordResetTokens({ db: tx, organisationId, userId, now });
    await revokeUserTokens({ db: tx, organisationId, userId });
    const updated = await updateUser({ db: tx, organisationId, userId, changes: { passwordHash, lastLoginAt: now } });
    const refresh = await issueRefreshToken({ db: tx, organisationId, userId });
    return { user: userDto(updated!), organisation: organisationRef(organisation), refresh };
  });
}

/**
 * Changes her own password, with the current one. Every other login of the account ends; the caller gets a fresh
 * refresh token, so this device stays logged in.
 */
export async function changePassword({
  db,
  organisationId,
  userId,
  currentPassword,
  newPassword,
}: ActorScope & { currentPassword: string; newPassword: string }) {
  const [user, organisation] = await together(db, [
    async () => findUser({ db, organisationId, userId }),
    async () => findOrganisation({ db, organisationId }),
  ]);
  if (!user || !organisation) throw new NotFound('user');
  const valid = await verifyPassword(user.passwordHash ?? (await dummyPasswordHash()), currentPassword);
  if (!valid) throw new CurrentPasswordIncorrect();
  assertStrongPassword({
    password: newPassword,
    userInputs: [user.name, user.email, organisation.name],
    field: 'newPassword',
  });
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await updateUser({ db: tx, organisationId, userId, changes: { passwordHash } });
    await revokeUserTokens({ db: tx, organisationId, userId });
    await expirePasswordResetTokens({ db: tx, organisationId, userId, now: new Date() });
    return { refresh: await issueRefreshToken({ db: tx, organisationId, userId }) };
  });
}
