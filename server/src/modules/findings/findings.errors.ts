import type { FindingStatus } from '@ambassador/shared';
import { DomainError } from '../../http/errors.ts';

/** Names where the finding stands and where it may go, so a client can offer the moves that are possible. */
export class IllegalFindingTransition extends DomainError<{
  from: FindingStatus;
  to: FindingStatus;
  allowed: readonly FindingStatus[];
}> {
  constructor(from: FindingStatus, to: FindingStatus, allowed: readonly FindingStatus[]) {
    super({
      code: 'illegal_transition',
      status: 409,
      message: `A finding cannot go from ${from} to ${to}; allowed: ${allowed.join(', ') || 'none'}`,
      extensions: { from, to, allowed },
    });
  }
}
