import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppliedPlan, ApplyPlanBody, ForceQuery, Plan, PlanBody, ScheduleConflictProblem } from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { heavyWork } from '../../../http/tenant-gate.ts';
import { applyPlan, proposePlan } from './planning.service.ts';

const tags = ['training'];

const planningRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/training/plan',
    {
      config: { access: ['admin'] },
      schema: { tags, body: PlanBody, response: { 200: Plan, ...problems(...AUTHENTICATED, 404, 422, 429) } },
    },
    async (request) =>
      heavyWork(request.actor.organisationId, () =>
        proposePlan({ db: request.db, ...request.actor, body: request.body }),
      ),
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
      reply.code(201).send(
        await applyPlan({
          db: request.db,
          ...request.actor,
          body: request.body,
          force: request.query.force ?? false,
        }),
      ),
  );
};

export default planningRoutes;
