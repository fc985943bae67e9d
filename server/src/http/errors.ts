/** Members every problem body has; an error's extensions cannot replace them. */
export const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'code'] as const;

/** What an error adds to its problem body, member by member (`allowed`, `conflicts`, `errors`, …). */
export type ProblemExtensions = { readonly [member: string]: unknown } & {
  readonly [member in (typeof PROBLEM_MEMBERS)[number]]?: never;
};

type NoExtensions = Record<never, never>;

type DomainErrorInit<E extends ProblemExtensions> = {
  /** lower_snake_case, as the API shows it; clients match on it. */
  code: string;
  status: number;
  /** The problem's `detail`. */
  message: string;
  cause?: unknown;
} & (NoExtensions extends E ? { extensions?: E } : { extensions: E });

/**
 * An error a module raises on purpose. The global handler answers it as application/problem+json with its `code`,
 * `status` and message (as `detail`), and every member of `extensions` beside them; it knows no module's members.
 * Modules declare theirs in `<module>.errors.ts`: a subclass when the error carries extensions, `domainError` when not.
 */
export class DomainError<E extends ProblemExtensions = NoExtensions> extends Error {
  readonly code: string;
  readonly status: number;
  readonly extensions: E;

  constructor(init: DomainErrorInit<E>) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.status = init.status;
    this.extensions = init.extensions ?? ({} as E);
  }

  /** Where Fastify and its logger look for the status. */
  get statusCode(): number {
    return this.status;
  }
}

/** `not_found` → `NotFound`: the class name logs show for an error declared with `domainError`. */
const pascalCase = (code: string) =>
  code.replace(/(?:^|_)([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * Declares an error without extensions. A message function takes the constructor's arguments:
 * `const NotFound = domainError('not_found', 404, (what: string) => \`The ${what} was not found\`)`, then
 * `throw new NotFound('layer')`.
 */
export function domainError<Args extends unknown[] = []>(
  code: string,
  status: number,
  message: string | ((...args: Args) => string),
) {
  const Declared = class extends DomainError {
    constructor(...args: Args) {
      super({ code, status, message: typeof message === 'string' ? message : message(...args) });
    }
  };
  Object.defineProperty(Declared, 'name', { value: pascalCase(code) });
  return Declared;
}

/** Errors every module may raise; module-specific ones live in <module>.errors.ts. Match on `code`. */
export const Unauthorized = domainError('unauthorized', 401, 'Authentication is required');
export const Forbidden = domainError('forbidden', 403, 'Your role may not do this');
export const NotFound = domainError('not_found', 404, (what: string) => `The ${what} was not found`);
export const DatabaseUnavailable = domainError('database_unavailable', 503, 'The database is unavailable; try again');
export const RateLimited = domainError(
  'rate_limited',
  429,
  (seconds: string) => `Too many attempts; try again in ${seconds} seconds`,
);

export type FieldError = { field: string; code: string; message: string };

/** A field error found by a service (a reference to another record, say), answered like a schema error. */
export class ValidationFailed extends DomainError<{ errors: FieldError[] }> {
  constructor(errors: FieldError[]) {
    super({ code: 'validation_failed', status: 400, message: 'The request is invalid', extensions: { errors } });
  }
}
