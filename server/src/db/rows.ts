import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Raw rows of a query: for aggregates and joins where drizzle's per-field mapping would cost more than the query. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
