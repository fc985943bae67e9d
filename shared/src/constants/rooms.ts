/** The bounds of a room's fields. */
export const ROOM_LIMITS = {
  name: 200,
  capacity: { min: 1, max: 1000 },
} as const;
