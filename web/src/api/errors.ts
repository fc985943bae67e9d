import type { Problem, ScheduleConflict } from '@ambassador/shared';

/** One entry of a problem's `errors`: a form field (`field`) or a line of an uploaded file (`line`, `column`). */
export type FieldError = NonNullable<Problem['errors']>[number];

export type PasswordFeedback = NonNullable<Problem['feedback']>;

/** Every failed API call ends up here, so views can match on `code` alone. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** Seconds, from Retry-After on 429 answers. */
  readonly retryAfter: number | undefined;
  /** With `illegal_transition`: the statuses the record may move to instead. */
  readonly allowed: string[];
  /** With `schedule_conflict`: the sessions that clash with the one being saved. */
  readonly conflicts: ScheduleConflict[];
  /** With `weak_password`: why the password is easy to guess, as keys (`simpleRepeat`, `anotherWord`). */
  readonly feedback: PasswordFeedback | undefined;

  constructor(init: {
    status: number;
    code: string;
    detail?: string;
    errors?: FieldError[];
    retryAfter?: number;
    allowed?: string[];
    conflicts?: ScheduleConflict[];
    feedback?: PasswordFeedback;
    message?: string;
  }) {
    super(init.message ?? init.detail ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.allowed = init.allowed ?? [];
    this.conflicts = init.conflicts ?? [];
    this.feedback = init.feedback;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** For state that holds "the last error": anything that is not an ApiError (a bug) shows the generic message. */
export function asApiError(value: unknown): ApiError {
  return value instanceof ApiError ? value : new ApiError({ status: 0, code: 'unknown_error', message: String(value) });
}

/** Maps a bare HTTP status to a code for answers that carry no problem body (a proxy's 502, say). */
function codeForStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  return 'unknown_error';
}

function toFieldError(value: unknown): FieldError | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.code !== 'string') return null;
  return {
    code: v.code,
    message: typeof v.message === 'string' ? v.message : '',
    ...(typeof v.field === 'string' ? { field: v.field } : {}),
    ...(typeof v.line === 'number' ? { line: v.line } : {}),
    ...(typeof v.column === 'string' || v.column === null ? { column: v.column } : {}),
  };
}

function toConflict(value: unknown): ScheduleConflict | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const texts = [v.sessionId, v.title, v.startsAt, v.endsAt, v.subject];
  if (!texts.every((text) => typeof text === 'string')) return null;
  if (v.reason !== 'trainer' && v.reason !== 'location') return null;
  return {
    sessionId: v.sessionId as string,
    title: v.title as string,
    startsAt: v.startsAt as string,
    endsAt: v.endsAt as string,
    reason: v.reason,
    subject: v.subject as string,
  };
}

function toFeedback(value: unknown): PasswordFeedback | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  return {
    warning: typeof v.warning === 'string' ? v.warning : null,
    suggestions: Array.isArray(v.suggestions)
      ? v.suggestions.filter((item): item is string => typeof item === 'string')
      : [],
  };
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (typeof body === 'object' && body !== null) {
    const problem = body as Partial<Record<keyof Problem, unknown>>;
    return new ApiError({
      status: response.status,
      code: typeof problem.code === 'string' ? problem.code : codeForStatus(response.status),
      detail: typeof problem.detail === 'string' ? problem.detail : undefined,
      errors: Array.isArray(problem.errors)
        ? problem.errors.map(toFieldError).filter((e): e is FieldError => e !== null)
        : [],
      retryAfter,
      allowed: Array.isArray(problem.allowed)
        ? problem.allowed.filter((value): value is string => typeof value === 'string')
        : [],
      conflicts: Array.isArray(problem.conflicts)
        ? problem.conflicts.map(toConflict).filter((c): c is ScheduleConflict => c !== null)
        : [],
      feedback: toFeedback(problem.feedback),
    });
  }
  return new ApiError({ status: response.status, code: codeForStatus(response.status), retryAfter });
}
