import { domainError } from '../../http/errors.ts';

export const RoomNameTaken = domainError('room_name_taken', 409, 'A room with this name already exists');
export const RoomInUse = domainError(
  'room_in_use',
  409,
  'Sessions are held in this room; deactivate it instead of deleting it',
);

/** Sessions name a room by its name: renaming it would cut them loose from it (and let it be booked twice). */
export const RoomRenameInUse = domainError(
  'room_in_use',
  409,
  'Sessions are held in this room under its name; add a new room instead of renaming this one',
);
