import type { SQL } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** Raw rows of a query: for aggregates and joins where drizzle's per-field mapping would cost more than the query. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

type Tasks = readonly (() => PromiseLike<unknown>)[];

/**
 * Runs independent queries together on a pool, but one after another inside a transaction: a transaction holds one
 * connection, and pg queues (and will refuse) queries sent on a client that is still busy.
 */
export async function together<const T extends Tasks>(
  db: Db,
  tasks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Result = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  if (!(db instanceof PgTransaction)) return (await Promise.all(tasks.map((task) => task()))) as Result;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as Result;
}
