import { domainError } from '../../http/errors.ts';

export const InvalidTimezone = domainError(
  'invalid_timezone',
  400,
  (timezone: string) => `Unknown time zone "${timezone}"`,
);
