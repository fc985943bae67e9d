import { isValidPassword } from './validation.ts';

/**
 * What is wrong with a new password typed twice, as i18n keys per field (`password`, `repeat`); empty when it may go
 * to the server, which still judges its strength.
 */
export function newPasswordProblems(password: string, repeat: string): { password?: string; repeat?: string } {
  if (!isValidPassword(password)) return { password: 'validation.passwordLength' };
  if (repeat !== password) return { repeat: 'account.newPassword.mismatch' };
  return {};
}
