import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AcceptInviteBody,
  ChangePasswordBody,
  ForgotPasswordBody,
  ResetPasswordBody,
  ResetPasswordResponse,
  InvitePreview,
  LoginBody,
  LoginResponse,
  MeResponse,
  RefreshResponse,
  SignupBody,
  SignupResponse,
  WeakPasswordProblem,
} from '@ambassador/shared';
import type { Config } from '../../config.ts';
import { RateLimited } from '../../http/errors.ts';
import { AUTHENTICATED, problems } from '../../http/schemas.ts';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { InvalidRefreshToken } from './auth.errors.ts';
import { acceptInvite, login, me, previewInvite, signup } from './auth.service.ts';
import { changePassword, forgotPassword, resetPassword } from './password-reset.service.ts';
import { revokeRefreshToken, exchangeRefreshToken, type IssuedRefresh } from './refresh-tokens.service.ts';

export const REFRESH_COOKIE = 'ambassador_refresh';
const COOKIE_PATH = '/api/v1/auth';

const authRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const secure = config.publicUrl.startsWith('https://');
  const setRefreshCookie = (reply: FastifyReply, refresh: IssuedRefresh) =>
    reply.setCookie(REFRESH_COOKIE, refresh.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: COOKIE_PATH,
      expires: refresh.expiresAt,
    });
  const clearRefreshCookie = (reply: FastifyReply) => reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  const accessToken = (user: { id: string; role: 'admin' | 'ambassador' | 'hr' }, organisationId: string) =>
    app.jwt.sign({ sub: user.id, org: organisationId, role: user.role });

  // Failed logins only count against the account; the per-IP limit counts every attempt.
  const accountLimit = app.createRateLimit({
    max: 10,
    timeWindow: '15 minutes',
    keyGenerator: (request) =>
      `login:${String((request.body as { email?: unknown })?.email ?? '')
        .trim()
        .toLowerCase()}`,
  });

  app.post(
    '/auth/signup',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 hour' } },
      schema: {
        tags: ['auth'],
        body: SignupBody,
        response: { 201: SignupResponse, ...problems(409, { 422: WeakPasswordProblem }, 429) },
      },
    },
    async (request, reply) => {
      const result = await signup({ db: request.db, body: request.body });
      setRefreshCookie(reply, result.refresh);
      return reply.code(201).send({
        accessToken: accessToken(result.user, result.organisation.id),
        user: result.user,
        organisation: result.organisation,
      });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public', transaction: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResponse, ...problems(401, 429) } },
    },
    async (request, reply) => {
      const status = await accountLimit(request, { increment: false });
      // Peeking does not count: `remaining` reaches 0 once the failures used up the allowance.
      if (!status.isAllowed && (status.isExceeded || status.remaining <= 0)) {
        reply.header('retry-after', status.ttlInSeconds);
        throw new RateLimited(String(status.ttlInSeconds));
      }
      let result;
      try {
        result = await login({ db: request.db, email: request.body.email, password: request.body.password });
      } catch (error) {
        await accountLimit(request);
        throw error;
      }
      setRefreshCookie(reply, result.refresh);
      return {
        accessToken: accessToken(result.user, result.organisation.id),
        user: result.user,
        organisation: result.organisation,
      };
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: { access: 'cookie', transaction: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], response: { 200: RefreshResponse, ...problems(401, 429) } },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw new InvalidRefreshToken();
      try {
        const { user, refresh } = await exchangeRefreshToken({ db: request.db, token });
        setRefreshCookie(reply, refresh);
        return { accessToken: accessToken(user, user.organisationId) };
      } catch (error) {
        clearRefreshCookie(reply);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'cookie', transaction: false },
      schema: { tags: ['auth'], response: { 204: Type.Null(), ...problems() } },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (token) await revokeRefreshToken({ db: request.db, token });
      clearRefreshCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/invites/:token',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        params: Type.Object({ token: Type.String({ minLength: 16, maxLength: 200 }) }),
        response: { 200: InvitePreview, ...problems(410, 429) },
      },
    },
    async (request) => previewInvite({ db: request.db, token: request.params.token }),
  );

  app.post(
    '/auth/accept-invite',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: AcceptInviteBody,
        response: { 200: LoginResponse, ...problems(410, { 422: WeakPasswordProblem }, 429) },
      },
    },
    async (request, reply) => {
      const result = await acceptInvite({ db: request.db, token: request.body.token, password: request.body.password });
      setRefreshCookie(reply, result.refresh);
      return {
        accessToken: accessToken(result.user, result.organisation.id),
        user: result.user,
        organisation: result.organisation,
      };
    },
  );

  // Counted per address whether or not it has an account, so the limit says nothing about which ones do.
  const forgotLimit = app.createRateLimit({
    max: 5,
    timeWindow: '1 hour',
    keyGenerator: (request) =>
      `forgot:${String((request.body as { email?: unknown })?.email ?? '')
        .trim()
        .toLowerCase()}`,
  });

  app.post(
    '/auth/forgot-password',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags: ['auth'],
        description: 'Mails a reset link valid for one hour; answers 202 whether or not the address has an account.',
        body: ForgotPasswordBody,
        response: { 202: Type.Null(), ...problems(429, 503) },
      },
    },
    async (request, reply) => {
      // Over the per-address limit the answer stays the same, and no further mail is queued.
      const status = await forgotLimit(request);
      if (status.isAllowed || !status.isExceeded) await forgotPassword({ db: request.db, email: request.body.email });
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/auth/reset-password',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '15 minutes' } },
      schema: {
        tags: ['auth'],
        body: ResetPasswordBody,
        response: { 200: ResetPasswordResponse, ...problems(410, { 422: WeakPasswordProblem }, 429) },
      },
    },
    async (request, reply) => {
      const result = await resetPassword({
        db: request.db,
        token: request.body.token,
        password: request.body.password,
      });
      setRefreshCookie(reply, result.refresh);
      return {
        accessToken: accessToken(result.user, result.organisation.id),
        user: result.user,
        organisation: result.organisation,
      };
    },
  );

  app.post(
    '/me/password',
    {
      config: { access: ALL_ROLES, rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags: ['auth'],
        description: 'Changes her password; every other login of the account ends, this one gets a new refresh cookie.',
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...problems(...AUTHENTICATED, 404, { 422: WeakPasswordProblem }, 429) },
      },
    },
    async (request, reply) => {
      const { refresh } = await changePassword({ db: request.db, ...request.actor, ...request.body });
      setRefreshCookie(reply, refresh);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: ALL_ROLES },
      schema: { tags: ['auth'], response: { 200: MeResponse, ...problems(...AUTHENTICATED) } },
    },
    async (request) => me({ db: request.db, ...request.actor }),
  );
};

export default authRoutes;
