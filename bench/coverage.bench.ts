/**
 * GET /coverage for an organisation of 20,000 employees in 400 departments and 6 layers with 200 active
 * ambassadors, over HTTP through the whole app, next to the bare SQL aggregate run directly through `pg` in the same
 * run (alternating rounds, the median of each). Goal on PostgreSQL: p95 under 100 ms, and at least the bare query's
 * throughput (1.0×).
 *   npm run bench -- coverage [--only=pglite|pg]
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../server/src/app.ts';
import { insertUser } from '../server/src/modules/users/users.repository.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import { addAmbassadors, benchOrganisation, freshDatabase, kinds, ms, percentile, throughput } from './lib.ts';
import { alternate, figure, roundsNote } from './report.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;
const GOAL = 1.0;

const BARE_AGGREGATE = `
  select e.department_id, e.layer_id, count(*) as employees,
         count(a.id) filter (where a.status = 'active') as ambassadors
  from employees e
  left join ambassadors a on a.organisation_id = e.organisation_id and a.employee_id = e.id
  where e.organisation_id = $1 and e.status = 'active'
  group by e.department_id, e.layer_id`;

async function bareThroughput(url: string, organisationId: string) {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        await pool.query(BARE_AGGREGATE, [organisationId]);
        done += 1;
      }
    }),
  );
  await pool.end();
  return done / SECONDS;
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
      // Every 100th employee, then ANALYZE as the owner (the app's role would be skipped): the steady state.
      await addAmbassadors(database, 100, organisationId);
      const user = await insertUser({
        db,
        organisationId,
        user: { email: 'bench@bench.example', name: 'Bench', role: 'hr', status: 'active' },
      });
      const token = app.jwt.sign({ sub: user.id, org: organisationId, role: 'hr' });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/coverage`;
      const headers = { authorization: `Bearer ${token}` };

      const samples: number[] = [];
      for (let i = 0; i < 120; i++) {
        const start = performance.now();
        const response = await fetch(url, { headers });
        const body = (await response.json()) as { totals: { employees: number; activeAmbassadors: number } };
        if (i >= 20) samples.push(performance.now() - start);
        if (i === 0 && (body.totals.employees !== 20_000 || body.totals.activeAmbassadors !== 200)) {
          throw new Error(`unexpected coverage ${JSON.stringify(body.totals)}`);
        }
      }
      const p95 = percentile(samples, 95);
      const what = `GET /coverage (20,000 employees, 400 departments, 6 layers, 200 ambassadors)`;
      report.push(
        `${label}: ${what} p50 ${ms(percentile(samples, 50))}, p95 ${ms(p95)} (goal < 100 ms: ${p95 < 100 ? 'met' : 'NOT met'})`,
      );
      const bareUrl = bench.url;
      if (bareUrl) {
        const { medians, rounds } = await alternate({
          app: () => throughput(url, headers, CONNECTIONS),
          bare: () => bareThroughput(bareUrl, organisationId),
        });
        report.push(
          figure({
            name: 'coverage GET /coverage',
            database: label,
            what: `${what} with ${CONNECTIONS} connections`,
            figure: medians.app,
            baselineWhat: 'bare aggregate through pg',
            baseline: medians.bare,
            unit: 'req/s',
            goal: { atLeast: GOAL },
            note: roundsNote(rounds.app, rounds.bare),
          }),
        );
      } else {
        report.push(
          `${label}: ${what} ${(await throughput(url, headers, CONNECTIONS)).toFixed(0)} req/s with ${CONNECTIONS} connections`,
        );
      }
    } finally {
      await app.close();
      await bench.drop();
    }
  }
  return report;
}
