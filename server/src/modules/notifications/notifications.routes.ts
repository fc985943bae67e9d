import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  IdParams,
  NotificationListQuery,
  NotificationPage,
  OutboxListQuery,
  OutboxMail,
  OutboxPage,
  Preferences,
  PreferencesPatch,
  UnsubscribeQuery,
  UnsubscribeResponse,
} from '@ambassador/shared';
import type { Config } from '../../config.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import {
  getPreferences,
  listMine,
  markAllRead,
  markRead,
  outboxMail,
  outboxPage,
  patchPreferences,
  unsubscribe,
  unsubscribeTarget,
} from './notifications.service.ts';
import { confirmUnsubscribePage, unsubscribedPage } from './unsubscribe-page.ts';

const tags = ['notifications'];
const ADMIN = ['admin'] as const;

const notificationRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  app.get(
    '/me/preferences',
    {
      config: { access: ALL_ROLES },
      schema: { tags, response: { 200: Preferences, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) => getPreferences({ db: request.db, ...request.actor }),
  );

  app.patch(
    '/me/preferences',
    {
      config: { access: ALL_ROLES },
      schema: { tags, body: PreferencesPatch, response: { 200: Preferences, ...problems(...AUTHENTICATED, 404, 422) } },
    },
    async (request) => patchPreferences({ db: request.db, ...request.actor, body: request.body }),
  );

  app.get(
    '/me/notifications',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags,
        querystring: NotificationListQuery,
        response: { 200: NotificationPage, ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => listMine({ db: request.db, ...request.actor, query: request.query }),
  );

  app.post(
    '/me/notifications/:id/read',
    {
      config: { access: ALL_ROLES },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404) } },
    },
    async (request, reply) => {
      await markRead({ db: request.db, ...request.actor, notificationId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/notifications/read-all',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags,
        response: { 200: Type.Object({ marked: Type.Integer({ minimum: 0 }) }), ...problems(...AUTHENTICATED) },
      },
    },
    async (request) => markAllRead({ db: request.db, ...request.actor }),
  );

  app.get(
    '/outbox',
    {
      config: { access: ADMIN },
      schema: { tags, querystring: OutboxListQuery, response: { 200: OutboxPage, ...problems(...AUTHENTICATED) } },
    },
    async (request) => outboxPage({ db: request.db, ...request.actor, query: request.query }),
  );

  app.get(
    '/outbox/:id',
    {
      config: { access: ADMIN },
      schema: { tags, params: IdParams, response: { 200: OutboxMail, ...problems(...AUTHENTICATED, 404) } },
    },
    async (request) =>
      outboxMail({
        db: request.db,
        ...request.actor,
        mailId: request.params.id,
        mail: { smtpUrl: config.smtpUrl, publicUrl: config.publicUrl, secret: config.jwtSecret },
      }),
  );

  await app.register(unsubscribeRoutes, { secret: config.jwtSecret });
};

/** Public, for mail clients and people who are not logged in: the token names one kind for one person. */
const unsubscribeRoutes: FastifyPluginAsyncTypebox<{ secret: string }> = async (open, { secret }) => {
  // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` as a form; the token in the URL is all we need.
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data'])
    if (!open.hasContentTypeParser(type))
      open.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 1024 }, (_r, _b, done) => done(null, undefined));
  const limits = { max: 30, timeWindow: '1 minute' };
  open.get(
    '/unsubscribe',
    {
      config: { access: 'public', rateLimit: limits },
      schema: {
        tags,
        description:
          'Opened from the link in a mail: a small page that asks; its button POSTs. Opening the link changes nothing.',
        querystring: UnsubscribeQuery,
        produces: ['text/html'],
        response: { 200: Type.String(), ...problems(404, 429, 503) },
      },
    },
    async (request, reply) => {
      const target = await unsubscribeTarget({ db: request.db, secret, token: request.query.token });
      const action = `/api/v1/unsubscribe?token=${encodeURIComponent(request.query.token)}`;
      return reply.type('text/html; charset=utf-8').send(confirmUnsubscribePage({ ...target, action }));
    },
  );
  open.post(
    '/unsubscribe',
    {
      config: { access: 'public', rateLimit: limits },
      schema: {
        tags,
        description:
          'One-click unsubscribe (RFC 8058), posted by the mail client (JSON), or by the button of the page (HTML).',
        querystring: UnsubscribeQuery,
        response: {
          200: Type.Union([UnsubscribeResponse, Type.String({ description: 'The page, for the page’s own button' })]),
          ...problems(404, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const result = await unsubscribe({ db: request.db, secret, token: request.query.token });
      if (request.headers.accept?.includes('text/html'))
        return reply.type('text/html; charset=utf-8').send(unsubscribedPage(result));
      return { kind: result.kind, email: result.email };
    },
  );
};

export default notificationRoutes;
