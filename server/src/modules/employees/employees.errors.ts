import type { ImportError } from '@ambassador/shared';
import { DomainError, domainError } from '../../http/errors.ts';

export const EmployeeNumberTaken = domainError(
  'employee_number_taken',
  409,
  'Another employee has this employee number',
);

/** Carries the line errors, so the problem+json lists them like a dry run does. */
export class ImportInvalid extends DomainError<{ errors: ImportError[] }> {
  constructor(errors: ImportError[]) {
    super({
      code: 'import_invalid',
      status: 422,
      message: `The file has ${errors.length} error(s); nothing was imported`,
      extensions: { errors },
    });
  }
}
export const SearchRequired = domainError('search_required', 400, 'Search by name: give at least 2 characters in q');
export { FileMissing, MalformedUpload } from '../../http/csv-upload.ts';
