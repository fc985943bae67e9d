import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Coverage, CoverageGaps, CoverageGapsQuery, CoverageHistory, CoverageQuery } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { authOf } from '../../plugins/auth.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { coverageCsv } from './coverage-report.ts';
import { coverage, gaps, history } from './coverage.service.ts';

const READERS = ['admin', 'hr'] as const;
const tags = ['coverage'];

const coverageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const scope = (request: Parameters<typeof authOf>[0]) => ({
    db: app.db,
    organisationId: authOf(request).organisationId,
  });

  app.get(
    '/coverage',
    {
      config: { access: READERS },
      schema: { tags, querystring: CoverageQuery, response: { 200: Coverage, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => coverage({ ...scope(request), departmentId: request.query.departmentId }),
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
    async (request) => gaps({ ...scope(request), ...request.query }),
  );

  app.get(
    '/coverage/history',
    {
      config: { access: READERS },
      schema: { tags, response: { 200: CoverageHistory, ...problems(...AUTHENTICATED) } },
    },
    async (request) => history(scope(request)),
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
      const [matrix, organisation] = await Promise.all([
        coverage({ ...scope(request), departmentId: request.query.departmentId }),
        findOrganisation(scope(request)),
      ]);
      const date = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="dekking-${organisation?.slug ?? 'organisatie'}-${date}.csv"`,
        )
        .send(coverageCsv(matrix, organisation?.locale ?? 'nl').toString('utf8'));
    },
  );
};

export default coverageRoutes;
