import { Type, type Static } from 'typebox';
import { Page, PageQuery, SearchText, SingleLine, Uuid } from './common.ts';
import { ROOM_LIMITS } from './constants/rooms.ts';

/** A room of the organisation that training sessions can be held in; its name is what sessions carry as location. */
export const Room = Type.Object({
  id: Uuid,
  name: Type.String(),
  /** Places; null when it does not matter. */
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  active: Type.Boolean(),
});
export type Room = Static<typeof Room>;

const RoomName = SingleLine({ minLength: 1, maxLength: ROOM_LIMITS.name });
const RoomCapacity = Type.Union([
  Type.Integer({ minimum: ROOM_LIMITS.capacity.min, maximum: ROOM_LIMITS.capacity.max }),
  Type.Null(),
]);

export const CreateRoomBody = Type.Object(
  { name: RoomName, capacity: Type.Optional(RoomCapacity), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CreateRoomBody = Static<typeof CreateRoomBody>;

export const UpdateRoomBody = Type.Object(
  {
    name: Type.Optional(RoomName),
    capacity: Type.Optional(RoomCapacity),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRoomBody = Static<typeof UpdateRoomBody>;

export const RoomListQuery = Type.Object({ active: Type.Optional(Type.Boolean()), q: SearchText, ...PageQuery });
export type RoomListQuery = Static<typeof RoomListQuery>;

export const RoomList = Page(Room);
export type RoomList = Static<typeof RoomList>;
