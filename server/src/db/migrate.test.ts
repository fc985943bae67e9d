import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { fromPool, type Database } from './client.ts';
import { migrate, MIGRATIONS_FOLDER } from './migrate.ts';
import { databaseUrlWith } from '../test/global-setup.ts';

const source = inject('testDatabase');

describe.skipIf(source.kind !== 'pg')('migrations on PostgreSQL', () => {
  const name = `ambassador_migrate_${randomBytes(4).toString('hex')}`;
  let instances: Database[] = [];
  let admin: pg.Client;

  beforeAll(async () => {
    if (source.kind !== 'pg') return;
    admin = new pg.Client({ connectionString: source.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    instances = [1, 2, 3].map(() =>
      fromPool(new pg.Pool({ connectionString: databaseUrlWith(source.url, name), max: 2 })),
    );
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('runs once when several instances start together on an empty database', async () => {
    await Promise.all(instances.map((instance) => migrate(instance)));
    const files = readdirSync(MIGRATIONS_FOLDER).filter((file) => file.endsWith('.sql'));
    const result = (await instances[0]!.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    )) as {
      rows: { n: number }[];
    };
    expect(result.rows[0]?.n).toBe(files.length);
  });
});
