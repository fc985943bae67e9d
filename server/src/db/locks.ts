import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

// Every PostgreSQL advisory lock the application takes, named here so no two uses can collide on a key.

/** Session lock: instances starting together wait on it so migrations run once (drizzle-orm issue 874). */
export const MIGRATION_LOCK_KEY = 727_001;

/** Session lock: replicas starting together on an empty database must not both seed it. */
export const SEED_LOCK_KEY = 727_002;

/** Transaction lock: one employee import at a time per organisation. */
export async function lockEmployeeImport(db: Db, organisationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${organisationId}))`);
}

/** Transaction lock: serialises schedule checks and writes of one organisation. */
export async function lockTrainingSchedule(db: Db, organisationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`training-schedule:${organisationId}`}, 0))`);
}

/** Transaction lock: one content register import at a time per organisation. */
export async function lockContentImport(db: Db, organisationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`content-import:${organisationId}`}, 0))`);
}
