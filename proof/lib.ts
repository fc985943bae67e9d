import { createHmac, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Database } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';

/** The PostgreSQL server the proof runs on, as a superuser: scratch databases are created and dropped there. */
export const POSTGRES_URL = process.env.PROOF_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** How long each load runs, and how many clients send at once (CI: PROOF_SECONDS=10 PROOF_CONNECTIONS=20). */
export const SECONDS = positive('PROOF_SECONDS', 60);
export const CONNECTIONS = positive('PROOF_CONNECTIONS', 100);
/** A request without an answer after this long counts as hung. */
export const REQUEST_TIMEOUT_MS = 10_000;

function positive(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One figure of a scenario: its value, and whether it meets its goal (`undefined`: reported, no goal). */
export function figure(label: string, value: string, met?: boolean): string {
  const verdict = met === undefined ? 'reported' : met ? 'met' : 'NOT met';
  return `${label}: ${value} — ${verdict}`;
}

export const skipped = (label: string, reason: string) => `${label}: skipped — ${reason}`;

export type ScratchDatabase = {
  name: string;
  /** The connection string the servers get (they switch to the app's role themselves). */
  url: string;
  /** The app's view of the database, for seeding through the repositories. */
  database: Database;
  /** Closes `database` (once seeded, before the servers start); `drop` does it too. */
  closeSeeding: () => Promise<void>;
  /** A superuser query on the scratch database on a fresh connection (it survives a PostgreSQL restart). */
  query: <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<T[]>;
  drop: () => Promise<void>;
};

/** A fresh migrated database `ambassador_proof_<hex>` on the local PostgreSQL, dropped by `drop()`. */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const name = `ambassador_proof_${randomBytes(4).toString('hex')}`;
  await adminQuery(POSTGRES_URL, `create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = await createDb({ databaseUrl: url.toString(), dataDir: '/nonexistent' });
  let closing: Promise<void> | undefined;
  const closeSeeding = () => (closing ??= database.close().catch(() => {}));
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    await adminQuery(POSTGRES_URL, `drop database if exists ${name} with (force)`);
    throw error;
  }
  return {
    name,
    url: url.toString(),
    database,
    closeSeeding,
    query: (text, values) => adminQuery(url.toString(), text, values),
    drop: async () => {
      await closeSeeding();
      await adminQuery(POSTGRES_URL, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery<T extends pg.QueryResultRow>(url: string, text: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether PostgreSQL accepts a connection and answers a query right now. */
export async function postgresAccepts(url: string): Promise<boolean> {
  try {
    await adminQuery(url, 'select 1');
    return true;
  } catch {
    return false;
  }
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An access token as the server signs them (HS256, its issuer and audience), valid for two hours. */
export function accessToken(secret: string, claims: { sub: string; org: string; role: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ ...claims, iss: 'ambassador', aud: 'ambassador-api', iat: now, exp: now + 7200 }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** A JWT secret for one scenario's servers. */
export const jwtSecret = () => randomBytes(36).toString('base64url');
