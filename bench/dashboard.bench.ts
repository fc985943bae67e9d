/**
 * GET /dashboard in the organisation of 20,000 employees in 400 departments and 6 layers (400 active ambassadors, a
 * year of their activity, sessions, open rounds, findings and pages), over HTTP through the whole app, next to
 * GET /coverage computed on the same data in the same run (a ratio, not an absolute time).
 *   npm run bench -- dashboard [--only=pglite|pg]
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.ts';
import type { Db } from '../server/src/db/client.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import { analyse, benchOrganisation, computedCoverage, freshDatabase, kinds, ms, serveAsAdmin, timed } from './lib.ts';

/** What the dashboard counts, written straight into the tables. */
async function seed(db: Db, organisationId: string) {
  // 400 active ambassadors (every 50th employee), every 7th a digital buddy.
  await db.execute(sql`
    insert into ambassadors (organisation_id, employee_id, status, source, roles)
    select organisation_id, id, 'active', 'self',
      case when (employee_number::int % 350) = 0 then array['digital_buddy'] else array[]::text[] end
    from employees where organisation_id = ${organisationId} and (employee_number::int % 50) = 0`);
  // A year of activity: ten entries for three in four ambassadors, spread over the last 360 days.
  await db.execute(sql`
    insert into activities (organisation_id, ambassador_id, kind, occurred_on, count)
    select a.organisation_id, a.id, 'colleague_helped', current_date - ((row_number() over () * 37 + g * 36) % 360)::int, 2
    from ambassadors a cross join generate_series(1, 10) g
    where a.organisation_id = ${organisationId} and (hashtext(a.id::text) % 4) <> 0`);
  // 200 sessions over the past and the next months, 15 enrolments each.
  await db.execute(sql`
    insert into training_sessions (organisation_id, kind, title, starts_at, ends_at, capacity, status)
    select ${organisationId}, 'end_user', 'Sessie ' || g, now() + (g - 100) * interval '1 day',
      now() + (g - 100) * interval '1 day' + interval '90 minutes', 20,
      case when g < 80 then 'completed' else 'planned' end
    from generate_series(1, 200) g`);
  await db.execute(sql`
    insert into training_enrolments (organisation_id, session_id, employee_id, status)
    select s.organisation_id, s.id, e.id, case when s.status = 'completed' then 'attended' else 'registered' end
    from (select *, row_number() over (order by starts_at) as n from training_sessions where organisation_id = ${organisationId}) s
    join lateral (select id from employees where organisation_id = s.organisation_id
      and (employee_number::int % 1000) = s.n limit 15) e on true`);
  await db.execute(sql`
    insert into feedback_rounds (organisation_id, purpose, title, status)
    select ${organisationId}, 'pulse', 'Ronde ' || g, case when g <= 5 then 'open' else 'closed' end
    from generate_series(1, 20) g`);
  await db.execute(sql`
    insert into feedback_participants (organisation_id, round_id, ambassador_id)
    select r.organisation_id, r.id, a.id from feedback_rounds r
    join ambassadors a on a.organisation_id = r.organisation_id
    where r.organisation_id = ${organisationId}`);
  await db.execute(sql`
    insert into feedback_items (organisation_id, title, body, status)
    select ${organisationId}, 'Punt ' || g, 'Tekst',
      (array['new', 'reviewing', 'planned', 'done', 'wont_do'])[1 + g % 5]
    from generate_series(1, 500) g`);
  await db.execute(sql`
    insert into content_items (organisation_id, title, last_reviewed_on, review_interval_days)
    select ${organisationId}, 'Pagina ' || g, current_date - (g % 400), 180 from generate_series(1, 2000) g`);
  await db.execute(sql`analyze`);
}

export async function run() {
  const report: string[] = [];
  for (const kind of kinds()) {
    const bench = await freshDatabase(kind);
    const { label, database } = bench;
    const app = await buildApp({ config: testConfig(), database, logger: false });
    try {
      const organisationId = await benchOrganisation(database);
      await seed(database.db, organisationId);
      await analyse(database);
      const { api: base, headers } = await serveAsAdmin(app, database, organisationId);
      const first = (await (await fetch(`${base}/dashboard`, { headers })).json()) as {
        coverage: { employees: number };
        inactiveAmbassadors: unknown[];
      };
      if (first.coverage.employees !== 20_000) throw new Error(`unexpected dashboard ${JSON.stringify(first)}`);
      const coverage = await timed(40, computedCoverage(app, `${base}/coverage`, headers));
      const dashboard = await timed(40, () => fetch(`${base}/dashboard`, { headers }));
      report.push(
        `${label}: baseline GET /coverage computed (no cached answer) p50 ${ms(coverage.p50)}, p95 ${ms(coverage.p95)}`,
        `${label}: GET /dashboard (${first.inactiveAmbassadors.length} inactive ambassadors listed) p50 ${ms(dashboard.p50)}, ` +
          `p95 ${ms(dashboard.p95)} (${(dashboard.p95 / coverage.p95).toFixed(2)}× computed GET /coverage at p95)`,
      );
    } finally {
      await app.close();
      await bench.drop();
    }
  }
  return report;
}
