import type { Database } from '../db/client.ts';
import { createInProcessRunner } from './in-process.ts';
import { createPgBossRunner } from './pg-boss.ts';
import type { JobDefinition, JobLog, JobRunner } from './runner.ts';

export type { JobDefinition, JobHandler, JobLog, JobRunner } from './runner.ts';
export { createInProcessRunner } from './in-process.ts';
export { createPgBossRunner } from './pg-boss.ts';

/**
 * pg-boss when the app runs on PostgreSQL through DATABASE_URL; the in-process runner on the embedded PGlite (pg-boss
 * needs its own pool of connections, which one in-process PGlite cannot give: see the README).
 */
export function createJobRunner({
  jobs,
  database,
  databaseUrl,
  log,
}: {
  jobs: JobDefinition[];
  database: Database;
  databaseUrl: string | undefined;
  log: JobLog;
}): JobRunner {
  if (database.driver === 'pg' && databaseUrl) return createPgBossRunner(jobs, { connectionString: databaseUrl, log });
  return createInProcessRunner(jobs, log);
}
