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
import { acceptCsvUploads, MAX_IMPORT_BYTES, uploadedFile } from '../../http/csv-upload.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { heavyWork } from '../../http/tenant-gate.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { create, get, list, update } from './employees.service.ts';
import { exportEmployees } from './export/export.service.ts';
import { importEmployees } from './import/import.service.ts';
import personalDataRoutes from './personal-data/personal-data.routes.ts';
import { recordAccess } from '../audit/audit.service.ts';

const ADMIN = ['admin'] as const;
const READERS = ['admin', 'hr'] as const;
const tags = ['organisation structure'];

const employeesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await acceptCsvUploads(app);
  app.get(
    '/employees',
    {
      config: { access: ALL_ROLES },
      schema: { tags, querystring: EmployeeListQuery, response: { 200: EmployeeList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
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
      const { csv, slug } = await exportEmployees({ db: request.db, ...request.actor });
      await recordAccess({ db: request.db, ...request.actor, action: 'export', entity: 'employee' });
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
        importEmployees({
          db: request.db,
          ...actor,
          changes,
          file,
          dryRun,
          options: { createMissing, markMissingAsLeft },
        }),
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
        .send(await create({ db: request.db, ...request.actor, changes: request.changes, body: request.body })),
  );

  app.get(
    '/employees/:id',
    {
      config: { access: READERS },
      schema: { tags, params: IdParams, response: { 200: Employee, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => get({ db: request.db, ...request.actor, employeeId: request.params.id }),
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
        db: request.db,
        ...request.actor,
        changes: request.changes,
        employeeId: request.params.id,
        body: request.body,
      }),
  );

  await app.register(personalDataRoutes);
};

export default employeesRoutes;
