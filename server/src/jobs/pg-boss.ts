import { PgBoss } from 'pg-boss';
import type { JobDefinition, JobLog, JobRunner } from './runner.ts';

/** pg-boss's tables live in their own schema, beside the app's. */
export const PG_BOSS_SCHEMA = 'pgboss';

const cronFor = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '* * * * *' : `*/${Math.min(minutes, 59)} * * * *`;
};

/**
 * Jobs on PostgreSQL with pg-boss: each job is a `stately` queue (at most one waiting and one running across all
 * instances), scheduled by cron, which pg-boss fires once per period however many instances run; `wake` queues a run
 * now. The handlers still guard their own rows (the outbox sender claims with FOR UPDATE SKIP LOCKED).
 */
export function createPgBossRunner(
  jobs: JobDefinition[],
  { connectionString, log }: { connectionString: string; log: JobLog },
): JobRunner {
  let boss: PgBoss | undefined;
  let started = false;
  return {
    kind: 'pg-boss',
    get started() {
      return started;
    },
    async start() {
      if (started) return;
      const instance = new PgBoss({ connectionString, schema: PG_BOSS_SCHEMA, max: 4 });
      instance.on('error', (error: unknown) => log.error({ err: error }, 'pg-boss error'));
      await instance.start();
      for (const job of jobs) {
        await instance.createQueue(job.name, { policy: 'stately', retryLimit: 0, expireInSeconds: 15 * 60 });
        await instance.work(job.name, { pollingIntervalSeconds: 2 }, async () => job.handler());
        await instance.schedule(job.name, cronFor(job.everySeconds));
      }
      boss = instance;
      started = true;
      for (const job of jobs) this.wake(job.name);
    },
    wake(name) {
      // A job this app does not run (the outbox without SMTP) has no queue: nothing to wake.
      if (!boss || !started || !jobs.some((job) => job.name === name)) return;
      boss.send(name, null).catch((error: unknown) => log.error({ err: error, job: name }, 'could not queue job'));
    },
    async stop() {
      started = false;
      const instance = boss;
      boss = undefined;
      await instance?.stop({ graceful: true, close: true, timeout: 10_000 });
    },
  };
}
