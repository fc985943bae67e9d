import createError from '@fastify/error';

/** Errors every module may raise; module-specific ones live in <module>.errors.ts. Match on `code`. */
export const Unauthorized = createError('unauthorized', 'Authentication is required', 401);
export const Forbidden = createError('forbidden', 'Your role may not do this', 403);
export const NotFound = createError('not_found', 'The %s was not found', 404);
export const DatabaseUnavailable = createError('database_unavailable', 'The database is unavailable; try again', 503);
export const RateLimited = createError('rate_limited', 'Too many attempts; try again in %s seconds', 429);

export type FieldError = { field: string; code: string; message: string };

/** A field error found by a service (a reference to another record, say), answered like a schema error. */
export class ValidationFailed extends Error {
  readonly code = 'validation_failed';
  readonly statusCode = 400;
  constructor(readonly errors: FieldError[]) {
    super('The request is invalid');
  }
}
