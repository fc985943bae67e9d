/**
 * What row-level security costs: the same app, the same organisation of 20,000 employees and the same requests
 * (`GET /employees?limit=50`, `GET /coverage`), with the policies of migration 0014 in force and with them disabled,
 * in alternating rounds (bench/report.ts). Goal: at least 0.8× without.
 *   npm run bench -- row-level-security [--only=pglite|pg]
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.ts';
import type { Database } from '../server/src/db/client.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import { analyse, benchOrganisation, freshDatabase, kinds, serveAsAdmin, throughput } from './lib.ts';
import { alternate, figure, roundsNote } from './report.ts';

const GOAL = 0.8;

/**
 * Turns the policies on every table with an organisation_id on or off, as the owner. The last requests of a round
 * may still hold their locks: a deadlock is tried again.
 */
async function setPolicies(database: Database, enabled: boolean) {
  for (let attempt = 1; ; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      return await togglePolicies(database, enabled);
    } catch (error) {
      if (attempt >= 5 || (error as { cause?: { code?: string } }).cause?.code !== '40P01') throw error;
    }
  }
}

async function togglePolicies(database: Database, enabled: boolean) {
  const action = enabled ? 'ENABLE' : 'DISABLE';
  await database.asOwner((db) =>
    db.execute(
      sql.raw(`DO $$ DECLARE t regclass; BEGIN
        FOR t IN SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organisation_id'
          WHERE n.nspname = 'public' AND c.relkind = 'r'
        LOOP EXECUTE format('ALTER TABLE %s ${action} ROW LEVEL SECURITY', t); END LOOP; END $$`),
    ),
  );
}

export async function run() {
  const report: string[] = [];
  for (const kind of kinds()) {
    const bench = await freshDatabase(kind);
    const app = await buildApp({ config: testConfig(), database: bench.database, logger: false });
    try {
      const organisationId = await benchOrganisation(bench.database);
      await analyse(bench.database);
      const { api, headers } = await serveAsAdmin(app, bench.database, organisationId);
      const measure = (path: string, enabled: boolean) => async () => {
        await setPolicies(bench.database, enabled);
        return throughput(api + path, headers);
      };
      for (const path of ['/employees?limit=50', '/coverage']) {
        const { medians, rounds } = await alternate({ on: measure(path, true), off: measure(path, false) });
        await setPolicies(bench.database, true);
        report.push(
          figure({
            name: `row-level-security GET ${path}`,
            database: bench.label,
            what: `GET ${path} with row-level security`,
            figure: medians.on,
            baselineWhat: 'without',
            baseline: medians.off,
            unit: 'req/s',
            goal: { atLeast: GOAL },
            note: roundsNote(rounds.on, rounds.off),
          }),
        );
      }
    } finally {
      await app.close();
      await bench.drop();
    }
  }
  return report;
}
