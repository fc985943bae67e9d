import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Organisation, UpdateOrganisationBody } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { getOrganisation, patchOrganisation } from './organisations.service.ts';

const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organisation',
    {
      config: { access: ALL_ROLES },
      schema: { tags: ['organisation'], response: { 200: Organisation, ...problems(...AUTHENTICATED) } },
    },
    async (request) => getOrganisation({ db: request.db, ...request.actor }),
  );

  app.patch(
    '/organisation',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['organisation'],
        body: UpdateOrganisationBody,
        response: { 200: Organisation, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) =>
      patchOrganisation({ db: request.db, ...request.actor, changes: request.changes, body: request.body }),
  );
};

export default organisationRoutes;
