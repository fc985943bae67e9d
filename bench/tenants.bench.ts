/**
 * What sharing a database with other organisations costs one organisation: GET /ambassadors?limit=50 and
 * GET /coverage for the organisation of 20,000 employees (400 ambassadors) in a database that also holds 99 other
 * organisations of 100 to 2,000 employees each (deterministic sizes, about 100,000 employees, 2% of them
 * ambassadors), next to the same organisation alone in a database of its own, in alternating rounds.
 * Goal: at least 0.9× alone. PostgreSQL, and PGlite unless seeding it takes over 2 minutes.
 *   npm run bench -- tenants [--only=pglite|pg]
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/src/app.ts';
import type { Database } from '../server/src/db/client.ts';
import { Changes } from '../server/src/events/index.ts';
import { importEmployees } from '../server/src/modules/employees/import/import.service.ts';
import { insertOrganisation } from '../server/src/modules/organisations/organisations.repository.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import {
  addAmbassadors,
  benchOrganisation,
  freshDatabase,
  generateCsv,
  kinds,
  serveAsAdmin,
  throughput,
  type BenchDatabase,
} from './lib.ts';
import { alternate, figure, roundsNote } from './report.ts';

const OTHERS = 99;
const GOAL = 0.9;
/** Seeding PGlite longer than this skips it. */
const PGLITE_SEEDING_LIMIT_MS = 120_000;
const PATHS = ['/ambassadors?limit=50', '/coverage'];

/** The size of the other organisation `i`: 100 to 2,000 employees, spread by a fixed stride. */
export const otherSize = (i: number) => 100 + ((i * 773) % 1901);

/** One of the other organisations: `employees` generated employees, one department per 50 (at least 5), 6 layers. */
async function importOther(database: Database, i: number) {
  const { db } = database;
  const employees = otherSize(i);
  const { id: organisationId } = await insertOrganisation({ db, name: `Tenant ${i + 1}` });
  await importEmployees({
    db,
    organisationId,
    changes: new Changes(),
    file: Buffer.from(generateCsv(employees, Math.max(5, Math.round(employees / 50)), 6)),
    dryRun: false,
    options: { createMissing: true, markMissingAsLeft: false },
  });
  return employees;
}

/**
 * The shared database: half the others, the bench organisation, the other half (so its rows sit between theirs);
 * ambassadors in all. Undefined when seeding passes `limitMs`.
 */
async function seedShared(
  bench: BenchDatabase,
  limitMs: number,
): Promise<{ organisationId: string; employees: number; seconds: number } | { seeded: number; seconds: number }> {
  const start = performance.now();
  let organisationId = '';
  let employees = 0;
  for (let i = 0; i < OTHERS; i++) {
    if (i === Math.floor(OTHERS / 2)) organisationId = await benchOrganisation(bench.database);
    employees += await importOther(bench.database, i);
    if (performance.now() - start > limitMs) return { seeded: i + 1, seconds: (performance.now() - start) / 1000 };
  }
  await addAmbassadors(bench.database, 50);
  return { organisationId, employees, seconds: (performance.now() - start) / 1000 };
}

export async function run() {
  const report: string[] = [];
  for (const kind of kinds()) {
    const shared = await freshDatabase(kind);
    const seeding = await seedShared(shared, kind === 'pglite' ? PGLITE_SEEDING_LIMIT_MS : Infinity).catch(
      async (error: unknown) => {
        await shared.drop();
        throw error;
      },
    );
    if (!('organisationId' in seeding)) {
      await shared.drop();
      report.push(
        `${shared.label}: skipped: seeding took over ${PGLITE_SEEDING_LIMIT_MS / 60_000} minutes ` +
          `(${seeding.seeded} of ${OTHERS} other organisations in ${seeding.seconds.toFixed(0)} s)`,
      );
      continue;
    }
    const alone = await freshDatabase(kind);
    const sharedApp = await buildApp({ config: testConfig(), database: shared.database, logger: false });
    const aloneApp = await buildApp({ config: testConfig(), database: alone.database, logger: false });
    try {
      const aloneId = await benchOrganisation(alone.database);
      await addAmbassadors(alone.database, 50, aloneId);
      const withOthers = await serveAsAdmin(sharedApp, shared.database, seeding.organisationId);
      const own = await serveAsAdmin(aloneApp, alone.database, aloneId);
      for (const path of PATHS) {
        const { medians, rounds } = await alternate({
          shared: () => throughput(withOthers.api + path, withOthers.headers),
          alone: () => throughput(own.api + path, own.headers),
        });
        report.push(
          figure({
            name: `tenants GET ${path}`,
            database: shared.label,
            what:
              `GET ${path} (20,000 employees) beside ${OTHERS} other organisations ` +
              `(${seeding.employees.toLocaleString('en')} employees, seeded in ${seeding.seconds.toFixed(0)} s)`,
            figure: medians.shared,
            baselineWhat: 'alone in its database',
            baseline: medians.alone,
            unit: 'req/s',
            goal: { atLeast: GOAL },
            note: roundsNote(rounds.shared, rounds.alone),
          }),
        );
      }
    } finally {
      await sharedApp.close();
      await aloneApp.close();
      await shared.drop();
      await alone.drop();
    }
  }
  return report;
}
