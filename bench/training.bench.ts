/**
 * The training reports and the wave planner on an organisation of 20,000 employees in 400 departments with 200 active
 * ambassadors (100 of them certified trainers) and 2,000 employees already trained, over HTTP through the whole app.
 * Each is compared with GET /coverage, computed at every request, on the same data in the same run (ratios, not absolute times).
 *   npm run bench -- training [--only=pglite|pg]
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.ts';
import type { Db } from '../server/src/db/client.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import {
  analyse,
  benchOrganisation,
  computedCoverage,
  freshDatabase,
  halfYearPlan,
  kinds,
  ms,
  serveAsAdmin,
  timed,
} from './lib.ts';

/** Training history written straight into the tables: one completed train-the-trainer and one end-user session. */
async function seedTraining(db: Db, organisationId: string) {
  await db.execute(sql`
    insert into ambassadors (organisation_id, employee_id, status, source, roles)
    select organisation_id, id, 'active', 'self', '{trainer}' from employees
    where organisation_id = ${organisationId} and (employee_number::int % 100) = 0`);
  for (const [kind, title, filter] of [
    ['train_the_trainer', 'Certificering', sql`(e.employee_number::int % 200) = 0`],
    ['end_user', 'Eerste groep', sql`(e.employee_number::int % 10) = 1`],
  ] as const) {
    await db.execute(sql`
      with s as (
        insert into training_sessions (organisation_id, kind, title, starts_at, ends_at, capacity, status)
        values (${organisationId}, ${kind}, ${title}, now() - interval '30 days', now() - interval '29 days', 5000, 'completed')
        returning id)
      insert into training_enrolments (organisation_id, session_id, employee_id, status)
      select ${organisationId}, s.id, e.id, 'attended' from s, employees e
      where e.organisation_id = ${organisationId} and ${filter}`);
  }
}

export async function run() {
  const report: string[] = [];
  for (const kind of kinds()) {
    const bench = await freshDatabase(kind);
    const { label, database } = bench;
    const app = await buildApp({ config: testConfig(), database, logger: false });
    try {
      const { db } = database;
      const organisationId = await benchOrganisation(database);
      await seedTraining(db, organisationId);
      await analyse(database);
      const { api: base, headers } = await serveAsAdmin(app, database, organisationId);

      const coverage = await timed(30, computedCoverage(app, `${base}/coverage`, headers), 3);
      const trainingCoverage = await timed(30, () => fetch(`${base}/training/coverage`, { headers }), 3);
      const cascade = await timed(10, () => fetch(`${base}/training/cascade`, { headers }), 3);
      const body = halfYearPlan();
      const planResponse = await fetch(`${base}/training/plan`, { method: 'POST', headers, body });
      const plan = (await planResponse.json()) as { summary: { untrained: number; planned: number; sessions: number } };
      const planning = await timed(5, () => fetch(`${base}/training/plan`, { method: 'POST', headers, body }), 3);

      const ratio = (x: number) => `${(x / coverage.p50).toFixed(2)}× computed GET /coverage`;
      report.push(
        `${label}: baseline GET /coverage computed (no cached answer) p50 ${ms(coverage.p50)}, p95 ${ms(coverage.p95)}`,
        `${label}: GET /training/coverage p50 ${ms(trainingCoverage.p50)}, p95 ${ms(trainingCoverage.p95)} (${ratio(trainingCoverage.p50)})`,
        `${label}: GET /training/cascade (100 trainers, 2,000 trained) p50 ${ms(cascade.p50)} (${ratio(cascade.p50)})`,
        `${label}: POST /training/plan for ${plan.summary.untrained} untrained → ${plan.summary.sessions} sessions, ` +
          `${plan.summary.planned} planned: p50 ${ms(planning.p50)}, p95 ${ms(planning.p95)} (${ratio(planning.p50)})`,
      );
    } finally {
      await app.close();
      await bench.drop();
    }
  }
  return report;
}
