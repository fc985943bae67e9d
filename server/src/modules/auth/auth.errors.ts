import createError from '@fastify/error';

export const InvalidCredentials = createError('invalid_credentials', 'The email address or password is incorrect', 401);
export const InvalidRefreshToken = createError('invalid_refresh_token', 'The session has expired; log in again', 401);
export const EmailTaken = createError('email_taken', 'This email address is already in use', 409);
export const InviteInvalid = createError('invite_invalid', 'This invitation is unknown, used or expired', 410);

/** zxcvbn's feedback as stable keys (`simpleRepeat`, `anotherWord`): clients translate them. */
export type PasswordFeedback = { warning: string | null; suggestions: string[] };

/** A password that is long enough but easy to guess; the field error says why in English, `feedback` in keys. */
export class WeakPassword extends Error {
  readonly code = 'weak_password';
  readonly statusCode = 422;
  readonly errors: { field: string; code: string; message: string }[];
  constructor(
    field: string,
    readonly feedback: PasswordFeedback,
    message: string,
  ) {
    super('The password is too easy to guess');
    this.errors = [{ field, code: 'weak_password', message }];
  }
}
