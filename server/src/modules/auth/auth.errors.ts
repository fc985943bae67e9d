import createError from '@fastify/error';

export const InvalidCredentials = createError('invalid_credentials', 'The email address or password is incorrect', 401);
export const InvalidRefreshToken = createError('invalid_refresh_token', 'The session has expired; log in again', 401);
export const EmailTaken = createError('email_taken', 'This email address is already in use', 409);
export const InviteInvalid = createError('invite_invalid', 'This invitation is unknown, used or expired', 410);
