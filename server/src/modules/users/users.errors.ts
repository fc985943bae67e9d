import { domainError } from '../../http/errors.ts';

export const CannotDeactivateSelf = domainError(
  'cannot_deactivate_self',
  409,
  'You cannot deactivate your own account',
);
export const CannotChangeOwnRole = domainError('cannot_change_own_role', 409, 'You cannot change your own role');
export const UserNotInvited = domainError('user_not_invited', 409, 'This user has already accepted the invitation');
export const ReactivateInvited = domainError(
  'user_not_activated',
  409,
  'This user has not accepted the invitation yet; send a new invitation instead',
);
