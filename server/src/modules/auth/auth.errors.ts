import type { PasswordFeedback } from '@ambassador/shared';
import { DomainError, domainError, type FieldError } from '../../http/errors.ts';

export type { PasswordFeedback };

export const InvalidCredentials = domainError('invalid_credentials', 401, 'The email address or password is incorrect');
export const InvalidRefreshToken = domainError('invalid_refresh_token', 401, 'The login has expired; log in again');
export const EmailTaken = domainError('email_taken', 409, 'This email address is already in use');
export const ResetTokenInvalid = domainError(
  'reset_token_invalid',
  410,
  'This password-reset link is unknown, used or expired; ask for a new one',
);
export const CurrentPasswordIncorrect = domainError(
  'current_password_incorrect',
  422,
  'The current password is incorrect',
);
export const InviteInvalid = domainError('invite_invalid', 410, 'This invitation is unknown, used or expired');

/** A password that is long enough but easy to guess; the field error says why in English, `feedback` in keys. */
export class WeakPassword extends DomainError<{ errors: FieldError[]; feedback: PasswordFeedback }> {
  constructor(field: string, feedback: PasswordFeedback, message: string) {
    super({
      code: 'weak_password',
      status: 422,
      message: 'The password is too easy to guess',
      extensions: { errors: [{ field, code: 'weak_password', message }], feedback },
    });
  }
}
