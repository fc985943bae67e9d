import type { CreateRoomBody, Room, RoomList, RoomListQuery, UpdateRoomBody } from '@ambassador/shared';
import { http } from './http.ts';

/** The organisation's rooms by name; `active` narrows to those in use or not. */
export const listRooms = (query: RoomListQuery = {}) => http.get<RoomList>('/rooms', { ...query });

export const createRoom = (body: CreateRoomBody) => http.post<Room>('/rooms', body);

export const updateRoom = (id: string, body: UpdateRoomBody) => http.patch<Room>(`/rooms/${id}`, body);

/** Refused with 409 `room_in_use` while sessions name the room: deactivate it instead. */
export const deleteRoom = (id: string) => http.delete(`/rooms/${id}`);
