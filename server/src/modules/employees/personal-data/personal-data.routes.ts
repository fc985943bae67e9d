import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErasureResult, IdParams, PersonalData } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { erase, personalData } from './personal-data.service.ts';
import { recordAccess } from '../../audit/audit.service.ts';

const ADMIN = ['admin'] as const;
const tags = ['privacy'];

/** A file name made of the employee number's safe characters only: it goes into a header. */
const fileName = (employeeNumber: string) =>
  `personal-data-${employeeNumber.replace(/[^A-Za-z0-9._-]/g, '_') || 'employee'}.json`;

/** The AVG rights of access (inzage) and erasure, for one employee. */
const personalDataRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/employees/:id/personal-data',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 200: PersonalData, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request, reply) => {
      const document = await personalData({ db: request.db, ...request.actor, employeeId: request.params.id });
      const viewed = { action: 'view', entity: 'employee', entityId: request.params.id } as const;
      await recordAccess({ db: request.db, ...request.actor, ...viewed });
      return reply
        .header('content-disposition', `attachment; filename="${fileName(document.employee.employeeNumber)}"`)
        .send(document);
    },
  );

  app.post(
    '/employees/:id/erase',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 200: ErasureResult, ...problems(...AUTHENTICATED, 404, 409) } },
    },
    async (request) =>
      erase({
        db: request.db,
        organisationId: request.actor.organisationId,
        actorUserId: request.actor.userId,
        changes: request.changes,
        employeeId: request.params.id,
      }),
  );
};

export default personalDataRoutes;
