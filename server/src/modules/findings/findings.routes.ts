import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateFindingBody,
  Finding,
  FindingList,
  FindingListQuery,
  IdParams,
  IllegalFindingTransitionProblem,
  UpdateFindingBody,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { create, get, list, update } from './findings.service.ts';

const tags = ['findings'];

/** Findings ("you said, we did"): anyone reads, admins and ambassadors raise, admins triage. */
const findingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/feedback-items',
    {
      config: { access: ALL_ROLES },
      schema: { tags, querystring: FindingListQuery, response: { 200: FindingList, ...problems(...AUTHENTICATED) } },
    },
    async (request) => list({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/feedback-items',
    {
      config: { access: ['admin', 'ambassador'] },
      schema: { tags, body: CreateFindingBody, response: { 201: Finding, ...problems(...AUTHENTICATED) } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await create({ db: request.db, ...request.actor, changes: request.changes, body: request.body })),
  );

  app.get(
    '/feedback-items/:id',
    {
      config: { access: ALL_ROLES },
      schema: { tags, params: IdParams, response: { 200: Finding, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => get({ db: request.db, ...request.actor, findingId: request.params.id }),
  );

  app.patch(
    '/feedback-items/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        params: IdParams,
        body: UpdateFindingBody,
        response: {
          200: Finding,
          ...problems(...AUTHENTICATED, 404, { 409: IllegalFindingTransitionProblem }),
        },
      },
    },
    async (request) =>
      update({
        db: request.db,
        ...request.actor,
        changes: request.changes,
        findingId: request.params.id,
        body: request.body,
      }),
  );
};

export default findingsRoutes;
