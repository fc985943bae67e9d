import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** Drizzle over either driver: both are PgDatabase, so repositories have one code path. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/**
 * The roles the app works as (migration 0014), neither owner nor superuser, so row-level security applies to both:
 * its connections open as SYSTEM_ROLE, which sees every organisation (jobs, the lookups of public routes), and every
 * request's transaction switches to APP_ROLE, which sees only the organisation the transaction names
 * (plugins/request-transaction.ts).
 */
export const APP_ROLE = 'ambassador_app';
export const SYSTEM_ROLE = 'ambassador_system';
const APP_SESSION = `-c role=${SYSTEM_ROLE}`;

/** A pool of the app's connections: each switches to the app's role as it opens, and fails if it cannot. */
export function appPool(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, options: APP_SESSION });
}

export type Database = {
  db: Db;
  driver: 'pg' | 'pglite';
  /** Runs `fn` as the owner of the schema (migrations), on a connection of its own where the driver has several. */
  asOwner<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Runs `fn` on one connection while holding a PostgreSQL session advisory lock. */
  withAdvisoryLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type DbLogger = { error(obj: object, msg: string): void };

export class DataDirLockedError extends Error {}

export function fromPool(pool: pg.Pool): Database {
  // An idle client's error without a listener kills the process (a restart, or a test dropping its database);
  // createDb attaches a logging one, anything else gets this quiet default.
  if (pool.listenerCount('error') === 0) pool.on('error', () => {});
  // The pool listens to a client only while it is idle. A client in use (a request's transaction waiting on its
  // handler) whose server goes away would emit 'error' with no listener, which also kills the process; its query
  // or COMMIT fails anyway, and the request answers 503.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pg',
    async asOwner(fn) {
      const { options: _role, ...owner } = pool.options as pg.PoolConfig;
      const client = new pg.Client(owner);
      await client.connect();
      try {
        return await fn(drizzlePg(client, { schema }) as unknown as Db);
      } finally {
        await client.end();
      }
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzlePg(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
  };
}

/** Switches PGlite's one session to the app's role, once migrations have created it. */
async function enterAppRole(client: PGlite) {
  const { rows } = await client.query(`select 1 from pg_roles where rolname = $1`, [SYSTEM_ROLE]);
  if (rows.length === 0) return;
  await client.exec(`set role ${SYSTEM_ROLE}`);
}

/** PGlite as the app's database: its session works as the app's role when the schema has it. */
export async function fromPglite(client: PGlite, onClose: () => void = () => {}): Promise<Database> {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await enterAppRole(client);
  return {
    db,
    driver: 'pglite',
    async asOwner(fn) {
      // One session: it leaves the app's role for the migrations and returns to it afterwards.
      await client.exec(`reset role`);
      try {
        return await fn(db);
      } finally {
        await enterAppRole(client);
      }
    },
    async withAdvisoryLock(key, fn) {
      // PGlite is a single connection in this process; the lock keeps the code path identical to PostgreSQL.
      await db.execute(sql`select pg_advisory_lock(${key})`);
      try {
        return await fn(db);
      } finally {
        await db.execute(sql`select pg_advisory_unlock(${key})`);
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await client.close();
      onClose();
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory corrupts it, so we hold a lock
 * file with our pid and refuse to start while another live process holds it.
 */
function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(
          `The embedded database in ${dir} is in use by another process (pid ${pid}). ` +
            'Stop that process, or set DATA_DIR to another directory, or use DATABASE_URL.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the embedded database in ${dir}`);
}

export async function createDb(
  config: { databaseUrl?: string | undefined; dataDir: string },
  logger?: DbLogger,
): Promise<Database> {
  if (config.databaseUrl) {
    const pool = appPool({
      connectionString: config.databaseUrl,
      max: 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    });
    // Without this listener an idle client's error (a PostgreSQL restart) would crash the process.
    pool.on('error', (error) => logger?.error({ err: error }, 'idle database client failed'));
    return fromPool(pool);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = lockDataDir(config.dataDir);
  try {
    const client = await PGlite.create({ dataDir: path.join(config.dataDir, 'pglite') });
    return await fromPglite(client, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}
