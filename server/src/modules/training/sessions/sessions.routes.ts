import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CreateTrainingSessionBody,
  ForceQuery,
  IdParams,
  ScheduleConflictProblem,
  TrainingSessionDetail,
  TrainingSessionList,
  TrainingSessionListQuery,
  UpdateTrainingSessionBody,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { ALL_ROLES } from '../../../plugins/auth.ts';
import { create, get, list, remove, update } from './sessions.service.ts';

const tags = ['training'];
const sessionsRoutes: FastifyPluginAsyncTypebox<{ publicUrl: string }> = async (app, { publicUrl }) => {
  app.get(
    '/training-sessions',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags,
        querystring: TrainingSessionListQuery,
        response: { 200: TrainingSessionList, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/training-sessions',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        querystring: ForceQuery,
        body: CreateTrainingSessionBody,
        response: {
          201: TrainingSessionDetail,
          ...problems(...AUTHENTICATED, 422, { 409: ScheduleConflictProblem }),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await create({ db: request.db, ...request.actor, body: request.body, force: request.query.force ?? false }),
        ),
  );

  app.get(
    '/training-sessions/:id',
    {
      config: { access: ALL_ROLES },
      schema: { tags, params: IdParams, response: { 200: TrainingSessionDetail, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => get({ db: request.db, ...request.actor, sessionId: request.params.id }),
  );

  app.patch(
    '/training-sessions/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        params: IdParams,
        querystring: ForceQuery,
        body: UpdateTrainingSessionBody,
        response: {
          200: TrainingSessionDetail,
          ...problems(...AUTHENTICATED, 404, 422, { 409: ScheduleConflictProblem }),
        },
      },
    },
    async (request) =>
      update({
        db: request.db,
        ...request.actor,
        sessionId: request.params.id,
        body: request.body,
        force: request.query.force ?? false,
        publicUrl,
      }),
  );

  app.delete(
    '/training-sessions/:id',
    {
      config: { access: ['admin'] },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, sessionId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default sessionsRoutes;
