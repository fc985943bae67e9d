import type { CreateRoomBody, Room, RoomList, RoomListQuery, UpdateRoomBody } from '@ambassador/shared';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Scope } from '../../http/actor.ts';
import { NotFound, ValidationFailed } from '../../http/errors.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { sessionsAtLocation } from '../training/planning/planning.repository.ts';
import { lockSchedule } from '../training/sessions/schedule.ts';
import { RoomInUse, RoomNameTaken, RoomRenameInUse } from './rooms.errors.ts';
import { deleteRoom, findRoom, insertRoom, listRooms, updateRoom, type RoomValues } from './rooms.repository.ts';

export async function list(scope: Scope & { query: RoomListQuery }): Promise<RoomList> {
  const window = pageWindow(scope.query);
  const { items, total } = await listRooms({
    ...scope,
    filter: { active: scope.query.active, q: scope.query.q },
    window,
  });
  return toPage(items, total, window);
}

function nameOf(name: string) {
  const trimmed = name.trim();
  if (!trimmed) throw new ValidationFailed([{ field: 'name', code: 'required', message: 'a room needs a name' }]);
  return trimmed;
}

function nameConflicts<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (isUniqueViolation(error, 'rooms_organisation_name_key')) throw new RoomNameTaken();
    throw error;
  });
}

export async function create(scope: Scope & { body: CreateRoomBody }): Promise<Room> {
  const { body } = scope;
  const values: RoomValues = { name: nameOf(body.name), capacity: body.capacity ?? null, active: body.active ?? true };
  return nameConflicts(() => insertRoom({ ...scope, values }));
}

export async function update(scope: Scope & { roomId: string; body: UpdateRoomBody }): Promise<Room> {
  const { body } = scope;
  const values: Partial<RoomValues> = {};
  if (body.name !== undefined) values.name = nameOf(body.name);
  if (body.capacity !== undefined) values.capacity = body.capacity;
  if (body.active !== undefined) values.active = body.active;
  const row = await scope.db.transaction(async (tx) => {
    const inner = { db: tx, organisationId: scope.organisationId, roomId: scope.roomId };
    // Under the schedule lock: no session can take the old name between the check and the rename.
    await lockSchedule(tx, scope.organisationId);
    const room = await findRoom(inner);
    if (!room) throw new NotFound('room');
    const renamed = values.name !== undefined && values.name.toLowerCase() !== room.name.toLowerCase();
    if (renamed && (await sessionsAtLocation({ ...inner, location: room.name })) > 0) throw new RoomRenameInUse();
    return nameConflicts(() => updateRoom({ ...inner, values }));
  });
  if (!row) throw new NotFound('room');
  return row;
}

/** A room that sessions were held or are planned in stays, so their location keeps meaning something: deactivate it. */
export async function remove(scope: Scope & { roomId: string }): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const inner = { db: tx, organisationId: scope.organisationId, roomId: scope.roomId };
    await lockSchedule(tx, scope.organisationId);
    const room = await findRoom(inner);
    if (!room) throw new NotFound('room');
    if ((await sessionsAtLocation({ ...inner, location: room.name })) > 0) throw new RoomInUse();
    await deleteRoom(inner);
  });
}
