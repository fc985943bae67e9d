import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CreatedScimToken, CreateScimTokenBody, IdParams, ScimTokenList, ScimTokenListQuery } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { create, list, revoke } from './scim-tokens.service.ts';

const tags = ['provisioning'];
const ADMIN = ['admin'] as const;

/** The bearer tokens an identity or HR system provisions employees with: made and revoked by admins. */
const scimTokensRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/scim-tokens',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        querystring: ScimTokenListQuery,
        response: { 200: ScimTokenList, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/scim-tokens',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        description: 'The secret is in this answer only; the server keeps a hash of it.',
        body: CreateScimTokenBody,
        response: { 201: CreatedScimToken, ...problems(...AUTHENTICATED) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, name: request.body.name })),
  );

  app.delete(
    '/scim-tokens/:id',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404) } },
    },
    async (request, reply) => {
      await revoke({ db: request.db, organisationId: request.actor.organisationId, tokenId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default scimTokensRoutes;
