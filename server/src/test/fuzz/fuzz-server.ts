import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Role } from '@ambassador/shared';
import { buildApp } from '../../app.ts';
import { appPool, fromPglite, fromPool, type Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { createUser } from '../factories.ts';
import { testConfig } from '../test-app.ts';

/**
 * The app under fuzzing, in a process of its own: a request that blocks the event loop (a loop without end) would
 * otherwise freeze the test too, so that no timeout could ever fire. The parent starts it with FUZZ_DATABASE (the
 * migrated PGlite dump, or a PostgreSQL database made from the migrated template) and kills it when it stops answering.
 *
 * Besides the API it answers a few routes outside /api/v1 (so they are not in apiRoutes) that only the fuzz test uses.
 */

export type DatabaseSource = { kind: 'pglite'; dumpFile: string } | { kind: 'pg'; url: string };
export type LoggedError = { msg?: string; type?: string; message?: string; code?: string; cause?: string };
export type TableDigest = { t: string; n: number; h: string };

async function openDatabase(source: DatabaseSource): Promise<Database> {
  if (source.kind === 'pglite')
    return await fromPglite(await PGlite.create({ loadDataDir: new Blob([readFileSync(source.dumpFile)]) }));
  const pool = appPool({ connectionString: source.url, max: 5 });
  return fromPool(pool);
}

const clip = (text: unknown, length = 400) =>
  typeof text === 'string' ? (text.length > length ? `${text.slice(0, length)}…` : text) : undefined;

/** What the app logged at error level: the cause of a 500 travels back to the test's failure message. */
function errorCollector() {
  const errors: LoggedError[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        const line = JSON.parse(chunk.toString('utf8')) as {
          level: number;
          msg?: string;
          err?: { type?: string; message?: string; code?: string; stack?: string; cause?: { message?: string } };
        };
        if (line.level >= 50) {
          const causedBy = /caused by: ([^\n]*)/i.exec(line.err?.stack ?? '')?.[1];
          errors.push({
            msg: line.msg,
            type: line.err?.type,
            message: clip(line.err?.message),
            code: line.err?.code,
            cause: clip(line.err?.cause?.message ?? causedBy),
          });
        }
      } catch {
        errors.push({ msg: clip(chunk.toString('utf8')) });
      }
      done();
    },
  });
  return { errors, stream };
}

async function main() {
  const source = JSON.parse(process.env.FUZZ_DATABASE ?? '') as DatabaseSource;
  const database = await openDatabase(source);
  const { errors, stream } = errorCollector();
  // Distinct X-Forwarded-For addresses per request keep the per-IP login and signup limits from refusing everything.
  const config = testConfig({ trustProxy: true });
  const app = await buildApp({ config, database, logger: { level: 'error', stream } });

  let digestQuery: string | undefined;
  // Reads on the pool, across organisations: it must not hold a request's transaction (on PGlite, the only
  // connection).
  app.get('/__fuzz/digest', { config: { access: 'public', transaction: false } }, async () => {
    if (!digestQuery) {
      const tables = await rows<{ table_name: string }>(
        database.db,
        sql`select table_name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      );
      digestQuery = tables
        .map(
          ({ table_name: name }) =>
            // An order-free sum of row hashes: linear in the rows, where sorting them for one md5 was not.
            `select '${name}' as t, count(*)::int as n, ` +
            `coalesce(sum(hashtext(r::text)::bigint), 0)::text as h from public."${name}" r`,
        )
        .join(' union all ');
    }
    return rows<TableDigest>(database.db, sql.raw(digestQuery));
  });
  app.get('/__fuzz/routes', { config: { access: 'public' } }, async () => app.apiRoutes);
  app.get('/__fuzz/errors', { config: { access: 'public' } }, async () => errors.splice(0));
  app.post<{ Body: { organisationId: string; role: Role } }>(
    '/__fuzz/users',
    // Writes on the pool (createUser takes the app's database), so it must not hold the request's transaction.
    { config: { access: 'public', transaction: false } },
    async (request) => {
      const { user, token, email } = await createUser(app, request.body);
      return { id: user.id, token, email };
    },
  );

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  // The parent gone (a crashed or finished test run) means nobody will stop this process otherwise.
  process.on('disconnect', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
