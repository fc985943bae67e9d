import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  Activity,
  ActivityList,
  ActivityListQuery,
  ActivitySummary,
  ActivitySummaryQuery,
  CreateActivityBody,
  IdParams,
  Leaderboard,
  LeaderboardQuery,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { create, leaderboard, list, remove, summary } from './activities.service.ts';

const tags = ['activity'];
const READERS = ['admin', 'hr', 'ambassador'] as const;
const LOGGERS = ['admin', 'ambassador'] as const;

/** Logged activity: admins and HR read everyone's, an ambassador her own; admins and ambassadors log, HR only reads. */
const activitiesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/activities',
    {
      config: { access: READERS },
      schema: { tags, querystring: ActivityListQuery, response: { 200: ActivityList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.get(
    '/activities/summary',
    {
      config: { access: READERS },
      schema: {
        tags,
        querystring: ActivitySummaryQuery,
        response: { 200: ActivitySummary, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => summary({ db: request.db, ...request.actor, query: request.query }),
  );

  app.get(
    '/activities/leaderboard',
    {
      config: { access: READERS },
      schema: {
        tags,
        querystring: LeaderboardQuery,
        response: { 200: Leaderboard, ...problems(...AUTHENTICATED, 409) },
      },
    },
    async (request) => leaderboard({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/activities',
    {
      config: { access: LOGGERS },
      schema: { tags, body: CreateActivityBody, response: { 201: Activity, ...problems(...AUTHENTICATED) } },
    },
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, body: request.body })),
  );

  app.delete(
    '/activities/:id',
    {
      config: { access: LOGGERS },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, activityId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default activitiesRoutes;
