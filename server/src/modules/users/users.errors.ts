import createError from '@fastify/error';

export const CannotDeactivateSelf = createError(
  'cannot_deactivate_self',
  'You cannot deactivate your own account',
  409,
);
export const CannotChangeOwnRole = createError('cannot_change_own_role', 'You cannot change your own role', 409);
export const UserNotInvited = createError('user_not_invited', 'This user has already accepted the invitation', 409);
export const ReactivateInvited = createError(
  'user_not_activated',
  'This user has not accepted the invitation yet; send a new invitation instead',
  409,
);
