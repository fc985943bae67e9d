import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CreateDepartmentBody, Department, DepartmentList, IdParams, UpdateDepartmentBody } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES, authOf } from '../../plugins/auth.ts';
import { create, list, remove, update } from './departments.service.ts';

const ADMIN = ['admin'] as const;
const tags = ['organisation structure'];

const departmentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const scope = (request: Parameters<typeof authOf>[0]) => ({
    db: app.db,
    organisationId: authOf(request).organisationId,
  });

  app.get(
    '/departments',
    {
      config: { access: ALL_ROLES },
      schema: { tags, response: { 200: DepartmentList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list(scope(request)),
  );

  app.post(
    '/departments',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        body: CreateDepartmentBody,
        response: { 201: Department, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await create({ ...scope(request), body: request.body })),
  );

  app.patch(
    '/departments/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        params: IdParams,
        body: UpdateDepartmentBody,
        response: { 200: Department, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) => update({ ...scope(request), departmentId: request.params.id, body: request.body }),
  );

  app.delete(
    '/departments/:id',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request, reply) => {
      await remove({ ...scope(request), departmentId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default departmentsRoutes;
