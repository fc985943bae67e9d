import { DomainError, type FieldError } from '../../../http/errors.ts';

/**
 * A start in the past is almost always a typo (wrong year, wrong month); recording a session that already happened
 * says so with `recordsPast: true`.
 */
export class SessionInPast extends DomainError<{ errors: FieldError[] }> {
  constructor() {
    const message = 'startsAt is in the past; send recordsPast: true to record a session that already happened';
    super({
      code: 'session_in_past',
      status: 422,
      message,
      extensions: { errors: [{ field: 'startsAt', code: 'session_in_past', message }] },
    });
  }
}
