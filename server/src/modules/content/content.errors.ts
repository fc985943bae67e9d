import type { ContentImportResult } from '@ambassador/shared';
import { DomainError, domainError } from '../../http/errors.ts';

/** An ambassador changes only pages she owns, and of those only the status and the link. */
export const NotTheOwner = domainError(
  'forbidden',
  403,
  'Only an admin, or the ambassador who owns this page, may do this',
);
export const OwnerMayNotChange = domainError(
  'forbidden',
  403,
  (fields: string) => `The owner of a page may change its status and link only, not ${fields}`,
);

/** Carries the line errors, so the problem+json lists them like a dry run does. */
export class ContentImportInvalid extends DomainError<{ errors: ContentImportResult['errors'] }> {
  constructor(errors: ContentImportResult['errors']) {
    super({
      code: 'import_invalid',
      status: 422,
      message: `The file has ${errors.length} error(s); nothing was imported`,
      extensions: { errors },
    });
  }
}
