import { domainError } from '../../../http/errors.ts';

export const ActiveAmbassador = domainError(
  'active_ambassador',
  409,
  'She is an active ambassador: pause or end her ambassadorship before erasing her personal data',
);

export const CannotEraseSelf = domainError(
  'cannot_erase_self',
  409,
  'This is your own account: another admin erases it',
);

export const LastAdmin = domainError(
  'last_admin',
  409,
  "Her account is the organisation's last active admin: make someone else admin before erasing her",
);
