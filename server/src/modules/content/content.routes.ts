import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ContentImportQuery,
  ContentImportResult,
  ContentItem,
  ContentItemList,
  ContentItemListQuery,
  CreateContentItemBody,
  IdParams,
  UpdateContentItemBody,
} from '@ambassador/shared';
import { acceptCsvUploads, MAX_IMPORT_BYTES, uploadedFile } from '../../http/csv-upload.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { heavyWork } from '../../http/tenant-gate.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { create, list, remove, review, update } from './content.service.ts';
import { importContent } from './import/import.service.ts';

const tags = ['content'];
const ADMIN = ['admin'] as const;
/** Admins, and ambassadors for the pages they own (the service checks whose page it is). */
const STEWARDS = ['admin', 'ambassador'] as const;

/** The content register: everyone reads it, admins keep it, an owner marks her pages reviewed. */
const contentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await acceptCsvUploads(app);

  app.get(
    '/content-items',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags,
        querystring: ContentItemListQuery,
        response: { 200: ContentItemList, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/content-items',
    {
      config: { access: ADMIN },
      schema: { tags, body: CreateContentItemBody, response: { 201: ContentItem, ...problems(...AUTHENTICATED) } },
    },
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, body: request.body })),
  );

  app.post(
    '/content-items/import',
    {
      config: { access: ADMIN },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        consumes: ['text/csv', 'multipart/form-data'],
        querystring: ContentImportQuery,
        response: { 200: ContentImportResult, ...problems(...AUTHENTICATED, 413, 415, 422, 429) },
      },
    },
    async (request) => {
      const { dryRun = true } = request.query;
      const file = await uploadedFile(request);
      const { actor } = request;
      return heavyWork(actor.organisationId, () => importContent({ db: request.db, ...actor, file, dryRun }));
    },
  );

  app.patch(
    '/content-items/:id',
    {
      config: { access: STEWARDS },
      schema: {
        tags,
        params: IdParams,
        body: UpdateContentItemBody,
        response: { 200: ContentItem, ...problems(...AUTHENTICATED, 404) },
      },
    },
    async (request) =>
      update({ db: request.db, ...request.actor, contentItemId: request.params.id, body: request.body }),
  );

  app.delete(
    '/content-items/:id',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404) } },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, contentItemId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/content-items/:id/review',
    {
      config: { access: STEWARDS },
      schema: { tags, params: IdParams, response: { 200: ContentItem, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => review({ db: request.db, ...request.actor, contentItemId: request.params.id }),
  );
};

export default contentRoutes;
