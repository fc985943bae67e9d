import { Problem } from '@ambassador/shared';

/** Response schemas for the error statuses a route can answer, so OpenAPI documents them and nothing else leaks. */
export function problems(...statuses: number[]) {
  return Object.fromEntries([400, ...statuses, 500].map((status) => [status, Problem])) as Record<
    number,
    typeof Problem
  >;
}

/** The statuses every authenticated route can answer on top of its own. */
export const AUTHENTICATED = [401, 403, 503] as const;
