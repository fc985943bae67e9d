import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CalendarFeed, IdParams, TokenIcsParams } from '@ambassador/shared';
import type { Config } from '../../config.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { feed, feedIcs, regenerate, sessionIcs } from './calendar.service.ts';

const tags = ['calendar'];
const ICS = Type.String({ description: 'iCalendar (RFC 5545)' });
const ICS_TYPE = 'text/calendar; charset=utf-8';

const calendarRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const keys = { secret: config.jwtSecret, publicUrl: config.publicUrl };
  app.get(
    '/calendar/feed',
    {
      config: { access: ALL_ROLES },
      schema: { tags, response: { 200: CalendarFeed, ...problems(...AUTHENTICATED) } },
    },
    async (request) => feed({ db: request.db, ...request.actor, ...keys }),
  );

  app.post(
    '/calendar/feed',
    {
      config: { access: ALL_ROLES },
      schema: { tags, response: { 201: CalendarFeed, ...problems(...AUTHENTICATED) } },
    },
    async (request, reply) => reply.code(201).send(await regenerate({ db: request.db, ...request.actor, ...keys })),
  );

  app.get(
    '/calendar/:token.ics',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'The secret per-user feed; calendar apps poll it without a login.',
        params: TokenIcsParams,
        produces: ['text/calendar'],
        response: { 200: ICS, ...problems(404, 503) },
      },
    },
    async (request, reply) =>
      reply
        .type(ICS_TYPE)
        .header('cache-control', 'private, max-age=300')
        .send(await feedIcs({ db: request.db, token: request.params.token, ...keys })),
  );

  app.get(
    '/training-sessions/:id.ics',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['training'],
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: ICS, ...problems(...AUTHENTICATED, 404) },
      },
    },
    async (request, reply) =>
      reply
        .type(ICS_TYPE)
        .header('content-disposition', `attachment; filename="training-${request.params.id}.ics"`)
        .send(
          await sessionIcs({
            db: request.db,
            ...request.actor,
            sessionId: request.params.id,
            publicUrl: config.publicUrl,
          }),
        ),
  );
};

export default calendarRoutes;
