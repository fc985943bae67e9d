import type { AmbassadorStatus } from '@ambassador/shared';
import { DomainError, domainError } from '../../http/errors.ts';

export const AlreadyAmbassador = domainError(
  'already_ambassador',
  409,
  'This employee already is (or was) an ambassador',
);

/** Names the allowed next statuses, so a client can say what is possible instead. */
export class IllegalTransition extends DomainError<{ allowed: readonly AmbassadorStatus[] }> {
  constructor(from: AmbassadorStatus, to: AmbassadorStatus, allowed: readonly AmbassadorStatus[]) {
    super({
      code: 'illegal_transition',
      status: 409,
      message: `An ambassador cannot go from ${from} to ${to}; allowed: ${allowed.join(', ') || 'none'}`,
      extensions: { allowed },
    });
  }
}
