import path from 'node:path';
import { migrate as drizzleMigrate } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './client.ts';
import { MIGRATION_LOCK_KEY } from './locks.ts';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '../../../migrations');

export async function migrate(database: Database): Promise<void> {
  await database.withAdvisoryLock(MIGRATION_LOCK_KEY, async (db) => {
    // Both drivers' migrators are the same function over db.dialect and db.session, so one call serves both.
    await drizzleMigrate(db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}
