/**
 * Throughput of GET /api/v1/ambassadors?limit=50 through the whole app (an organisation of 20,000 employees with 400
 * active ambassadors, an admin's token), next to a bare Fastify server in the same process whose one route runs the
 * SAME statements through `pg`: those the app sent for one such request (its transaction, its settings, the actor's
 * lookup, the list), recorded from the driver and replayed with the same parameters, unnamed like drizzle sends
 * them, on one connection of a pool of the app's role. So the ratio is what the app adds to its own SQL: routing,
 * hooks, validation, serialisation and drizzle. Goal: at least 0.6× the bare server. PostgreSQL only.
 *   npm run bench -- ambassadors-list
 */
import type { AddressInfo } from 'node:net';
import fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/src/app.ts';
import { appPool } from '../server/src/db/client.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import { addAmbassadors, benchOrganisation, freshDatabase, serveAsAdmin, throughput } from './lib.ts';
import { alternate, figure, roundsNote } from './report.ts';

const PATH = '/ambassadors?limit=50';
const GOAL = 0.6;

type QueryArgs = Parameters<pg.Client['query']>;

/** The arguments of every `query` any pg client is given while `fn` runs: what drizzle sent, as it sent it. */
export async function recordStatements(fn: () => Promise<void>): Promise<QueryArgs[]> {
  const statements: QueryArgs[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements.push(args.map((arg) => (Array.isArray(arg) ? [...arg] : arg)) as QueryArgs);
    return (original as (...args: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return statements;
}

/** The first words of a statement, for the report: what the request runs. */
export function summarise(args: QueryArgs): string {
  const first = args[0] as string | { text: string };
  const text = (typeof first === 'string' ? first : first.text).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A plain Fastify server whose one route replays `statements` on one connection of `pool` and sends their rows. */
export async function bareServer(pool: pg.Pool, route: string, statements: QueryArgs[]) {
  const bare = fastify();
  bare.get(route, async () => {
    const client = await pool.connect();
    try {
      const results: unknown[] = [];
      for (const args of statements) {
        const result = (await (client.query as (...args: unknown[]) => Promise<pg.QueryResult>)(...args)) as
          pg.QueryResult | undefined;
        if (result?.rows?.length) results.push(result.rows);
      }
      return results;
    } finally {
      client.release();
    }
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return { bare, origin: `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}` };
}

export async function run() {
  const report: string[] = [];
  const bench = await freshDatabase('pg');
  const app = await buildApp({ config: testConfig(), database: bench.database, logger: false });
  const pool = appPool({ connectionString: bench.url, max: 10 });
  pool.on('error', () => {});
  let bare: Awaited<ReturnType<typeof bareServer>> | undefined;
  try {
    const organisationId = await benchOrganisation(bench.database);
    await addAmbassadors(bench.database, 50, organisationId);
    const { api, headers } = await serveAsAdmin(app, bench.database, organisationId);
    const appUrl = api + PATH;
    for (let i = 0; i < 5; i++) await (await fetch(appUrl, { headers })).arrayBuffer(); // caches, JIT
    let status = 0;
    const statements = await recordStatements(async () => {
      const response = await fetch(appUrl, { headers });
      status = response.status;
      const body = (await response.json()) as { items?: unknown[] };
      if (body.items?.length !== 50) throw new Error(`expected 50 ambassadors, got ${JSON.stringify(body)}`);
    });
    if (status !== 200 || statements.length === 0)
      throw new Error(`GET ${PATH}: ${status}, ${statements.length} statements`);
    bare = await bareServer(pool, '/ambassadors', statements);
    const bareUrl = `${bare.origin}${PATH}`;

    const { medians, rounds } = await alternate({
      app: () => throughput(appUrl, headers),
      bare: () => throughput(bareUrl),
    });
    report.push(
      figure({
        name: 'ambassadors-list GET /ambassadors?limit=50',
        database: bench.label,
        what: `GET /api/v1/ambassadors?limit=50 (20,000 employees, 400 ambassadors) through the app`,
        figure: medians.app,
        baselineWhat: 'bare Fastify + pg running the same SQL',
        baseline: medians.bare,
        unit: 'req/s',
        goal: { atLeast: GOAL },
        note: roundsNote(rounds.app, rounds.bare),
      }),
      `  the request's ${statements.length} statements: ${statements.map(summarise).join(' | ')}`,
    );
  } finally {
    await bare?.bare.close();
    await app.close();
    await pool.end();
    await bench.drop();
  }
  return report;
}
