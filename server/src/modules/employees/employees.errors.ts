import createError from '@fastify/error';

export const EmployeeNumberTaken = createError(
  'employee_number_taken',
  'Another employee has this employee number',
  409,
);
/** Carries the line errors, so the problem+json lists them like a dry run does. */
export class ImportInvalid extends Error {
  readonly code = 'import_invalid';
  readonly statusCode = 422;
  constructor(readonly errors: { line: number; column: string | null; code: string; message: string }[]) {
    super(`The file has ${errors.length} error(s); nothing was imported`);
  }
}
export const SearchRequired = createError('search_required', 'Search by name: give at least 2 characters in q', 400);
