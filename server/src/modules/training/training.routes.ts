import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AppliedPlan,
  ApplyPlanBody,
  ForceQuery,
  Plan,
  PlanBody,
  ScheduleConflictProblem,
  TrainingCascade,
  TrainingCoverage,
  TrainingCoverageQuery,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { heavyWork } from '../../http/tenant-gate.ts';
import { cascade } from './cascade.service.ts';
import { applyPlan, proposePlan } from './plan.service.ts';
import { trainingCoverage } from './training-coverage.service.ts';

const tags = ['training'];
const READERS = ['admin', 'hr'] as const;

const trainingRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
    async (request) => trainingCoverage({ db: app.db, ...request.actor, departmentId: request.query.departmentId }),
  );

  app.get(
    '/training/cascade',
    {
      config: { access: READERS },
      schema: { tags, response: { 200: TrainingCascade, ...problems(...AUTHENTICATED) } },
    },
    async (request) => cascade({ db: app.db, ...request.actor }),
  );

  app.post(
    '/training/plan',
    {
      config: { access: ['admin'] },
      schema: { tags, body: PlanBody, response: { 200: Plan, ...problems(...AUTHENTICATED, 404, 422, 429) } },
    },
    async (request) =>
      heavyWork(request.actor.organisationId, () => proposePlan({ db: app.db, ...request.actor, body: request.body })),
  );

  app.post(
    '/training/plan/apply',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        querystring: ForceQuery,
        body: ApplyPlanBody,
        response: { 201: AppliedPlan, ...problems(...AUTHENTICATED, { 409: ScheduleConflictProblem }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await applyPlan({ db: app.db, ...request.actor, body: request.body, force: request.query.force ?? false }),
        ),
  );
};

export default trainingRoutes;
