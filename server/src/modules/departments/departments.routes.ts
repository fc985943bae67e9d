import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CreateDepartmentBody, Department, DepartmentList, IdParams, UpdateDepartmentBody } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { create, list, remove, update } from './departments.service.ts';

const ADMIN = ['admin'] as const;
const tags = ['organisation structure'];

const departmentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/departments',
    {
      config: { access: ALL_ROLES },
      schema: { tags, response: { 200: DepartmentList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor }),
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
    async (request, reply) =>
      reply.code(201).send(await create({ db: request.db, ...request.actor, body: request.body })),
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
    async (request) =>
      update({ db: request.db, ...request.actor, departmentId: request.params.id, body: request.body }),
  );

  app.delete(
    '/departments/:id',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request, reply) => {
      await remove({ db: request.db, ...request.actor, departmentId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};

export default departmentsRoutes;
