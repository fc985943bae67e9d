import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { together } from '../../db/rows.ts';
import { rooms } from '../../db/schema/rooms.ts';
import { escapeLike } from '../../db/sql.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';

export type RoomRow = typeof rooms.$inferSelect;
export type RoomValues = { name: string; capacity: number | null; active: boolean };

const columns = { id: rooms.id, name: rooms.name, capacity: rooms.capacity, active: rooms.active };

/** One page of the organisation's rooms by name, active ones or not as asked. */
export async function listRooms({
  db,
  organisationId,
  filter,
  window,
}: Scope & { filter: { active?: boolean; q?: string }; window: PageWindow }) {
  const where: SQL[] = [eq(rooms.organisationId, organisationId)];
  if (filter.active !== undefined) where.push(eq(rooms.active, filter.active));
  const q = filter.q?.trim();
  if (q) where.push(ilike(rooms.name, `%${escapeLike(q)}%`));
  const condition = and(...where)!;
  const [items, totals] = await together(db, [
    async () =>
      db
        .select(columns)
        .from(rooms)
        .where(condition)
        .orderBy(asc(rooms.name), asc(rooms.id))
        .limit(window.limit)
        .offset(window.offset),
    async () => db.select({ total: count() }).from(rooms).where(condition),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function findRoom({ db, organisationId, roomId }: Scope & { roomId: string }) {
  const [row] = await db
    .select(columns)
    .from(rooms)
    .where(and(eq(rooms.organisationId, organisationId), eq(rooms.id, roomId)));
  return row;
}

/** The organisation's rooms among `roomIds` (others' and unknown ids are simply not found). */
export async function roomsByIds({ db, organisationId, roomIds }: Scope & { roomIds: readonly string[] }) {
  if (roomIds.length === 0) return [];
  return db
    .select(columns)
    .from(rooms)
    .where(and(eq(rooms.organisationId, organisationId), inArray(rooms.id, [...roomIds])))
    .orderBy(asc(rooms.name), asc(rooms.id));
}

export async function insertRoom({ db, organisationId, values }: Scope & { values: RoomValues }) {
  const [row] = await db
    .insert(rooms)
    .values({ organisationId, ...values })
    .returning(columns);
  return row!;
}

export async function updateRoom({
  db,
  organisationId,
  roomId,
  values,
}: Scope & { roomId: string; values: Partial<RoomValues> }) {
  const [row] = await db
    .update(rooms)
    .set(values)
    .where(and(eq(rooms.organisationId, organisationId), eq(rooms.id, roomId)))
    .returning(columns);
  return row;
}

export async function deleteRoom({ db, organisationId, roomId }: Scope & { roomId: string }) {
  await db.delete(rooms).where(and(eq(rooms.organisationId, organisationId), eq(rooms.id, roomId)));
}
