import { DomainError, domainError } from '../../http/errors.ts';

export const RoundHasResponses = domainError(
  'round_has_responses',
  409,
  'The questions are fixed once anyone has answered',
);
export const RoundClosed = domainError('round_closed', 409, 'This round is closed');
export const RoundNotDraft = domainError(
  'round_not_draft',
  409,
  (status: string) => `This round is ${status}; only a draft can be opened or deleted`,
);
export const RoundNotOpen = domainError('round_not_open', 409, (status: string) => `This round is ${status}, not open`);
export const ParticipantHasResponded = domainError(
  'participant_has_responded',
  409,
  (count: number) =>
    `${count === 1 ? 'A participant who has' : `${count} participants who have`} answered cannot be removed`,
);
export const NotAParticipant = domainError('not_a_participant', 403, 'You do not take part in this round');
export const RoundAnonymous = domainError(
  'round_anonymous',
  403,
  'This round is anonymous: answers are only shown as results',
);

/** A draft that cannot open yet; `missing` names what it lacks (`questions`, `participants`). */
export class RoundNotReady extends DomainError<{ missing: string[] }> {
  constructor(missing: string[]) {
    super({
      code: 'round_not_ready',
      status: 409,
      message: `The round cannot open without ${missing.join(' and ')}`,
      extensions: { missing },
    });
  }
}
