import createError from '@fastify/error';
import type { AmbassadorStatus } from '@ambassador/shared';

export const AlreadyAmbassador = createError(
  'already_ambassador',
  'This employee already is (or was) an ambassador',
  409,
);

/** Names the allowed next statuses, so a client can say what is possible instead. */
export class IllegalTransition extends Error {
  readonly code = 'illegal_transition';
  readonly statusCode = 409;
  readonly allowed: readonly AmbassadorStatus[];
  constructor(from: AmbassadorStatus, to: AmbassadorStatus, allowed: readonly AmbassadorStatus[]) {
    super(`An ambassador cannot go from ${from} to ${to}; allowed: ${allowed.join(', ') || 'none'}`);
    this.allowed = allowed;
  }
}
