import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@ambassador/shared';
import { DatabaseUnavailable } from '../../http/errors.ts';

const Status = Type.Object({ status: Type.String() });

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { tags: ['operations'], response: { 200: Status } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    { config: { access: 'public' }, schema: { tags: ['operations'], response: { 200: Status, 503: Problem } } },
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
