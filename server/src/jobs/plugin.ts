import fp from 'fastify-plugin';
import type { Database } from '../db/client.ts';
import { createJobRunner, type JobDefinition, type JobRunner } from './index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Background jobs: built with the app, started only by server.ts (or a test that asks), stopped on close. */
    jobs: JobRunner;
  }
}

/**
 * Decorates the app with its job runner. A write that answered 2xx may have queued mail, so it wakes the jobs (a
 * no-op until the runner is started); the answer never waits for them.
 */
export default fp(
  async (
    app,
    opts: { jobs: JobDefinition[]; database: Database; databaseUrl: string | undefined; wakeOnWrite: string[] },
  ) => {
    const runner = createJobRunner({
      jobs: opts.jobs,
      database: opts.database,
      databaseUrl: opts.databaseUrl,
      log: app.log,
    });
    app.decorate('jobs', runner);
    app.addHook('onResponse', async (request, reply) => {
      if (!runner.started || request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400) return;
      for (const name of opts.wakeOnWrite) runner.wake(name);
    });
    app.addHook('onClose', async () => runner.stop());
  },
  { name: 'jobs' },
);
