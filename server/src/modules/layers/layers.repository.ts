import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { layers } from '../../db/schema/layers.ts';
import { employeesOf } from '../employees/employees.views.ts';

export type LayerRow = typeof layers.$inferSelect;

/** Layers in rank order with their active employees counted in one aggregate. */
export async function listLayers({ db, organisationId }: { db: Db; organisationId: string }) {
  const employees = employeesOf(db, organisationId);
  return db
    .select({
      id: layers.id,
      name: layers.name,
      rank: layers.rank,
      employeeCount: sql<number>`count(${employees.id}) filter (where ${employees.status} = 'active')`.mapWith(Number),
    })
    .from(layers)
    .leftJoin(employees, and(eq(employees.organisationId, layers.organisationId), eq(employees.layerId, layers.id)))
    .where(eq(layers.organisationId, organisationId))
    .groupBy(layers.id)
    .orderBy(asc(layers.rank), asc(layers.name));
}

/** Layers in rank order, without counts: for views that count employees themselves. */
export async function layerRows({ db, organisationId }: { db: Db; organisationId: string }) {
  return db
    .select({ id: layers.id, name: layers.name, rank: layers.rank })
    .from(layers)
    .where(eq(layers.organisationId, organisationId))
    .orderBy(asc(layers.rank), asc(layers.name));
}

export async function findLayer({ db, organisationId, layerId }: { db: Db; organisationId: string; layerId: string }) {
  const [row] = await db
    .select()
    .from(layers)
    .where(and(eq(layers.organisationId, organisationId), eq(layers.id, layerId)));
  return row;
}

export async function nextLayerRank({ db, organisationId }: { db: Db; organisationId: string }) {
  const [row] = await db
    .select({ top: max(layers.rank) })
    .from(layers)
    .where(eq(layers.organisationId, organisationId));
  return (row?.top ?? -1) + 1;
}

export async function insertLayers({
  db,
  organisationId,
  values,
}: {
  db: Db;
  organisationId: string;
  values: { id?: string; name: string; rank: number }[];
}) {
  if (values.length === 0) return [];
  return db
    .insert(layers)
    .values(values.map((value) => ({ ...value, organisationId })))
    .returning();
}

export async function updateLayer({
  db,
  organisationId,
  layerId,
  changes,
}: {
  db: Db;
  organisationId: string;
  layerId: string;
  changes: { name?: string; rank?: number };
}) {
  const [row] = await db
    .update(layers)
    .set(changes)
    .where(and(eq(layers.organisationId, organisationId), eq(layers.id, layerId)))
    .returning();
  return row;
}

export async function countLayerEmployees({
  db,
  organisationId,
  layerId,
}: {
  db: Db;
  organisationId: string;
  layerId: string;
}) {
  const employees = employeesOf(db, organisationId);
  const [row] = await db.select({ n: count() }).from(employees).where(eq(employees.layerId, layerId));
  return row?.n ?? 0;
}

export async function deleteLayer({
  db,
  organisationId,
  layerId,
}: {
  db: Db;
  organisationId: string;
  layerId: string;
}) {
  await db.delete(layers).where(and(eq(layers.organisationId, organisationId), eq(layers.id, layerId)));
}
