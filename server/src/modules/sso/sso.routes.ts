import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SsoCallbackQuery, SsoSettings, SsoSettingsBody, SsoStartBody, SsoStartResponse } from '@ambassador/shared';
import type { Config } from '../../config.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { REFRESH_COOKIE } from '../auth/auth.routes.ts';
import { completeLogin } from './sso-callback.service.ts';
import { SsoLoginFailed } from './sso.errors.ts';
import { getSettings, saveSettings, SSO_LOGIN_TTL_MS, startLogin, type SsoEnvironment } from './sso.service.ts';

const ADMIN = ['admin'] as const;
const tags = ['sso'];

/** Binds a login to the browser that started it: the callback must come back with the same `state`. */
const STATE_COOKIE = 'ambassador_sso_state';
const STATE_COOKIE_PATH = '/api/v1/auth/sso';
/** Where the refresh cookie lives, as /auth/login sets it. */
const REFRESH_COOKIE_PATH = '/api/v1/auth';

/** Single sign-on with an organisation's OpenID Connect provider: its settings (admins) and the login itself. */
const ssoRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const env: SsoEnvironment = { publicUrl: config.publicUrl, secretKey: config.ssoSecretKey };
  const secure = config.publicUrl.startsWith('https://');

  app.get(
    '/organisation/sso',
    {
      config: { access: ADMIN },
      schema: { tags, response: { 200: SsoSettings, ...problems(...AUTHENTICATED) } },
    },
    async (request) => getSettings({ db: request.db, organisationId: request.actor.organisationId, env }),
  );

  app.put(
    '/organisation/sso',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        description:
          'Saves the whole configuration; leave `clientSecret` out to keep the stored one, `enabled: false` switches single sign-on off.',
        body: SsoSettingsBody,
        response: { 200: SsoSettings, ...problems(...AUTHENTICATED, 409) },
      },
    },
    async (request) =>
      saveSettings({ db: request.db, organisationId: request.actor.organisationId, env, body: request.body }),
  );

  app.post(
    '/auth/sso/start',
    {
      // Not in the request's transaction: discovery may wait on the provider for seconds.
      config: { access: 'public', transaction: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        description:
          "Whether the address's domain logs in through its organisation's provider, and if so where to send the browser.",
        body: SsoStartBody,
        response: { 200: SsoStartResponse, ...problems(429, 502) },
      },
    },
    async (request, reply) => {
      const { response, state } = await startLogin({ db: request.db, env, email: request.body.email });
      if (state) {
        reply.setCookie(STATE_COOKIE, state, {
          httpOnly: true,
          // Lax, not strict: the provider sends the browser back with a cross-site navigation.
          sameSite: 'lax',
          secure,
          path: STATE_COOKIE_PATH,
          maxAge: SSO_LOGIN_TTL_MS / 1000,
        });
      }
      return response;
    },
  );

  app.get(
    '/auth/sso/callback',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        description:
          'Where the provider sends the browser back. Always redirects: into the app logged in, or to /login?sso_error=<code>.',
        querystring: SsoCallbackQuery,
        response: { 302: Type.Null(), ...problems(429) },
      },
    },
    async (request, reply) => {
      reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
      const query = new URL(request.url, 'http://callback').searchParams;
      try {
        const { refresh } = await completeLogin({
          db: request.db,
          env,
          query,
          browserState: request.cookies[STATE_COOKIE],
        });
        // The same cookie /auth/login sets: the app's /auth/refresh turns it into a session.
        reply.setCookie(REFRESH_COOKIE, refresh.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure,
          path: REFRESH_COOKIE_PATH,
          expires: refresh.expiresAt,
        });
        return reply.redirect('/login?sso=done', 302);
      } catch (error) {
        const reason = error instanceof SsoLoginFailed ? error.reason : 'login_failed';
        request.log.warn({ err: error instanceof SsoLoginFailed ? error.cause : error, reason }, 'SSO login failed');
        return reply.redirect(`/login?sso_error=${reason}`, 302);
      }
    },
  );
};

export default ssoRoutes;
