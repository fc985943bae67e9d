import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CopyRoundBody,
  CreateRoundBody,
  IdParams,
  ParticipantSuggestionQuery,
  ParticipantSuggestions,
  RemindResult,
  Round,
  RoundHasResponsesProblem,
  RoundList,
  RoundListQuery,
  UpdateRoundBody,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { ALL_ROLES } from '../../../plugins/auth.ts';
import { close, copy, create, get, list, open, remind, remove, suggestions, update } from './rounds.service.ts';

const tags = ['feedback'];

const roundsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/feedback-rounds',
    {
      config: { access: ALL_ROLES },
      schema: { tags, querystring: RoundListQuery, response: { 200: RoundList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/feedback-rounds',
    {
      config: { access: ['admin'] },
      schema: { tags, body: CreateRoundBody, response: { 201: Round, ...problems(...AUTHENTICATED) } },
    },
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, body: request.body })),
  );

  app.get(
    '/feedback-rounds/participant-suggestions',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        querystring: ParticipantSuggestionQuery,
        response: { 200: ParticipantSuggestions, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => suggestions({ db: request.db, ...request.actor, query: request.query }),
  );

  app.get(
    '/feedback-rounds/:id',
    {
      config: { access: ['admin', 'ambassador'] },
      schema: { tags, params: IdParams, response: { 200: Round, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => get({ db: request.db, ...request.actor, roundId: request.params.id }),
  );

  app.patch(
    '/feedback-rounds/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        params: IdParams,
        body: UpdateRoundBody,
        response: { 200: Round, ...problems(...AUTHENTICATED, 404, { 409: RoundHasResponsesProblem }) },
      },
    },
    async (request) => update({ db: request.db, ...request.actor, roundId: request.params.id, body: request.body }),
  );

  app.delete(
    '/feedback-rounds/:id',
    {
      config: { access: ['admin'] },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, roundId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/feedback-rounds/:id/open',
    {
      config: { access: ['admin'] },
      schema: { tags, params: IdParams, response: { 200: Round, ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request) => open({ db: request.db, ...request.actor, changes: request.changes, roundId: request.params.id }),
  );

  app.post(
    '/feedback-rounds/:id/close',
    {
      config: { access: ['admin'] },
      schema: { tags, params: IdParams, response: { 200: Round, ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request) => close({ db: request.db, ...request.actor, roundId: request.params.id }),
  );

  app.post(
    '/feedback-rounds/:id/remind',
    {
      config: { access: ['admin'] },
      schema: { tags, params: IdParams, response: { 200: RemindResult, ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request) =>
      remind({ db: request.db, ...request.actor, changes: request.changes, roundId: request.params.id }),
  );

  app.post(
    '/feedback-rounds/:id/copy',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        params: IdParams,
        body: CopyRoundBody,
        response: { 201: Round, ...problems(...AUTHENTICATED, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await copy({ db: request.db, ...request.actor, roundId: request.params.id, body: request.body ?? {} })),
  );
};

export default roundsRoutes;
