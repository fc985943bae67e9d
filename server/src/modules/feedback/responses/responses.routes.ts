import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, MyResponse, ResponseBody, RoundResponses } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { allResponses, getMine, putMine } from './responses.service.ts';

const tags = ['feedback'];

const responsesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/feedback-rounds/:id/response',
    {
      config: { access: ['ambassador'] },
      schema: { tags, params: IdParams, response: { 200: MyResponse, ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request) => getMine({ db: request.db, ...request.actor, roundId: request.params.id }),
  );

  app.put(
    '/feedback-rounds/:id/response',
    {
      config: { access: ['ambassador'] },
      schema: {
        tags,
        params: IdParams,
        body: ResponseBody,
        response: { 200: MyResponse, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) => putMine({ db: request.db, ...request.actor, roundId: request.params.id, body: request.body }),
  );

  app.get(
    '/feedback-rounds/:id/responses',
    {
      config: { access: ['admin'] },
      schema: { tags, params: IdParams, response: { 200: RoundResponses, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => allResponses({ db: request.db, ...request.actor, roundId: request.params.id }),
  );
};

export default responsesRoutes;
