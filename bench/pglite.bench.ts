/**
 * What the embedded database costs: throughput of GET /coverage and GET /employees?limit=50 for the organisation of
 * 20,000 employees (400 ambassadors) on PGlite, next to the same data and requests on PostgreSQL, two apps in one
 * process measured in alternating rounds. Goal: PGlite at least 0.3× PostgreSQL. Needs both databases (ignores
 * `--only`).
 *   npm run bench -- pglite
 */
import { buildApp, type App } from '../server/src/app.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import {
  addAmbassadors,
  benchOrganisation,
  freshDatabase,
  serveAsAdmin,
  throughput,
  type BenchDatabase,
} from './lib.ts';
import { alternate, figure, roundsNote } from './report.ts';

const GOAL = 0.3;
const PATHS = ['/coverage', '/employees?limit=50'];

export async function run() {
  const report: string[] = [];
  const benches: BenchDatabase[] = [];
  const apps: App[] = [];
  try {
    const served = [];
    for (const kind of ['pglite', 'pg'] as const) {
      const bench = await freshDatabase(kind);
      benches.push(bench);
      const app = await buildApp({ config: testConfig(), database: bench.database, logger: false });
      apps.push(app);
      const organisationId = await benchOrganisation(bench.database);
      await addAmbassadors(bench.database, 50, organisationId);
      served.push(await serveAsAdmin(app, bench.database, organisationId));
    }
    const [pglite, postgres] = served as [(typeof served)[0], (typeof served)[0]];
    for (const path of PATHS) {
      const { medians, rounds } = await alternate({
        pglite: () => throughput(pglite.api + path, pglite.headers),
        pg: () => throughput(postgres.api + path, postgres.headers),
      });
      report.push(
        figure({
          name: `pglite GET ${path}`,
          database: 'PGlite',
          what: `GET ${path} (20,000 employees, 400 ambassadors) on PGlite`,
          figure: medians.pglite,
          baselineWhat: 'on PostgreSQL',
          baseline: medians.pg,
          unit: 'req/s',
          goal: { atLeast: GOAL },
          note: roundsNote(rounds.pglite, rounds.pg),
        }),
      );
    }
  } finally {
    for (const app of apps) await app.close();
    for (const bench of benches) await bench.drop();
  }
  return report;
}
