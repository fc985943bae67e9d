import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CreateEmployeeBody,
  Employee,
  EmployeeList,
  EmployeeListQuery,
  IdParams,
  ImportQuery,
  ImportResult,
  UpdateEmployeeBody,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { heavyWork } from '../../http/tenant-gate.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { FileMissing, MalformedUpload } from './employees.errors.ts';
import { create, get, list, update } from './employees.service.ts';
import { exportEmployees } from './export/export.service.ts';
import { importEmployees } from './import/import.service.ts';

const ADMIN = ['admin'] as const;
const READERS = ['admin', 'hr'] as const;
const tags = ['organisation structure'];
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Excel and Windows send CSV files under several types. */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];

async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  if (request.isMultipart()) {
    try {
      const part = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!part) throw new FileMissing();
      return await part.toBuffer();
    } catch (error) {
      // A body that is too large keeps its 413; a broken one (no boundary, cut off) is the client's error, not ours.
      const status = (error as { statusCode?: number }).statusCode;
      if (error instanceof FileMissing || (status !== undefined && status < 500)) throw error;
      throw new MalformedUpload();
    }
  }
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new FileMissing();
  return request.body;
}

const employeesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart);
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  app.get(
    '/employees',
    {
      config: { access: ALL_ROLES },
      schema: { tags, querystring: EmployeeListQuery, response: { 200: EmployeeList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: app.db, ...request.actor, query: request.query }),
  );

  app.get(
    '/employees/export.csv',
    {
      config: { access: READERS },
      schema: {
        tags,
        produces: ['text/csv'],
        response: {
          200: Type.String({ description: 'UTF-8 CSV with BOM, ";" separated' }),
          ...problems(...AUTHENTICATED),
        },
      },
    },
    async (request, reply) => {
      const { csv, slug } = await exportEmployees({ db: app.db, ...request.actor });
      const date = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="medewerkers-${slug}-${date}.csv"`)
        .send(csv.toString('utf8'));
    },
  );

  app.post(
    '/employees/import',
    {
      config: { access: ADMIN },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        consumes: ['text/csv', 'multipart/form-data'],
        querystring: ImportQuery,
        response: { 200: ImportResult, ...problems(...AUTHENTICATED, 413, 415, 422, 429) },
      },
    },
    async (request) => {
      const { dryRun = false, createMissing = false, markMissingAsLeft = false } = request.query;
      const file = await uploadedFile(request);
      const { actor, changes } = request;
      return heavyWork(actor.organisationId, () =>
        importEmployees({ db: app.db, ...actor, changes, file, dryRun, options: { createMissing, markMissingAsLeft } }),
      );
    },
  );

  app.post(
    '/employees',
    {
      config: { access: ADMIN },
      schema: { tags, body: CreateEmployeeBody, response: { 201: Employee, ...problems(...AUTHENTICATED, 409) } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await create({ db: app.db, ...request.actor, changes: request.changes, body: request.body })),
  );

  app.get(
    '/employees/:id',
    {
      config: { access: READERS },
      schema: { tags, params: IdParams, response: { 200: Employee, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => get({ db: app.db, ...request.actor, employeeId: request.params.id }),
  );

  app.patch(
    '/employees/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        params: IdParams,
        body: UpdateEmployeeBody,
        response: { 200: Employee, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) =>
      update({
        db: app.db,
        ...request.actor,
        changes: request.changes,
        employeeId: request.params.id,
        body: request.body,
      }),
  );
};

export default employeesRoutes;
