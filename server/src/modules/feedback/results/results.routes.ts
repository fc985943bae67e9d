import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, RoundResults } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { results, resultsExport } from './results.service.ts';
import { recordAccess } from '../../audit/audit.service.ts';

const READERS = ['admin', 'hr'] as const;
const tags = ['feedback'];

const resultsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/feedback-rounds/:id/results',
    {
      config: { access: READERS },
      schema: { tags, params: IdParams, response: { 200: RoundResults, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => results({ db: request.db, ...request.actor, roundId: request.params.id }),
  );

  app.get(
    '/feedback-rounds/:id/results.csv',
    {
      config: { access: READERS },
      schema: {
        tags,
        produces: ['text/csv'],
        params: IdParams,
        response: {
          200: Type.String({ description: 'UTF-8 CSV with BOM, ";" separated' }),
          ...problems(...AUTHENTICATED, 404),
        },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await resultsExport({ db: request.db, ...request.actor, roundId: request.params.id });
      const exported = { action: 'export', entity: 'feedback_round', entityId: request.params.id } as const;
      await recordAccess({ db: request.db, ...request.actor, ...exported });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv.toString('utf8'));
    },
  );
};

export default resultsRoutes;
