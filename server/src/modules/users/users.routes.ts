import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  IdParams,
  InviteUserBody,
  InviteUserResponse,
  UpdateUserBody,
  UserList,
  UserListItem,
  UserListQuery,
} from '@ambassador/shared';
import type { Config } from '../../config.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { invite, list, reinvite, update } from './users.service.ts';

const ADMIN = ['admin'] as const;

const usersRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  app.get(
    '/users',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['users'],
        querystring: UserListQuery,
        response: { 200: UserList, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/users',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['users'],
        body: InviteUserBody,
        response: { 201: InviteUserResponse, ...problems(...AUTHENTICATED, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await invite({ db: request.db, ...request.actor, publicUrl: config.publicUrl, body: request.body })),
  );

  app.post(
    '/users/:id/invite',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['users'],
        params: IdParams,
        response: { 201: InviteUserResponse, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await reinvite({
          db: request.db,
          ...request.actor,
          publicUrl: config.publicUrl,
          targetUserId: request.params.id,
        }),
      ),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['users'],
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserListItem, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) =>
      update({ db: request.db, ...request.actor, targetUserId: request.params.id, body: request.body }),
  );

  app.delete(
    '/users/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['users'],
        params: IdParams,
        response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request, reply) => {
      await update({ db: request.db, ...request.actor, targetUserId: request.params.id, body: { active: false } });
      return reply.code(204).send(null);
    },
  );
};

export default usersRoutes;
