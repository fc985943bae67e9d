import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Dashboard, MyHome } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { dashboard } from './dashboard.service.ts';
import { home } from './home.service.ts';

const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/dashboard',
    {
      config: { access: ['admin', 'hr'] },
      schema: { tags: ['dashboard'], response: { 200: Dashboard, ...problems(...AUTHENTICATED) } },
    },
    async (request) => dashboard({ db: request.db, ...request.actor, coverageCache: app.coverageCache }),
  );

  app.get(
    '/me/home',
    {
      config: { access: ['ambassador'] },
      schema: { tags: ['dashboard'], response: { 200: MyHome, ...problems(...AUTHENTICATED) } },
    },
    async (request) => home({ db: request.db, ...request.actor }),
  );
};

export default dashboardRoutes;
