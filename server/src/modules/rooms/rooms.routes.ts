import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CreateRoomBody, IdParams, Room, RoomList, RoomListQuery, UpdateRoomBody } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { create, list, remove, update } from './rooms.service.ts';

const tags = ['training'];
const ADMIN = ['admin'] as const;

/** The organisation's rooms, for the wave planner to put sessions in: admins only. */
const roomsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/rooms',
    {
      config: { access: ADMIN },
      schema: { tags, querystring: RoomListQuery, response: { 200: RoomList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/rooms',
    {
      config: { access: ADMIN },
      schema: { tags, body: CreateRoomBody, response: { 201: Room, ...problems(...AUTHENTICATED, 409) } },
    },
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, body: request.body })),
  );

  app.patch(
    '/rooms/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        params: IdParams,
        body: UpdateRoomBody,
        response: { 200: Room, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) => update({ db: request.db, ...request.actor, roomId: request.params.id, body: request.body }),
  );

  app.delete(
    '/rooms/:id',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, roomId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default roomsRoutes;
