import createError from '@fastify/error';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import Fastify, { type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, problemWith } from '@ambassador/shared';
import { DomainError, domainError } from '../http/errors.ts';
import { problems } from '../http/schemas.ts';
import errorsPlugin, { isDatabaseUnavailable } from './errors.ts';

/** A driver error as pg (or PGlite) throws it: an Error with a SQLSTATE or a socket code. */
function driverError(message: string, code: string) {
  return Object.assign(new Error(message), { code });
}

/** An error declared the way modules declare theirs, with extension members the handler has never heard of. */
class ShelfFull extends DomainError<{
  shelf: { id: string; capacity: number };
  errors: { field: string; code: string; message: string }[];
}> {
  constructor(shelf: string) {
    super({
      code: 'shelf_full',
      status: 409,
      message: `Shelf ${shelf} is full`,
      extensions: {
        shelf: { id: shelf, capacity: 3 },
        errors: [{ field: 'shelfId', code: 'shelf_full', message: 'has no room' }],
      },
    });
  }
}
const ShelfMissing = domainError('shelf_missing', 404, (shelf: string) => `There is no shelf ${shelf}`);

const SECRET_DETAIL = 'password authentication failed for user "ambassador" at db.internal:5432';

/** Each route throws what its name says, so the handler is tested without a database or the rest of the app. */
const THROWERS: Record<string, () => unknown> = {
  refused: () => driverError(`connect ECONNREFUSED 10.0.0.7:5432 ${SECRET_DETAIL}`, 'ECONNREFUSED'),
  'admin-shutdown': () => driverError('terminating connection due to administrator command', '57P01'),
  'connection-failure': () => driverError('connection failure', '08006'),
  terminated: () => new Error('Connection terminated unexpectedly'),
  'wrapped-connection-failure': () =>
    new DrizzleQueryError(
      'select "id" from "users" where "id" = $1',
      ['x'],
      driverError('connection failure', '08006'),
    ),
  'wrapped-refused': () =>
    new DrizzleQueryError('select 1', [], driverError(`connect ECONNREFUSED ${SECRET_DETAIL}`, 'ECONNREFUSED')),
  unexpected: () => new Error(`Cannot read properties of undefined (reading 'id') ${SECRET_DETAIL}`),
  'unique-violation': () =>
    new DrizzleQueryError('insert into "users" …', [SECRET_DETAIL], driverError('duplicate key', '23505')),
  'foreign-key-violation': () =>
    new DrizzleQueryError('insert into "users" …', [SECRET_DETAIL], driverError('violates foreign key', '23503')),
  'nul-byte': () =>
    new DrizzleQueryError('select …', [SECRET_DETAIL], driverError('invalid byte sequence for encoding', '22021')),
  'own-4xx': () => new (createError('layer_in_use', 'The layer %s is in use', 409))('Management'),
  'own-503': () => new (createError('database_unavailable', 'The database is unavailable; try again', 503))(),
  'framework-404': () => Object.assign(new Error('Not here'), { statusCode: 404 }),
  'domain-extensions': () => new ShelfFull('A3'),
  'domain-plain': () => new ShelfMissing('B7'),
  'domain-500': () => new DomainError({ code: 'shelf_on_fire', status: 500, message: `Shelf fire ${SECRET_DETAIL}` }),
  'domain-standard-members': () =>
    new DomainError({
      code: 'shelf_full',
      status: 409,
      message: 'Shelf A3 is full',
      extensions: { status: 200, code: 'ok', shelf: 'A3' } as unknown as { shelf: string },
    }),
};

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ logger: false });
  await app.register(errorsPlugin);
  app.get('/throw/:kind', async (request) => {
    throw THROWERS[(request.params as { kind: string }).kind]!();
  });
  // Responses serialised by fast-json-stringify drop members their schema does not list, unless it allows them.
  app.get('/shelf/generic', { schema: { response: { 200: Type.Null(), ...problems(409) } } }, async () => {
    throw new ShelfFull('A3');
  });
  const ShelfProblem = problemWith({
    shelf: Type.Optional(Type.Object({ id: Type.String(), capacity: Type.Integer() })),
  });
  app.get(
    '/shelf/documented',
    { schema: { response: { 200: Type.Null(), ...problems({ 409: ShelfProblem }) } } },
    async () => {
      throw new ShelfFull('A3');
    },
  );
  await app.ready();
});
afterAll(() => app.close());

const hit = (kind: string) => app.inject({ method: 'GET', url: `/throw/${kind}` });

describe('the global error handler', () => {
  it.each(['refused', 'admin-shutdown', 'connection-failure', 'terminated'])(
    'answers a driver error meaning "database unreachable" (%s) with 503 database_unavailable',
    async (kind) => {
      const response = await hit(kind);
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(response.body).not.toContain('10.0.0.7');
    },
  );

  it.each(['wrapped-connection-failure', 'wrapped-refused'])(
    'answers the same driver error wrapped by drizzle in a DrizzleQueryError (%s) with 503 database_unavailable',
    async (kind) => {
      const response = await hit(kind);
      expect(response.statusCode).toBe(503);
      expect(response.json().code).toBe('database_unavailable');
      expect(response.body).not.toContain('db.internal');
      expect(response.body).not.toContain('select');
    },
  );

  it.each([
    ['unique-violation', 409, 'conflict'],
    ['foreign-key-violation', 422, 'invalid_reference'],
    ['nul-byte', 400, 'invalid_input'],
  ])(
    'answers the database refusing input (%s) with %i %s and leaks neither message, query nor values',
    async (kind, status, code) => {
      const response = await hit(kind);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status, code });
      expect(response.body).not.toMatch(/db\.internal|insert into|select|errors\.test|at \w+ \(/);
    },
  );

  it.each(['unexpected'])(
    'answers an unexpected error (%s) with 500 internal_error and leaks neither message, query nor stack',
    async (kind) => {
      const response = await hit(kind);
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Something went wrong on our side',
        code: 'internal_error',
      });
      expect(response.body).not.toMatch(/db\.internal|Cannot read|insert into|errors\.test|at \w+ \(/);
    },
  );

  it('keeps the status, lower-case code and message of a module’s own error', async () => {
    const response = await hit('own-4xx');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      status: 409,
      code: 'layer_in_use',
      detail: 'The layer Management is in use',
    });
  });

  it('keeps a deliberate 503 with its own code', async () => {
    const response = await hit('own-503');
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('database_unavailable');
  });

  it('gives a framework 4xx without a code of ours a generic stable code', async () => {
    const response = await hit('framework-404');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});

describe('errors a module declares (DomainError)', () => {
  const shelfFull = {
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    detail: 'Shelf A3 is full',
    code: 'shelf_full',
    shelf: { id: 'A3', capacity: 3 },
    errors: [{ field: 'shelfId', code: 'shelf_full', message: 'has no room' }],
  };

  it('answers with its code, status and message, and spreads its extensions into the problem', async () => {
    const response = await hit('domain-extensions');
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual(shelfFull);
  });

  it('answers one without extensions with the standard members only', async () => {
    const response = await hit('domain-plain');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'There is no shelf B7',
      code: 'shelf_missing',
    });
  });

  it('keeps the standard members when extensions name them too', async () => {
    const response = await hit('domain-standard-members');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ status: 409, code: 'shelf_full', shelf: 'A3' });
  });

  it('answers one with a 5xx status as internal_error and leaks not its message', async () => {
    const response = await hit('domain-500');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'internal_error' });
    expect(response.body).not.toMatch(/fire|db\.internal/);
  });

  it('keeps extension members through a route whose response schema is the generic Problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/shelf/generic' });
    expect(response.json()).toEqual(shelfFull);
  });

  it('keeps extension members through a route that documents them with its own problem schema', async () => {
    const response = await app.inject({ method: 'GET', url: '/shelf/documented' });
    expect(response.json()).toEqual(shelfFull);
  });

  it('declares a module error with a class name, a status Fastify reads and a message from its arguments', () => {
    const error = new ShelfMissing('B7');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ name: 'ShelfMissing', code: 'shelf_missing', status: 404, statusCode: 404 });
    expect(error.message).toBe('There is no shelf B7');
    expect(error.extensions).toEqual({});
  });

  it('lets problems() give a status a module’s own schema and every other status the generic Problem', () => {
    const ShelfProblem = problemWith({ shelf: Type.String() });
    const schemas = problems(401, { 409: ShelfProblem }, 404);
    expect(Object.keys(schemas).map(Number).sort()).toEqual([400, 401, 404, 409, 500]);
    expect(schemas[409]).toBe(ShelfProblem);
    expect(schemas[404]).toBe(Problem);
  });

  it('names no module’s extension members in the handler', () => {
    const source = readFileSync(new URL('./errors.ts', import.meta.url), 'utf8');
    for (const member of ['conflicts', 'allowed', 'feedback', 'session']) {
      expect(source).not.toMatch(new RegExp(`\\b${member}\\b`));
    }
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises connection errors and not query errors', () => {
    expect(isDatabaseUnavailable(driverError('x', 'ECONNRESET'))).toBe(true);
    expect(isDatabaseUnavailable(driverError('x', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Cannot use a pool after calling end on the pool'))).toBe(true);
    expect(isDatabaseUnavailable(driverError('duplicate key', '23505'))).toBe(false);
    expect(isDatabaseUnavailable(driverError('syntax error', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it('looks through drizzle’s DrizzleQueryError at the driver error it wraps', () => {
    expect(isDatabaseUnavailable(new DrizzleQueryError('select 1', [], driverError('x', '08006')))).toBe(true);
    expect(isDatabaseUnavailable(new DrizzleQueryError('select 1', [], driverError('x', '23505')))).toBe(false);
  });
});
