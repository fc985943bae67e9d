import type { TSchema } from 'typebox';
import { Problem } from '@ambassador/shared';

/**
 * Response schemas for the error statuses a route can answer, so OpenAPI documents them and nothing else leaks. A
 * status answers `Problem` unless an object names a module's own problem schema for it (`{ 409:
 * ScheduleConflictProblem }`), which documents the members that error adds.
 */
export function problems(...statuses: (number | { readonly [status: number]: TSchema })[]) {
  const schemas: Record<number, TSchema> = {};
  for (const status of [400, ...statuses, 500]) {
    if (typeof status === 'number') schemas[status] ??= Problem;
    else Object.assign(schemas, status);
  }
  return schemas;
}

/** The statuses every authenticated route can answer on top of its own. */
export const AUTHENTICATED = [401, 403, 503] as const;
