import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { buildApp, type App } from '../app.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { createTestDatabase } from './test-db.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: path.join('/tmp', 'ambassador-unused'),
    databaseUrl: undefined,
    jwtSecret: randomBytes(32).toString('hex'),
    publicUrl: 'http://localhost:3000',
    logLevel: 'silent',
    seedDemo: false,
    trustProxy: false,
    webDistDir: path.join('/tmp', 'ambassador-no-spa'),
    ...overrides,
  };
}

export type TestApp = { app: App; database: Database; config: Config; close: () => Promise<void> };

/** The real app over a fresh migrated database of its own (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const { database, drop } = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
