import type { SignupBody, User } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { scopeToOrganisation } from '../../db/settings.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { NotFound } from '../../http/errors.ts';
import { recordLogin } from '../audit/audit.service.ts';
import { findAmbassadorByEmployee } from '../ambassadors/ambassadors.repository.ts';
import { findEmployeeRef } from '../employees/employees.repository.ts';
import { organisationDto, organisationRef } from '../organisations/organisations.dto.ts';
import { findOrganisation, insertOrganisation } from '../organisations/organisations.repository.ts';
import { findUsableInvitation, useInvitation } from '../users/invitations.repository.ts';
import { findUser, findUserByEmail, insertUser, updateUser, type UserRow } from '../users/users.repository.ts';
import { assertPasswordLoginAllowed } from '../sso/password-login.ts';
import { EmailTaken, InvalidCredentials, InviteInvalid } from './auth.errors.ts';
import { assertStrongPassword } from './password-strength.ts';
import { dummyPasswordHash, hashPassword, hashToken, verifyPassword } from './secrets.ts';
import { issueRefreshToken } from './refresh-tokens.service.ts';

export function userDto(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export async function signup({ db, body }: { db: Db; body: SignupBody }) {
  const email = body.email.trim().toLowerCase();
  assertStrongPassword({ password: body.password, userInputs: [body.name, email, body.organisationName] });
  if (await findUserByEmail({ db, email })) throw new EmailTaken();
  const passwordHash = await hashPassword(body.password);
  // Two signups with the same organisation name may race for a slug: try again with the next free one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const organisation = await insertOrganisation({ db: tx, name: body.organisationName.trim() });
        const user = await insertUser({
          db: tx,
          organisationId: organisation.id,
          user: { email, name: body.name.trim(), role: 'admin', status: 'active', passwordHash },
        });
        const refresh = await issueRefreshToken({ db: tx, organisationId: organisation.id, userId: user.id });
        return { user: userDto(user), organisation: organisationRef(organisation), refresh };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw new EmailTaken();
      if (attempt < 3 && isUniqueViolation(error, 'organisations_slug_key')) continue;
      throw error;
    }
  }
}

export async function login({ db, email, password }: { db: Db; email: string; password: string }) {
  const user = await findUserByEmail({ db, email: email.trim() });
  const passwordHash = user?.status === 'active' && user.passwordHash ? user.passwordHash : await dummyPasswordHash();
  const valid = await verifyPassword(passwordHash, password);
  // Unknown email, wrong password, deactivated or not yet accepted: one answer, so accounts cannot be enumerated.
  if (!user || !valid || user.status !== 'active') {
    // Logged for a known account (its organisation's log); an unknown address belongs to no organisation.
    if (user) await recordLogin({ db, organisationId: user.organisationId, userId: user.id, succeeded: false });
    throw new InvalidCredentials();
  }
  await assertPasswordLoginAllowed({ db, organisationId: user.organisationId, role: user.role });
  const organisation = await findOrganisation({ db, organisationId: user.organisationId });
  if (!organisation) throw new InvalidCredentials();
  await updateUser({ db, organisationId: user.organisationId, userId: user.id, changes: { lastLoginAt: new Date() } });
  const refresh = await issueRefreshToken({ db, organisationId: user.organisationId, userId: user.id });
  await recordLogin({ db, organisationId: user.organisationId, userId: user.id, succeeded: true });
  return { user: userDto(user), organisation: organisationRef(organisation), refresh };
}

export async function previewInvite({ db, token }: { db: Db; token: string }) {
  const invitation = await findUsableInvitation({ db, tokenHash: hashToken(token), now: new Date() });
  if (!invitation) throw new InviteInvalid();
  const { email, name, role } = invitation.user;
  return { email, name, role, organisation: invitation.organisation, expiresAt: invitation.expiresAt.toISOString() };
}

export async function acceptInvite({ db, token, password }: { db: Db; token: string; password: string }) {
  const invitation = await findUsableInvitation({ db, tokenHash: hashToken(token), now: new Date() });
  if (!invitation) throw new InviteInvalid();
  // Found across organisations by its token; from here on the request sees only the invitation's organisation.
  await scopeToOrganisation(db, invitation.organisationId);
  await assertPasswordLoginAllowed({ db, organisationId: invitation.organisationId, role: invitation.user.role });
  assertStrongPassword({
    password,
    userInputs: [invitation.user.name, invitation.user.email, invitation.organisation.name],
  });
  const passwordHash = await hashPassword(password);
  const { organisationId } = invitation;
  return db.transaction(async (tx) => {
    if (!(await useInvitation({ db: tx, organisationId, invitationId: invitation.id }))) throw new InviteInvalid();
    const user = await updateUser({
      db: tx,
      organisationId,
      userId: invitation.user.id,
      changes: { status: 'active', passwordHash, lastLoginAt: new Date() },
    });
    const refresh = await issueRefreshToken({ db: tx, organisationId, userId: invitation.user.id });
    return { user: userDto(user!), organisation: invitation.organisation, refresh };
  });
}

export async function me({ db, organisationId, userId }: { db: Db; organisationId: string; userId: string }) {
  const [user, organisation] = await together(db, [
    async () => findUser({ db, organisationId, userId }),
    async () => findOrganisation({ db, organisationId }),
  ]);
  if (!user || !organisation) throw new NotFound('user');
  const linked = user.employeeId ? await linkedRecords({ db, organisationId, employeeId: user.employeeId }) : {};
  return { user: userDto(user), organisation: organisationDto(organisation), ...linked };
}

/** The employee an account belongs to, and her ambassador record: what an ambassador's own screens start from. */
async function linkedRecords({
  db,
  organisationId,
  employeeId,
}: {
  db: Db;
  organisationId: string;
  employeeId: string;
}) {
  const [employee, ambassador] = await together(db, [
    async () => findEmployeeRef({ db, organisationId, employeeId }),
    async () => findAmbassadorByEmployee({ db, organisationId, employeeId }),
  ]);
  return {
    ...(employee ? { employee: { id: employee.id, name: employee.name } } : {}),
    ...(ambassador ? { ambassador: { id: ambassador.id, status: ambassador.status } } : {}),
  };
}
