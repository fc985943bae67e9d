import type { FastifyError, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { toProblem } from '../../plugins/errors.ts';
import { NotFound } from '../../http/errors.ts';
import { InvalidFilter, InvalidValue, SCIM_TYPES, ScimUnauthorized } from './scim.errors.ts';
import { SCIM, SCIM_CONTENT_TYPE, serviceProviderConfig } from './scim.resources.ts';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from './scim.service.ts';
import { organisationOfSecret } from './scim-tokens.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The organisation whose SCIM token authenticated the request. */
    scimOrganisationId?: string;
  }
}

/** A SCIM request body is one user or one PatchOp: small. */
const BODY_LIMIT = 64 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const access = 'scim' as const;

/** As Fastify parses a query string: a parameter given twice arrives as an array. */
type Query = { filter?: string | string[]; startIndex?: string | string[]; count?: string | string[] };

/** One value of a query parameter; given twice, it is a bad request rather than a crash. */
function single(value: string | string[] | undefined, name: string): string | undefined {
  if (Array.isArray(value)) throw new InvalidValue(`${name} may be given once`);
  return value;
}

/** A query number as SCIM clients send it; anything else is a bad request, not a silent default. */
function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw new InvalidValue(`${name} must be an integer`);
  return Number(value);
}

/**
 * SCIM 2.0 (RFC 7643/7644) for the organisation of the bearer token: users are employees. Errors are SCIM's own
 * (`application/scim+json`, `status` as a string, `scimType`), with the API's stable `code` beside them.
 */
const scimRoutes: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  const usersUrl = `${config.publicUrl}/api/v1/scim/v2/Users`;
  app.addContentTypeParser(
    SCIM_CONTENT_TYPE,
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    app.getDefaultJsonParser('error', 'error'),
  );

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization ?? '';
    const secret = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header)?.[1];
    const token = secret ? await organisationOfSecret(request.db, secret) : undefined;
    if (!token) throw new ScimUnauthorized();
    request.scimOrganisationId = token.organisationId;
    request.organisationScope = token.organisationId;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    // Server-side failures keep the API's own answer (and its logging).
    if (problem.status >= 500) throw error;
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer realm="scim"');
    return reply
      .code(problem.status)
      .type(SCIM_CONTENT_TYPE)
      .send({
        schemas: [SCIM.error],
        status: String(problem.status),
        ...(SCIM_TYPES[problem.code] ? { scimType: SCIM_TYPES[problem.code] } : {}),
        detail: problem.detail ?? problem.title,
        code: problem.code,
      });
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('application/json')) reply.type(SCIM_CONTENT_TYPE);
    return payload;
  });

  const scope = (request: FastifyRequest) => ({
    db: request.db,
    organisationId: request.scimOrganisationId!,
    usersUrl,
    changes: request.changes,
  });
  const employeeId = (request: FastifyRequest<{ Params: { id: string } }>) => {
    if (!UUID.test(request.params.id)) throw new NotFound('user');
    return request.params.id;
  };
  const options = { config: { access }, bodyLimit: BODY_LIMIT, schema: { hide: true } };

  app.get('/scim/v2/ServiceProviderConfig', options, async () => serviceProviderConfig(`${config.publicUrl}/api/docs`));

  app.get<{ Querystring: Query }>('/scim/v2/Users', options, async (request) => {
    const filter = single(request.query.filter, 'filter');
    const startIndex = single(request.query.startIndex, 'startIndex');
    const count = single(request.query.count, 'count');
    if (filter !== undefined && filter.length > 500) throw new InvalidFilter('it is longer than 500 characters');
    return listUsers({
      ...scope(request),
      query: {
        ...(filter === undefined ? {} : { filter }),
        ...(startIndex === undefined ? {} : { startIndex: integer(startIndex, 'startIndex') }),
        ...(count === undefined ? {} : { count: integer(count, 'count') }),
      },
    });
  });

  app.post('/scim/v2/Users', options, async (request, reply) =>
    reply.code(201).send(await createUser({ ...scope(request), body: request.body })),
  );

  app.get<{ Params: { id: string } }>('/scim/v2/Users/:id', options, async (request) =>
    getUser({ ...scope(request), employeeId: employeeId(request) }),
  );

  app.put<{ Params: { id: string } }>('/scim/v2/Users/:id', options, async (request) =>
    replaceUser({ ...scope(request), employeeId: employeeId(request), body: request.body }),
  );

  app.patch<{ Params: { id: string } }>('/scim/v2/Users/:id', options, async (request) =>
    patchUser({ ...scope(request), employeeId: employeeId(request), body: request.body }),
  );

  app.delete<{ Params: { id: string } }>('/scim/v2/Users/:id', options, async (request, reply) => {
    await deleteUser({ ...scope(request), employeeId: employeeId(request) });
    return reply.code(204).send();
  });
};

export default scimRoutes;
