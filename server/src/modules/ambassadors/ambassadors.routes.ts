import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AmbassadorDetail,
  AmbassadorList,
  AmbassadorListQuery,
  CreateAmbassadorBody,
  IdParams,
  IllegalTransitionProblem,
  UpdateAmbassadorBody,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { create, get, list, update } from './ambassadors.service.ts';

const tags = ['ambassadors'];

const ambassadorsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/ambassadors',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags,
        querystring: AmbassadorListQuery,
        response: { 200: AmbassadorList, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/ambassadors',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        body: CreateAmbassadorBody,
        response: { 201: AmbassadorDetail, ...problems(...AUTHENTICATED, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await create({ db: request.db, ...request.actor, changes: request.changes, body: request.body })),
  );

  app.get(
    '/ambassadors/:id',
    {
      config: { access: ALL_ROLES },
      schema: { tags, params: IdParams, response: { 200: AmbassadorDetail, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => get({ db: request.db, ...request.actor, ambassadorId: request.params.id }),
  );

  app.patch(
    '/ambassadors/:id',
    {
      config: { access: ['admin', 'ambassador'] },
      schema: {
        tags,
        params: IdParams,
        body: UpdateAmbassadorBody,
        response: { 200: AmbassadorDetail, ...problems(...AUTHENTICATED, 404, { 409: IllegalTransitionProblem }) },
      },
    },
    async (request) =>
      update({
        db: request.db,
        ...request.actor,
        changes: request.changes,
        ambassadorId: request.params.id,
        body: request.body,
      }),
  );
};

export default ambassadorsRoutes;
