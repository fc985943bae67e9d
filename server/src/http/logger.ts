import type { FastifyServerOptions } from 'fastify';
import type { LogFn, LoggerOptions } from 'pino';
import {
  CENSOR,
  type ErrorLike,
  errorForLog,
  isErrorLike,
  maskLogLine,
  redactUrl,
  redactUrlsIn,
  safeErrorMessage,
} from './log-redaction.ts';

type LoggedRequest = {
  method?: string;
  url?: string;
  ip?: string;
  host?: string;
  params?: unknown;
  routeOptions?: { url?: string };
  socket?: { remoteAddress?: string; remotePort?: number };
};

/** The `req` serializer: no headers at all (so no authorization or cookie), and a URL without values. */
export function requestForLog(request: LoggedRequest) {
  return {
    method: request.method,
    url: typeof request.url === 'string' ? redactUrl(request.url, request.params) : undefined,
    route: request.routeOptions?.url,
    host: request.host,
    remoteAddress: request.ip ?? request.socket?.remoteAddress,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * Messages are plain strings, out of the serializers' reach: an error's message (pino uses it when a call gives
 * none, Fastify passes it explicitly) is replaced by its value-free version, and URLs lose their query values.
 */
function logMethod(this: unknown, args: Parameters<LogFn>, method: LogFn) {
  const input = args as unknown[];
  const error = errorIn(input[0]);
  const output = input.map((arg) => {
    if (typeof arg !== 'string') return arg;
    return error && arg === error.message ? safeErrorMessage(error) : redactUrlsIn(arg);
  });
  if (error && output.length === 1) output.push(safeErrorMessage(error));
  return method.apply(this, output as Parameters<LogFn>);
}

/** The error a log call is about: `log.error(error)` or `log.error({ err: error }, …)`. */
function errorIn(first: unknown): ErrorLike | undefined {
  if (isErrorLike(first)) return first;
  const err = typeof first === 'object' && first !== null ? (first as { err?: unknown }).err : undefined;
  return isErrorLike(err) ? err : undefined;
}

// Keys that hold secrets, personal data or a query's values wherever a log call puts them, one level deep; deeper
// ones are left to maskLogLine, which sees the whole line.
const REDACTED_KEYS = [
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'email',
  'authorization',
  'cookie',
  'params',
];

/**
 * pino options for the app and for the start-up logger. In order: `logMethod` cleans message strings, the
 * serializers shape `err` and `req`, `redact` blanks known keys, and `streamWrite` masks what is left on the line.
 */

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  const options: LoggerOptions = {
    level,
    serializers: { err: errorForLog, error: errorForLog, req: requestForLog },
    redact: {
      paths: [
        ...REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]),
        '*.headers.authorization',
        '*.headers.cookie',
        '*.headers["set-cookie"]',
      ],
      censor: CENSOR,
    },
    hooks: { logMethod, streamWrite: maskLogLine },
  };
  return options as FastifyServerOptions['logger'];
}
