import type { InviteUserBody, UpdateUserBody, UserListItem, UserListQuery } from '@ambassador/shared';
import type { ActorScope, Scope } from '../../http/actor.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { NotFound, ValidationFailed } from '../../http/errors.ts';
import { EmailTaken } from '../auth/auth.errors.ts';
import { findEmployeeRef } from '../employees/employees.repository.ts';
import { revokeUserTokens } from '../auth/refresh-tokens.repository.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import { insertInvitation, openInvitationExpiries, revokeOpenInvitations } from './invitations.repository.ts';
import { CannotChangeOwnRole, CannotDeactivateSelf, ReactivateInvited, UserNotInvited } from './users.errors.ts';
import { findUser, findUserByEmail, insertUser, listUsers, updateUser, type UserRow } from './users.repository.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { notify } from '../notifications/notifications.service.ts';

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function userItem(row: UserRow, inviteExpiresAt?: Date): UserListItem {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    employeeId: row.employeeId,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    inviteExpiresAt: row.status === 'invited' && inviteExpiresAt ? inviteExpiresAt.toISOString() : null,
  };
}

export async function list({ db, organisationId, query }: Scope & { query: UserListQuery }) {
  const window = pageWindow(query);
  const { rows, total } = await listUsers({ db, organisationId, filter: { ...query, ...window } });
  const expiries = await openInvitationExpiries({ db, organisationId, userIds: rows.map((row) => row.id) });
  return toPage(
    rows.map((row) => userItem(row, expiries.get(row.id))),
    total,
    window,
  );
}

/** A fresh single-use link; any earlier link of the same user stops working. */
async function issueInvitation({
  db,
  organisationId,
  invitedBy,
  userId,
  publicUrl,
}: Scope & { invitedBy: string; userId: string; publicUrl: string }) {
  const token = newToken();
  const tokenHash = hashToken(token);
  const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
  await revokeOpenInvitations({ db, organisationId, userId });
  await insertInvitation({
    db,
    organisationId,
    invitation: { userId, tokenHash, expiresAt, createdBy: invitedBy },
  });
  // The link is mailed too; the admin still gets it to copy.
  await notify({
    db,
    organisationId,
    kind: 'invitation',
    trigger: `invitation:${tokenHash}`,
    to: { userIds: [userId] },
    data: { link: `/invite/${token}` },
  });
  return { inviteUrl: `${publicUrl}/invite/${token}`, expiresAt };
}

export async function invite({ publicUrl, body, ...actor }: ActorScope & { publicUrl: string; body: InviteUserBody }) {
  const email = body.email.trim().toLowerCase();
  if (await findUserByEmail({ db: actor.db, email })) throw new EmailTaken();
  // Checked here, in the caller's organisation, so that a wrong id is a field error and not a foreign-key failure.
  if (body.employeeId && !(await findEmployeeRef({ ...actor, employeeId: body.employeeId }))) {
    throw new ValidationFailed([{ field: 'employeeId', code: 'not_found', message: 'unknown employee' }]);
  }
  try {
    return await actor.db.transaction(async (tx) => {
      const user = await insertUser({
        db: tx,
        organisationId: actor.organisationId,
        user: { email, name: body.name.trim(), role: body.role, status: 'invited', employeeId: body.employeeId },
      });
      const link = await issueInvitation({
        db: tx,
        organisationId: actor.organisationId,
        invitedBy: actor.userId,
        userId: user.id,
        publicUrl,
      });
      return {
        user: userItem(user, link.expiresAt),
        inviteUrl: link.inviteUrl,
        expiresAt: link.expiresAt.toISOString(),
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) throw new EmailTaken();
    throw error;
  }
}

/** `targetUserId` is the user invited again; `userId` is the caller's own. */
export async function reinvite({
  publicUrl,
  targetUserId: userId,
  ...actor
}: ActorScope & { publicUrl: string; targetUserId: string }) {
  return actor.db.transaction(async (tx) => {
    const user = await findUser({ db: tx, organisationId: actor.organisationId, userId });
    if (!user) throw new NotFound('user');
    if (user.status !== 'invited') throw new UserNotInvited();
    const link = await issueInvitation({
      db: tx,
      organisationId: actor.organisationId,
      invitedBy: actor.userId,
      userId,
      publicUrl,
    });
    return { user: userItem(user, link.expiresAt), inviteUrl: link.inviteUrl, expiresAt: link.expiresAt.toISOString() };
  });
}

/** `targetUserId` is the user changed; `userId` is the caller's own. */
export async function update({
  targetUserId: userId,
  body,
  ...actor
}: ActorScope & { targetUserId: string; body: UpdateUserBody }) {
  const { db, organisationId } = actor;
  return db.transaction(async (tx) => {
    const user = await findUser({ db: tx, organisationId, userId });
    if (!user) throw new NotFound('user');
    if (userId === actor.userId && body.active === false) throw new CannotDeactivateSelf();
    if (userId === actor.userId && body.role && body.role !== user.role) throw new CannotChangeOwnRole();
    let status = user.status;
    if (body.active === false) status = 'deactivated';
    if (body.active === true && user.status === 'deactivated') {
      status = user.passwordHash ? 'active' : 'invited';
    }
    if (body.active === true && user.status === 'invited') throw new ReactivateInvited();
    const updated = await updateUser({
      db: tx,
      organisationId,
      userId,
      changes: { name: body.name?.trim(), role: body.role, status },
    });
    if (status === 'deactivated') {
      await revokeUserTokens({ db: tx, organisationId, userId });
      await revokeOpenInvitations({ db: tx, organisationId, userId });
    }
    const expiries = await openInvitationExpiries({ db: tx, organisationId, userIds: [userId] });
    return userItem(updated!, expiries.get(userId));
  });
}
