import type { PasswordFeedback, ProblemError, ScheduleConflict } from '@ambassador/shared';

/** One entry of a problem's `errors`: a form field (`field`) or a line of an uploaded file (`line`, `column`). */
export type FieldError = ProblemError;

export type { PasswordFeedback };

type ApiErrorInit = {
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
  /** Seconds, from Retry-After on 429 answers. */
  retryAfter?: number;
  message?: string;
  /** Every other member is one of the problem's extension members, as the server sent it. */
  readonly [extension: string]: unknown;
};

/** Members of a problem body (or of ApiErrorInit) that are not extensions. */
const OWN_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'errors', 'retryAfter', 'message']);

/** Every failed API call ends up here, so views can match on `code` alone. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** Seconds, from Retry-After on 429 answers. */
  readonly retryAfter: number | undefined;
  /** The problem's extension members, whatever its `code` adds; the fields below read the ones views use. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** With `illegal_transition`: the statuses the record may move to instead. */
  readonly allowed: string[];
  /** With `schedule_conflict`: the sessions that clash with the one being saved. */
  readonly conflicts: ScheduleConflict[];
  /** With `weak_password`: why the password is easy to guess, as keys (`simpleRepeat`, `anotherWord`). */
  readonly feedback: PasswordFeedback | undefined;

  constructor({ status, code, detail, errors, retryAfter, message, ...extensions }: ApiErrorInit) {
    super(message ?? detail ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors ?? [];
    this.retryAfter = retryAfter;
    this.extensions = extensions;
    this.allowed = Array.isArray(extensions.allowed)
      ? extensions.allowed.filter((value): value is string => typeof value === 'string')
      : [];
    this.conflicts = Array.isArray(extensions.conflicts)
      ? extensions.conflicts.map(toConflict).filter((c): c is ScheduleConflict => c !== null)
      : [];
    this.feedback = toFeedback(extensions.feedback);
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
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const problem = body as Record<string, unknown>;
    return new ApiError({
      ...Object.fromEntries(Object.entries(problem).filter(([member]) => !OWN_MEMBERS.has(member))),
      status: response.status,
      code: typeof problem.code === 'string' ? problem.code : codeForStatus(response.status),
      detail: typeof problem.detail === 'string' ? problem.detail : undefined,
      errors: Array.isArray(problem.errors)
        ? problem.errors.map(toFieldError).filter((e): e is FieldError => e !== null)
        : [],
      retryAfter,
    });
  }
  return new ApiError({ status: response.status, code: codeForStatus(response.status), retryAfter });
}
