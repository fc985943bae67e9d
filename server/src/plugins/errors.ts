import fp from 'fastify-plugin';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { driverError } from '../db/errors.ts';
import { DomainError, PROBLEM_MEMBERS, type FieldError, type ProblemExtensions } from '../http/errors.ts';

type ProblemInit = {
  status: number;
  code: string;
  title: string;
  detail?: string;
  /** Members beside the standard ones (field errors as `errors`, and whatever else an error carries). */
  extensions?: { readonly [member: string]: unknown };
};

const STANDARD_MEMBERS = new Set<string>(PROBLEM_MEMBERS);

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Codes of errors that mean "the database cannot be reached right now", from pg, PGlite and Node's sockets. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  // drizzle wraps driver errors (DrizzleQueryError), and Node wraps refused connections in AggregateError.
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop() as
      { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown } | undefined;
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, message } = current;
    // SQLSTATE class 08 is connection exceptions; 57P01-57P03 are shutdown/starting up.
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))
    ) {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    pending.push(current.cause, ...(Array.isArray(current.errors) ? current.errors : []));
  }
  return false;
}

/**
 * The database's own refusals of bad input, as a last line behind validation and the services' checks: a reference to
 * a row that is not there (23503), a value of the wrong shape or out of range (class 22), a race on a unique key.
 */
function refusedByDatabase(error: unknown): ProblemInit | undefined {
  const code = driverError(error)?.code;
  if (!code) return undefined;
  if (code === '23503') {
    return {
      status: 422,
      code: 'invalid_reference',
      title: TITLES[422]!,
      detail: 'A referenced record does not exist',
    };
  }
  if (code === '23505') {
    return { status: 409, code: 'conflict', title: TITLES[409]!, detail: 'The record already exists' };
  }
  if (code.startsWith('22')) {
    return { status: 400, code: 'invalid_input', title: TITLES[400]!, detail: 'A value is out of range or malformed' };
  }
  return undefined;
}

export function notFoundProblem(request: FastifyRequest): ProblemInit {
  return {
    status: 404,
    code: 'not_found',
    title: TITLES[404]!,
    detail: `No route ${request.method} ${request.url.split('?')[0]}`,
  };
}

export function sendProblem(reply: FastifyReply, problem: ProblemInit) {
  // Object.fromEntries defines members, so not even a `__proto__` member can reach the body's prototype.
  const extensions = Object.fromEntries(
    Object.entries(problem.extensions ?? {}).filter(
      ([member, value]) => !STANDARD_MEMBERS.has(member) && value !== undefined,
    ),
  );
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: `about:blank`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
      ...extensions,
    });
}

function validationErrors(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>;
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
    const field = [base, extra].filter(Boolean).join('.') || error.validationContext || 'body';
    const code = issue.keyword === 'additionalProperties' ? 'unknown_property' : issue.keyword;
    return { field, code, message: issue.message ?? 'is invalid' };
  });
}

/** One of ours: its code, status and message, and its extensions as they are. */
function domainProblem(error: DomainError<ProblemExtensions>, request: FastifyRequest): ProblemInit {
  if (error.status >= 500 && error.status !== 503) return internalProblem(error, request);
  return {
    status: error.status,
    code: error.code,
    title: TITLES[error.status] ?? 'Error',
    detail: error.message,
    extensions: error.extensions,
  };
}

function internalProblem(error: unknown, request: FastifyRequest): ProblemInit {
  request.log.error({ err: error }, 'unhandled error');
  return { status: 500, code: 'internal_error', title: TITLES[500]!, detail: 'Something went wrong on our side' };
}

export function toProblem(error: FastifyError, request: FastifyRequest): ProblemInit {
  if (error instanceof DomainError) return domainProblem(error, request);
  if (error.validation) {
    return {
      status: 400,
      code: 'validation_failed',
      title: 'Validation failed',
      detail: `The ${error.validationContext ?? 'request'} is invalid`,
      extensions: { errors: validationErrors(error) },
    };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'malformed_json', title: 'Malformed JSON', detail: 'The body is not valid JSON' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return { status: 413, code: 'payload_too_large', title: TITLES[413]!, detail: 'The body is too large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', title: TITLES[415]!, detail: error.message };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'invalid_content_length', title: TITLES[400]!, detail: error.message };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { status: 414, code: 'uri_too_long', title: TITLES[414]!, detail: 'A part of the path is too long' };
    case 'FST_ERR_BAD_URL':
      return { status: 400, code: 'invalid_url', title: TITLES[400]!, detail: 'The path is not a valid URL' };
  }
  if (error.code?.startsWith('FST_JWT_') || error.code === 'FAST_JWT_INVALID_SIGNATURE') {
    return { status: 401, code: 'unauthorized', title: TITLES[401]!, detail: 'The access token is missing or invalid' };
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return { status: 503, code: 'database_unavailable', title: TITLES[503]!, detail: 'The database is unavailable' };
  }
  const refused = refusedByDatabase(error);
  if (refused) {
    // A check the service should have made first: logged as a bug to fix, answered as the client's error it is.
    request.log.error({ err: error }, 'database refused input that validation let through');
    return refused;
  }
  const status = error.statusCode ?? 500;
  // An error made with @fastify/error (a plugin's, say) has an upper-cased code; the API's codes are lower_snake_case.
  // Framework codes (FST_…) are not the API's.
  const code =
    error.code && !error.code.startsWith('FST_') && /^[A-Za-z][A-Za-z0-9_]*$/.test(error.code)
      ? error.code.toLowerCase()
      : undefined;
  if (status >= 500 && !(status === 503 && code)) return internalProblem(error, request);
  if (!code) {
    // A framework 4xx without one of our codes: keep its status, give it a generic stable code.
    return {
      status,
      code: status === 404 ? 'not_found' : 'bad_request',
      title: TITLES[status] ?? 'Error',
      detail: error.message,
    };
  }
  return { status, code, title: TITLES[status] ?? 'Error', detail: error.message };
}

/**
 * Errors the router raises before a route is found (a path parameter past `maxParamLength`, a broken %-escape):
 * without this Fastify answers them as plain JSON.
 */
export const frameworkErrors: FastifyServerOptions['frameworkErrors'] = (error, request, reply) => {
  void sendProblem(reply, toProblem(error, request));
};

/** What Node's HTTP parser refused; it stops at `maxHeaderSize` (16 KiB), which counts the request line too. */
function clientProblem(error: { code?: string; rawPacket?: unknown }): ProblemInit {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, code: 'request_timeout', title: TITLES[408]!, detail: 'The request took too long to arrive' };
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // The chunk the parser choked on: if it starts with the request line and that line never ends (or alone takes
    // half the limit), the URL is what is too long.
    const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.subarray(0, 16 * 1024).toString('latin1') : '';
    const end = packet.indexOf('\r\n');
    const longRequestLine = /^[A-Z]+ \S/.test(packet) && (end === -1 || end > 8 * 1024);
    return longRequestLine
      ? { status: 414, code: 'uri_too_long', title: TITLES[414]!, detail: 'The URL is too long' }
      : {
          status: 431,
          code: 'header_fields_too_large',
          title: TITLES[431]!,
          detail: 'The request headers are too large',
        };
  }
  return { status: 400, code: 'bad_request', title: TITLES[400]!, detail: 'The request is not valid HTTP' };
}

/**
 * Node's `clientError`: the request never became a request, so there is no reply to send through; the answer is
 * written to the socket as problem+json (Fastify's default writes plain JSON), then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  // A reset connection has no one to answer (https://nodejs.org/api/http.html#event-clienterror).
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientProblem(error);
    const body = JSON.stringify({
      type: 'about:blank',
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
    });
    socket.end(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
    );
  } else {
    socket.destroy();
  }
}

/** One global handler: every error leaves as RFC 9457 problem+json with a stable `code`; 5xx details stay in the log. */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      return sendProblem(reply, toProblem(error, request));
    });
  },
  { name: 'errors' },
);
