import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { Role } from '@ambassador/shared';
import { Roles } from '@ambassador/shared/constants';
import type { Config } from '../config.ts';
import { Forbidden, Unauthorized } from '../http/errors.ts';
import { actorOf, type Actor } from '../http/actor.ts';
import { findActor } from '../modules/users/users.repository.ts';

export const JWT_ISSUER = 'ambassador';
export const JWT_AUDIENCE = 'ambassador-api';
export const ALL_ROLES: readonly Role[] = Roles;

/**
 * Who may call a route: `public` (no token), `cookie` (the refresh cookie, checked by the route), `scim` (an
 * organisation's SCIM bearer token, checked by the SCIM routes), or a list of roles.
 */
export type Access = 'public' | 'cookie' | 'scim' | readonly Role[];

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

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The caller, set by the auth hook on every route whose access is a role list. */
    actor: Actor;
    /** The user id of a verified access token, before the user is looked up. */
    tokenSubject?: string;
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

/** Where the hook keeps the caller; read through `request.actor`. */
const CALLER = Symbol('actor');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

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
    // Read where the hook has not set it (a public route, say), it answers 401 rather than act for nobody.
    app.decorateRequest('actor', {
      getter(): Actor {
        const actor = (this as { [CALLER]?: Actor })[CALLER];
        if (!actor) throw new Unauthorized();
        return actor;
      },
    });
    app.decorate('apiRoutes', [] as ApiRoute[]);
    app.decorateRequest('tokenSubject', undefined);

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

    // Before the body is read: a request without a valid token is refused at once, and the organisation it names
    // scopes its transaction (plugins/request-transaction.ts, registered before this plugin).
    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config?.access;
      if (access === undefined || !Array.isArray(access)) return;
      let payload;
      try {
        payload = await request.jwtVerify<{ sub: string; org: string; role: Role }>();
      } catch {
        throw new Unauthorized();
      }
      // The ids go into uuid columns: anything else would be a database error (500), not a bad token.
      if (!isUuid(payload.sub) || !isUuid(payload.org)) throw new Unauthorized();
      request.tokenSubject = payload.sub;
      request.organisationScope = payload.org;
    });

    // In the request's transaction, which sees the token's organisation only. Looked up on every request so that a
    // deactivated user's token, or a changed role, takes effect at once. One query: the user, her ambassador record
    // and her organisation's time zone and locale.
    app.addHook('preHandler', async (request) => {
      const access = request.routeOptions.config?.access;
      if (access === undefined || !Array.isArray(access)) return;
      const row = await findActor({ db: request.db, userId: request.tokenSubject! });
      if (!row || row.organisationId !== request.organisationScope) throw new Unauthorized();
      // A read may serve what is cached at the organisation's coverage version; a write loads in its transaction.
      const reading = request.method === 'GET' || request.method === 'HEAD';
      (request as { [CALLER]?: Actor })[CALLER] = {
        ...actorOf(row),
        ...(reading ? { coverageVersion: row.coverageVersion } : {}),
      };
      if (!access.includes(row.role)) throw new Forbidden();
    });
  },
  { name: 'auth', dependencies: ['db', 'request-transaction'] },
);
