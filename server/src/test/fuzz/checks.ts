import type { ApiRoute } from '../../plugins/auth.ts';
import type { LoggedError, TableDigest } from './fuzz-server.ts';
import type { Answer, WireRequest } from './harness.ts';

/**
 * What every answer to a generated request must satisfy: no 5xx, no silence; a refusal (4xx) is
 * application/problem+json (SCIM's routes: application/scim+json, whose `status` is a string) with a string `code`
 * and the same `status`, and changed nothing in the database.
 */

/**
 * Routes whose refusals write on purpose, and the tables they may write ('any': the check is skipped): a reused
 * refresh token revokes its whole family before the 401 (theft detection), and a failed login of a known account is
 * written to the audit log.
 */
export const WRITES_ON_REFUSAL: Record<string, readonly string[] | 'any'> = {
  'POST /api/v1/auth/refresh': 'any',
  'POST /api/v1/auth/login': ['audit_events'],
};

export type Failure = { reason: string; detail?: string };

export function changedTables(before: TableDigest[], after: TableDigest[]): string[] {
  const earlier = new Map(before.map((row) => [row.t, row]));
  return after
    .filter((row) => {
      const was = earlier.get(row.t);
      return !was || was.n !== row.n || was.h !== row.h;
    })
    .map((row) => `${row.t} (${earlier.get(row.t)?.n ?? 0} → ${row.n} rows)`);
}

export function judge(
  route: ApiRoute,
  answer: Answer,
  digests?: { before: TableDigest[]; after: TableDigest[] },
): Failure | undefined {
  if (answer.timedOut) return { reason: `no answer within ${answer.ms} ms` };
  if (answer.error || answer.status === undefined) return { reason: `no answer: ${answer.error ?? 'unknown'}` };
  const status = answer.status;
  if (status >= 500) return { reason: `answered ${status}` };
  if (status < 400) return undefined;
  const contentType = String(answer.headers?.['content-type'] ?? '');
  // What the router refuses before a route is found (a path too long, a broken escape) is problem+json everywhere.
  const errorTypes = ['application/problem+json', ...(route.access === 'scim' ? ['application/scim+json'] : [])];
  if (!errorTypes.some((type) => contentType.startsWith(type)))
    return { reason: `${status} is not ${errorTypes.join(' or ')}`, detail: `content-type: ${contentType || 'none'}` };
  let problem: { code?: unknown; status?: unknown };
  try {
    problem = JSON.parse(answer.text ?? '') as typeof problem;
  } catch {
    return { reason: `${status} problem+json is not JSON` };
  }
  if (typeof problem?.code !== 'string') return { reason: `${status} problem without a string code` };
  if (problem.status !== undefined && Number(problem.status) !== status)
    return { reason: `${status} problem says status ${String(problem.status)}` };
  const mayWrite = WRITES_ON_REFUSAL[`${route.method} ${route.url}`] ?? [];
  if (digests && mayWrite !== 'any') {
    const others = (digest: TableDigest[]) => digest.filter((row) => !mayWrite.includes(row.t));
    const changed = changedTables(others(digests.before), others(digests.after));
    if (changed.length > 0)
      return { reason: `${status} ${problem.code} refused the request but wrote`, detail: changed.join(', ') };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Failure messages: the request and the answer, shortened to what a person reads.

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text;

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- making control characters visible is the point
  /[\u0000-\u001f\u007f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters and lone surrogates made visible, so a NUL in a failing input can be seen and copied. */
const visible = (text: string) =>
  text.replace(INVISIBLE, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

export function describeRequest(request: WireRequest, tokens: Record<string, string>): string {
  const roleOf = Object.fromEntries(Object.entries(tokens).map(([role, token]) => [`Bearer ${token}`, role]));
  const headers = Object.entries(request.headers)
    .filter(([name]) => name !== 'x-forwarded-for')
    .map(
      ([name, value]) =>
        `${name}: ${name === 'authorization' ? `Bearer <${roleOf[value] ?? 'token'}>` : clip(value, 200)}`,
    );
  return [
    `${request.method} ${clip(request.path, 600)}`,
    ...headers,
    ...(request.body === undefined ? [] : [`body: ${clip(visible(request.body), 1500)}`]),
  ].join('\n    ');
}

export function describeAnswer(answer: Answer, errors: LoggedError[]): string {
  if (answer.status === undefined) return answer.timedOut ? `(none after ${answer.ms} ms)` : `(none: ${answer.error})`;
  const lines = [
    `${answer.status} ${String(answer.headers?.['content-type'] ?? '')} in ${answer.ms} ms`,
    `body: ${clip(visible(answer.text ?? ''), 800)}`,
    ...errors.map(
      (e) =>
        `server log: ${[e.msg, e.type, e.code, e.message, e.cause && `cause: ${e.cause}`].filter(Boolean).join(' | ')}`,
    ),
  ];
  return lines.join('\n    ');
}

/** Groups failures of the same kind (same status, code and server error, ids and numbers aside). */
export function signature(failure: Failure, answer: Answer, errors: LoggedError[]): string {
  let code = '';
  try {
    code = String((JSON.parse(answer.text ?? '') as { code?: unknown }).code ?? '');
  } catch {
    // Not JSON: the reason says so.
  }
  const cause = errors[0] ? `${errors[0].cause ?? errors[0].message ?? errors[0].msg ?? ''}` : '';
  const normalised = cause
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/"[^"]*"|'[^']*'/g, '<v>')
    .replace(/\d+/g, 'N')
    .slice(0, 120);
  return [failure.reason, code, normalised].filter(Boolean).join(' | ');
}

type Recorded = { signature: string; count: number; example: string };

/** The distinct failures of one route's batch, with one example each. */
export class FailureLog {
  private readonly bySignature = new Map<string, Recorded>();

  constructor(
    private readonly route: ApiRoute,
    /** FUZZ_SEED and FUZZ_RUNS, and the seed of this route's requests derived from FUZZ_SEED. */
    private readonly run: { seed: number; runs: number; routeSeed: number },
  ) {}

  add(signatureText: string, example: string): void {
    const known = this.bySignature.get(signatureText);
    if (known) known.count += 1;
    else this.bySignature.set(signatureText, { signature: signatureText, count: 1, example });
  }

  get size(): number {
    return this.bySignature.size;
  }

  report(): string {
    const entries = [...this.bySignature.values()];
    return [
      `${this.route.method} ${this.route.url}: ${entries.length} kind(s) of failure ` +
        `(fast-check seed ${this.run.routeSeed}; the same requests again: FUZZ_SEED=${this.run.seed} ` +
        `FUZZ_RUNS=${this.run.runs} npx vitest run --project server src/test/fuzz/routes.fuzz.test.ts ` +
        `-t '${this.route.method} ${this.route.url}$')`,
      ...entries.map((e, i) => `\n${i + 1}. ${e.signature}  ×${e.count}\n  ${e.example}`),
    ].join('\n');
  }
}
