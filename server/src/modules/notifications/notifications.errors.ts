import { domainError } from '../../http/errors.ts';

export const SecurityMailRequired = domainError(
  'security_mail_required',
  422,
  (kinds: string) => `Security mails (${kinds}) are always sent at once and cannot be switched off`,
);
export const UnsubscribeInvalid = domainError(
  'unsubscribe_invalid',
  404,
  'This unsubscribe link is unknown, or its account no longer exists',
);
