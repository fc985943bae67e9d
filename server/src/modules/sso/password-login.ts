import type { Role } from '@ambassador/shared';
import type { Db } from '../../db/client.ts';
import { PasswordLoginDisabled } from './sso.errors.ts';
import { findSsoConfig } from './sso.repository.ts';

/**
 * Password login is refused for an organisation that switched it off while single sign-on is on, except for
 * admins: if the provider fails or is misconfigured, an admin can still log in and repair or switch it off.
 * Checked only after the password was found correct, so the refusal reveals nothing to someone without it.
 */
export async function assertPasswordLoginAllowed({
  db,
  organisationId,
  role,
}: {
  db: Db;
  organisationId: string;
  role: Role;
}): Promise<void> {
  if (role === 'admin') return;
  const config = await findSsoConfig({ db, organisationId });
  if (config?.enabled && !config.passwordLogin) throw new PasswordLoginDisabled();
}
