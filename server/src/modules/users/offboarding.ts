import type { Scope } from '../../http/actor.ts';
import { revokeUserTokens } from '../auth/refresh-tokens.repository.ts';
import { activeAdminIds } from './admins.repository.ts';
import { usersOfEmployee } from './users.personal-data.repository.ts';
import { updateUser } from './users.repository.ts';

/** The accounts of an employee that would take the organisation's last active admin with them, if any. */
export async function lastAdminAmong(scope: Scope & { userIds: string[] }): Promise<boolean> {
  const admins = await activeAdminIds(scope);
  return admins.length > 0 && admins.every((id) => scope.userIds.includes(id));
}

/**
 * An employee who leaves (deprovisioned by the identity system) can no longer sign in: her accounts are deactivated
 * and their logins ended, on the caller's transaction. The organisation's last active admin is kept, so that nobody
 * is left to run it; that is returned, for the caller to report.
 */
export async function endAccessOfEmployee(scope: Scope & { employeeId: string }): Promise<{ keptAdmin: boolean }> {
  const accounts = (await usersOfEmployee(scope)).filter((user) => user.status !== 'deactivated');
  if (accounts.length === 0) return { keptAdmin: false };
  const keptAdmin = await lastAdminAmong({ ...scope, userIds: accounts.map((user) => user.id) });
  for (const account of accounts) {
    if (keptAdmin && account.role === 'admin' && account.status === 'active') continue;
    await updateUser({ ...scope, userId: account.id, changes: { status: 'deactivated' } });
    await revokeUserTokens({ ...scope, userId: account.id });
  }
  return { keptAdmin };
}
