import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { TrainingCascade, TrainingCoverage, TrainingCoverageQuery } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { cascade } from './cascade.service.ts';
import { trainingCoverage } from './training-coverage.service.ts';

const tags = ['training'];
const READERS = ['admin', 'hr'] as const;

const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/training/coverage',
    {
      config: { access: READERS },
      schema: {
        tags,
        querystring: TrainingCoverageQuery,
        response: { 200: TrainingCoverage, ...problems(...AUTHENTICATED, 404) },
      },
    },
    async (request) => trainingCoverage({ db: request.db, ...request.actor, departmentId: request.query.departmentId }),
  );

  app.get(
    '/training/cascade',
    {
      config: { access: READERS },
      schema: { tags, response: { 200: TrainingCascade, ...problems(...AUTHENTICATED) } },
    },
    async (request) => cascade({ db: request.db, ...request.actor }),
  );
};

export default reportsRoutes;
