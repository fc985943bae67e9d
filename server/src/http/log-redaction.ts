import { driverError } from '../db/errors.ts';

/** What a redacted value is replaced with, everywhere in the log. */
export const CENSOR = '[redacted]';

const SECRETS: readonly [RegExp, string][] = [
  [/\$argon2(?:id|i|d)\$[A-Za-z0-9+/=$,.-]+/g, '[password hash]'],
  [/\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}/g, '[password hash]'],
  // A JWT's header is base64url JSON, so it always starts with `eyJ` (`{"`).
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,2}/g, '[jwt]'],
  [/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[email]'],
  // Refresh, invitation and calendar tokens: 32 random bytes as base64url. Requiring a digit, a lower- and an
  // upper-case letter keeps long identifiers (constraint names, paths) out, and misses a real token ~1 in 1,400.
  [
    /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{0,42}\d)(?=[A-Za-z0-9_-]{0,42}[a-z])(?=[A-Za-z0-9_-]{0,42}[A-Z])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    '[token]',
  ],
];
/** Cheap test for "this line may hold something to mask", so most lines are written untouched. */
const SUSPECT = /@|\$argon2|\$2[abxy]?\$|eyJ|[A-Za-z0-9_-]{43}/;

/** E-mail addresses, password hashes and tokens in a piece of text, masked. */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of SECRETS) masked = masked.replace(pattern, replacement);
  return masked;
}

function maskValues(value: unknown): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (Array.isArray(value)) return value.map(maskValues);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [maskSecrets(key), maskValues(inner)]));
}

/**
 * The last line of defence (pino's `streamWrite` hook): whatever a log call carried, e-mail addresses, password
 * hashes and tokens in the serialised line are masked. The line is parsed so the patterns see the strings as they
 * are, not their JSON escapes, and the result is always valid JSON.
 */
export function maskLogLine(line: string): string {
  if (!SUSPECT.test(line)) return line;
  try {
    const newline = line.endsWith('\n') ? '\n' : '';
    return JSON.stringify(maskValues(JSON.parse(line))) + newline;
  } catch {
    return maskSecrets(line);
  }
}

/** `a=1&b=x@y` → `a=[redacted]&b=[redacted]`: which parameters were sent is worth logging, their values are not. */
export function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1 || eq === pair.length - 1 ? pair : `${pair.slice(0, eq + 1)}${CENSOR}`;
    })
    .join('&');
}

const ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A request's path and query as they may be logged: query values redacted, and route parameters that are not
 * ids (an invitation token in `/auth/invites/:token`, a feed token in `/calendar/:token.ics`) replaced.
 */
export function redactUrl(url: string, params?: unknown): string {
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  const secrets =
    params && typeof params === 'object'
      ? Object.values(params).filter((value): value is string => typeof value === 'string' && !ID.test(value))
      : [];
  const safePath =
    secrets.length === 0
      ? path
      : path
          .split('/')
          .map((segment) => {
            const plain = decoded(segment);
            const secret = secrets.find((value) => value !== '' && (plain === value || plain.startsWith(`${value}.`)));
            return secret === undefined ? segment : `${CENSOR}${plain.slice(secret.length)}`;
          })
          .join('/');
  return mark === -1 ? safePath : `${safePath}?${redactQuery(url.slice(mark + 1))}`;
}

/** URLs inside free text (framework messages such as "Route GET:/x?q=… not found") lose their query values. */
export function redactUrlsIn(text: string): string {
  return text.replace(/(\/[^\s?#"']*)\?([^\s#"']+)/g, (_whole, path: string, query: string) => {
    return `${path}?${redactQuery(query)}`;
  });
}

export type ErrorLike = Error & Record<string, unknown>;

export function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Fields of driver errors that name schema objects, never row values. */
const IDENTIFIERS = ['constraint', 'table', 'column', 'schema', 'dataType'] as const;
/**
 * The only fields copied from an error: an allow-list, so `params`, pg's `detail` ("Key (email)=(…) already
 * exists", "Failing row contains (…)"), `where`, `internalQuery` and whatever a library adds later stay out.
 */
const KEPT = ['code', 'statusCode', ...IDENTIFIERS, 'severity', 'routine', 'errno', 'syscall', 'address', 'port'];

/**
 * drizzle's DrizzleQueryError: `Failed query: <sql>\nparams: <values>`, with the values also on `params`. (PGlite's
 * own errors carry `query` and `params` too, so the message is what tells them apart.)
 */
function isFailedQuery(error: ErrorLike): error is ErrorLike & { query: string } {
  return typeof error.query === 'string' && error.message.startsWith('Failed query:');
}

/** SQL as drizzle sent it uses placeholders; literals written into it (`sql.raw`, defaults) are masked anyway. */
function maskSqlLiterals(query: string): string {
  return query.replace(/'(?:[^']|'')*'/g, "'?'");
}

/**
 * PostgreSQL quotes both names and values in its messages (`violates unique constraint "users_email_key"`,
 * `invalid input syntax for type uuid: "…"`): a quoted part is kept only when the error names it as a schema object.
 */
function maskDatabaseMessage(message: string, error: ErrorLike): string {
  const names = new Set(IDENTIFIERS.map((key) => error[key]).filter((value) => typeof value === 'string'));
  return message.replace(/"((?:[^"]|"")*)"/g, (whole, inner: string) => (names.has(inner) ? whole : `"${CENSOR}"`));
}

function typeOf(error: ErrorLike): string {
  // pg and PGlite name a server error after its protocol message, "error", and PGlite's class name is minified.
  if (error.name === 'error' && typeof error.code === 'string' && SQLSTATE.test(error.code)) return 'DatabaseError';
  const constructor = (error as { constructor?: unknown }).constructor;
  return typeof constructor === 'function' && constructor.name ? constructor.name : String(error.name);
}

export type LoggedError = { type: string; message: string; stack?: string; [field: string]: unknown };

/** The `err` serializer: class, code, SQLSTATE, constraint and stack frames, none of the values a query carried. */
export function errorForLog(error: unknown, depth = 0): unknown {
  if (!isErrorLike(error)) return typeof error === 'string' ? maskSecrets(error) : error;
  const type = typeOf(error);
  const message = safeErrorMessage(error);
  const logged: LoggedError = { type, message };
  for (const key of KEPT) {
    const value = error[key];
    if (typeof value === 'string' || typeof value === 'number') logged[key] = value;
  }
  if (isFailedQuery(error)) logged.query = maskSqlLiterals(error.query);
  // A wrapper such as DrizzleQueryError has no SQLSTATE of its own: lift the driver's, so one field answers it.
  const driver = logged.code === undefined ? driverError(error) : undefined;
  if (driver) {
    logged.code = driver.code;
    if (driver.constraint) logged.constraint = driver.constraint;
  }
  // The stack's first line repeats the raw message (drizzle's includes the params): keep only the frames.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  logged.stack = [`${type}: ${message}`, ...frames].join('\n');
  if (depth < 5 && isErrorLike(error.cause)) logged.cause = errorForLog(error.cause, depth + 1);
  // AggregateError (a refused connection tried over IPv4 and IPv6); our own `errors` are field lists, not Errors.
  const inner = Array.isArray(error.errors) ? error.errors.filter((item) => item instanceof Error) : [];
  if (depth < 5 && inner.length > 0) logged.aggregateErrors = inner.map((item) => errorForLog(item, depth + 1));
  return logged;
}

/** An error's message without the values it may carry; used for `err` and for a log line's `msg`. */
export function safeErrorMessage(error: ErrorLike): string {
  if (isFailedQuery(error)) return 'Failed query';
  const code = error.code;
  if (typeof code === 'string' && SQLSTATE.test(code)) return maskDatabaseMessage(error.message, error);
  return maskSecrets(redactUrlsIn(error.message));
}
