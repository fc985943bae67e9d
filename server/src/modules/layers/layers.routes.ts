import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CreateLayerBody, IdParams, Layer, LayerList, ReorderLayersBody, UpdateLayerBody } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { create, list, remove, reorder, update } from './layers.service.ts';

const ADMIN = ['admin'] as const;

const layersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/layers',
    {
      config: { access: ALL_ROLES },
      schema: { tags: ['organisation structure'], response: { 200: LayerList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor }),
  );

  app.post(
    '/layers',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['organisation structure'],
        body: CreateLayerBody,
        response: { 201: Layer, ...problems(...AUTHENTICATED, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, body: request.body })),
  );

  app.put(
    '/layers/order',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['organisation structure'],
        body: ReorderLayersBody,
        response: { 200: LayerList, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => reorder({ db: request.db, ...request.actor, ids: request.body.ids }),
  );

  app.patch(
    '/layers/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['organisation structure'],
        params: IdParams,
        body: UpdateLayerBody,
        response: { 200: Layer, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) => update({ db: request.db, ...request.actor, layerId: request.params.id, body: request.body }),
  );

  app.delete(
    '/layers/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['organisation structure'],
        params: IdParams,
        response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, layerId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default layersRoutes;
