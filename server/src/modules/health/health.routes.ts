import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@ambassador/shared';
import { DatabaseUnavailable } from '../../http/errors.ts';

const Status = Type.Object({ status: Type.String() });

/** Probes for the load balancer and the orchestrator: no transaction, they touch no organisation's data. */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    { config: { access: 'public', transaction: false }, schema: { tags: ['operations'], response: { 200: Status } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public', transaction: false },
      schema: { tags: ['operations'], response: { 200: Status, 503: Problem } },
    },
    async () => {
      try {
        await app.database.ping();
      } catch {
        throw new DatabaseUnavailable();
      }
      return { status: 'ready' };
    },
  );
};

export default healthRoutes;
