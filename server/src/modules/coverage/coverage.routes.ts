import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Coverage, CoverageGaps, CoverageGapsQuery, CoverageHistory, CoverageQuery } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { recordAccess } from '../audit/audit.service.ts';
import { cachedCoverage, coverageExport, gaps, history } from './coverage.service.ts';

const READERS = ['admin', 'hr'] as const;
const tags = ['coverage'];

const coverageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/coverage',
    {
      config: { access: READERS },
      schema: { tags, querystring: CoverageQuery, response: { 200: Coverage, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request, reply) => {
      const answer = await cachedCoverage({
        db: request.db,
        ...request.actor,
        departmentId: request.query.departmentId,
        cache: app.coverageCache,
      });
      // Serialized by this route's response schema once per kept answer; a string is sent as it is (the type of
      // `send` knows only the schema's object).
      const serialize = () => String(reply.serialize(answer.value));
      const json = 'version' in answer ? (answer.json ??= serialize()) : serialize();
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );

  app.get(
    '/coverage/gaps',
    {
      config: { access: READERS },
      schema: {
        tags,
        querystring: CoverageGapsQuery,
        response: { 200: CoverageGaps, ...problems(...AUTHENTICATED, 404) },
      },
    },
    async (request) => gaps({ db: request.db, ...request.actor, ...request.query, cache: app.coverageCache }),
  );

  app.get(
    '/coverage/history',
    {
      config: { access: READERS },
      schema: { tags, response: { 200: CoverageHistory, ...problems(...AUTHENTICATED) } },
    },
    async (request) => history({ db: request.db, ...request.actor }),
  );

  app.get(
    '/reports/coverage.csv',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        produces: ['text/csv'],
        querystring: CoverageQuery,
        response: {
          200: Type.String({ description: 'UTF-8 CSV with BOM, ";" separated' }),
          ...problems(...AUTHENTICATED, 404),
        },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await coverageExport({
        db: request.db,
        ...request.actor,
        departmentId: request.query.departmentId,
        cache: app.coverageCache,
      });
      await recordAccess({ db: request.db, ...request.actor, action: 'export', entity: 'coverage' });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );
};

export default coverageRoutes;
