import { domainError } from '../../../http/errors.ts';

export const ActiveAmbassador = domainError(
  'active_ambassador',
  409,
  'She is an active ambassador: pause or end her ambassadorship before erasing her personal data',
);
