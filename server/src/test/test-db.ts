import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { appPool, fromPglite, fromPool, type Database } from '../db/client.ts';
import { databaseUrlWith } from './global-setup.ts';

/** A fresh, migrated database of its own for one test file; `drop()` removes it. */
export async function createTestDatabase(): Promise<{ database: Database; url?: string; drop: () => Promise<void> }> {
  const source = inject('testDatabase');
  if (source.kind === 'pglite') {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(source.dumpFile)]) });
    const database = await fromPglite(client);
    return { database, drop: () => database.close() };
  }
  const name = `ambassador_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: source.url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${source.template}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrlWith(source.url, name);
  const pool = appPool({ connectionString: url, max: 5 });
  pool.on('error', () => {});
  const database = fromPool(pool);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: source.url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
