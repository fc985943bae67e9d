import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { Role } from '@ambassador/shared';
import { Roles } from '@ambassador/shared/constants';
import type { Config } from '../config.ts';
import { Forbidden, Unauthorized } from '../http/errors.ts';
import { findActiveUser } from '../modules/users/users.repository.ts';

export const JWT_ISSUER = 'ambassador';
export const JWT_AUDIENCE = 'ambassador-api';
export const ALL_ROLES: readonly Role[] = Roles;

/** Who may call a route: `public` (no token), `cookie` (the refresh cookie, checked by the route), or a list of roles. */
export type Access = 'public' | 'cookie' | readonly Role[];

/** A request part's JSON schema as registered (TypeBox output), read by the route sweep and the fuzz tests. */
export type RouteSchema = { additionalProperties?: unknown; [keyword: string]: unknown };

export type ApiRoute = {
  method: string;
  url: string;
  access: Access;
  body?: RouteSchema;
  querystring?: RouteSchema;
  params?: RouteSchema;
};

export type AuthContext = { userId: string; organisationId: string; role: Role };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every API route with who may call it: the route sweep test walks this list. */
    apiRoutes: ApiRoute[];
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; org: string; role: Role };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** The authenticated user; only called from routes whose access is a role list, so it is always set there. */
export function authOf(request: { auth: AuthContext | null }): AuthContext {
  if (!request.auth) throw new Unauthorized();
  return request.auth;
}

export default fp(
  async (app, opts: { config: Config }) => {
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: opts.config.jwtSecret,
      sign: { algorithm: 'HS256', iss: JWT_ISSUER, aud: JWT_AUDIENCE, expiresIn: '15m' },
      // @fastify/jwt accepts every algorithm unless pinned; `none` and RS/HS confusion must never verify.
      // fast-jwt only checks the claims a token carries: without requiredClaims a token with no exp never expires.
      verify: {
        algorithms: ['HS256'],
        allowedIss: JWT_ISSUER,
        allowedAud: JWT_AUDIENCE,
        requiredClaims: ['exp', 'iss', 'aud', 'sub', 'org'],
      },
    });
    app.decorateRequest('auth', null);
    app.decorate('apiRoutes', [] as ApiRoute[]);

    // Fail closed: an API route that does not say who may call it is a programming error, caught at start-up.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/v1')) return;
      const access = route.config?.access;
      if (access === undefined) throw new Error(`Route ${route.method} ${route.url} must declare config.access`);
      for (const method of [route.method].flat()) {
        if (method === 'HEAD') continue;
        app.apiRoutes.push({
          method,
          url: route.url,
          access,
          body: route.schema?.body as RouteSchema | undefined,
          querystring: route.schema?.querystring as RouteSchema | undefined,
          params: route.schema?.params as RouteSchema | undefined,
        });
      }
    });

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config?.access;
      if (access === undefined || access === 'public' || access === 'cookie') return;
      let payload;
      try {
        payload = await request.jwtVerify<{ sub: string; org: string; role: Role }>();
      } catch {
        throw new Unauthorized();
      }
      // The ids go into uuid columns: anything else would be a database error (500), not a bad token.
      if (!isUuid(payload.sub) || !isUuid(payload.org)) throw new Unauthorized();
      // Looked up on every request so that a deactivated user's token, or a changed role, takes effect at once.
      const user = await findActiveUser({ db: app.db, userId: payload.sub });
      if (!user || user.organisationId !== payload.org) throw new Unauthorized();
      request.auth = { userId: user.id, organisationId: user.organisationId, role: user.role };
      if (!access.includes(user.role)) throw new Forbidden();
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
