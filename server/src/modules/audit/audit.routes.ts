import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AuditEntities, AuditEventPage, AuditEventQuery, AuditExportQuery } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { auditExport, auditPage, entities } from './audit.service.ts';

const ADMIN = ['admin'] as const;
const tags = ['audit'];

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-events',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        description: 'Append-only: every write, login, export and view of personal data, newest first.',
        querystring: AuditEventQuery,
        response: { 200: AuditEventPage, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => auditPage({ db: request.db, ...request.actor, query: request.query }),
  );

  app.get(
    '/audit-events/entities',
    {
      config: { access: ADMIN },
      schema: { tags, response: { 200: AuditEntities, ...problems(...AUTHENTICATED) } },
    },
    async (request) => entities({ db: request.db, organisationId: request.actor.organisationId }),
  );

  app.get(
    '/audit-events/export.csv',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        produces: ['text/csv'],
        querystring: AuditExportQuery,
        response: {
          200: Type.String({ description: 'UTF-8 CSV with BOM, ";" separated' }),
          ...problems(...AUTHENTICATED),
        },
      },
    },
    async (request, reply) => {
      const { csv, filename } = await auditExport({ db: request.db, ...request.actor, query: request.query });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );
};

export default auditRoutes;
