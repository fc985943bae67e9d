import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DigitalSkills } from '@ambassador/shared/constants';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { App } from '../server/src/app.ts';
import { createDb, type Database } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { importEmployees } from '../server/src/modules/employees/import/import.service.ts';
import { Changes } from '../server/src/events/index.ts';
import { insertOrganisation } from '../server/src/modules/organisations/organisations.repository.ts';
import { insertUser } from '../server/src/modules/users/users.repository.ts';

export const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type BenchDatabase = { label: string; database: Database; url?: string; drop: () => Promise<void> };

/** A fresh migrated database: PGlite in a temporary directory, or a scratch database on PostgreSQL. */
export async function freshDatabase(kind: 'pglite' | 'pg'): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'ambassador-bench-'));
    const database = await createDb({ dataDir: dir });
    await migrate(database);
    return {
      label: 'PGlite',
      database,
      drop: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `ambassador_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = await createDb({ databaseUrl: url.toString(), dataDir: '/nonexistent' });
  await migrate(database);
  return {
    label: 'PostgreSQL',
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Which databases to measure: `--only=pglite` or `--only=pg` narrows it. */
/**
 * p50 and p95 of `count` calls, after `warmup` calls that are not counted (caches, JIT); a call that does not answer
 * 2xx stops the bench.
 */
export async function timed(count: number, call: () => Promise<Response>, warmup = 5) {
  const samples: number[] = [];
  for (let i = 0; i < count + warmup; i++) {
    const start = performance.now();
    const response = await call();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`status ${response.status}`);
    if (i >= warmup) samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * GET /coverage computed at every request: the cache of answers is emptied before each one. The reference the
 * dashboard, training and feedback benchmarks compare with (a served-from-cache answer would say nothing of them).
 */
export function computedCoverage(app: App, url: string, headers: Record<string, string>) {
  return () => {
    app.coverageCache.clear();
    return fetch(url, { headers });
  };
}

export function kinds(): ('pglite' | 'pg')[] {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  return only === 'pglite' || only === 'pg' ? [only] : ['pglite', 'pg'];
}

const LAYERS = [
  'Bestuur en directie',
  'Management',
  'Teamleiding',
  'Zorg en behandeling',
  'Ondersteuning',
  'Leerlingen',
];
const SKILLS = DigitalSkills;

/**
 * A deterministic HR export of `count` employees over `departments` departments in a three-level tree, in the five
 * default layers (or six: `layers: 6` adds "Leerlingen", which an import creates with createMissing).
 */
export function generateCsv(count: number, departments = 400, layers = 5): string {
  const paths: string[] = [];
  for (let i = 0; i < departments; i++) {
    paths.push(`Divisie ${1 + (i % 8)}/Locatie ${1 + (i % 40)}/Team ${i + 1}`);
  }
  const lines = ['personeelsnummer;naam;e-mailadres;afdeling;laag;functie;locatie;digitale vaardigheid'];
  for (let i = 0; i < count; i++) {
    const layer =
      LAYERS[
        i % 97 === 0 ? 0 : i % 31 === 0 ? 1 : i % 13 === 0 ? 2 : i % 5 === 0 ? 4 : layers > 5 && i % 7 === 0 ? 5 : 3
      ];
    lines.push(
      [
        String(100000 + i),
        `Medewerker ${i}`,
        `medewerker.${i}@bench.example`,
        paths[i % departments],
        layer,
        'Verzorgende IG',
        `Locatie ${1 + (i % 40)}`,
        SKILLS[i % 3],
      ].join(';'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** The organisation most benchmarks measure: 20,000 generated employees in 400 departments and 6 layers. */
export async function benchOrganisation(database: Database): Promise<string> {
  const { db } = database;
  const { id: organisationId } = await insertOrganisation({ db, name: 'Bench' });
  await importEmployees({
    db,
    organisationId,
    changes: new Changes(),
    file: Buffer.from(generateCsv(20_000, 400, 6)),
    dryRun: false,
    options: { createMissing: true, markMissingAsLeft: false },
  });
  return organisationId;
}

/** Starts the app on a free port with an admin of the organisation signed in: the API's base URL and her headers. */
export async function serveAsAdmin(app: App, database: Database, organisationId: string) {
  const user = await insertUser({
    db: database.db,
    organisationId,
    user: {
      email: `admin.${randomBytes(4).toString('hex')}@bench.example`,
      name: 'Bench',
      role: 'admin',
      status: 'active',
    },
  });
  const token = app.jwt.sign({ sub: user.id, org: organisationId, role: 'admin' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    origin,
    api: `${origin}/api/v1`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  };
}

/** The wave plan both training benchmarks ask for: every weekday of the next half year, four sessions a day. */
export function halfYearPlan(): string {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    from: day(7),
    to: day(190),
    sessionMinutes: 60,
    capacity: 15,
    weekdays: [1, 2, 3, 4, 5],
    startTime: '09:00',
    sessionsPerDay: 4,
  });
}

/**
 * Requests per second autocannon gets from `url` with `connections` connections for BENCH_SECONDS: completed
 * requests over the run's actual duration. A route too slow to complete twice per connection in that time (a short
 * run on a busy machine) is measured instead by the time its connections take for two requests each, so the figure
 * never drops to 0. Any non-2xx answer stops the bench.
 */
export async function throughput(url: string, headers: Record<string, string> = {}, connections = 8) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const check = (result: autocannon.Result) => {
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`GET ${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    }
    return result;
  };
  // A slow route's queue can keep a request waiting for many seconds: that is a low figure, not an error.
  const timeout = 120;
  let result = check(await autocannon({ url, headers, connections, timeout, duration: seconds }));
  if (result.requests.total < 2 * connections) {
    result = check(await autocannon({ url, headers, connections, timeout, amount: 2 * connections }));
  }
  return result.requests.total / result.duration;
}

/**
 * Makes every `every`th employee (by employee number) an active ambassador, in one organisation or, without one, in
 * all: 400 of the bench organisation's 20,000 at `every = 50`. Then analyses.
 */
export async function addAmbassadors(database: Database, every: number, organisationId?: string) {
  await database.db.execute(sql`
    insert into ambassadors (organisation_id, employee_id, status, source)
    select organisation_id, id, 'active', 'self' from employees
    where (employee_number::int % ${every}) = 0
      ${organisationId ? sql`and organisation_id = ${organisationId}` : sql``}`);
  await analyse(database);
}

/**
 * Gathers the planner's statistics, as autovacuum would within a minute: the benchmarks measure the steady state.
 * As the owner: the app's role owns no table, and PostgreSQL skips (with a mere warning) an ANALYZE of those.
 */
export async function analyse(database: Database) {
  await database.asOwner((db) => db.execute(sql`analyze`));
}
