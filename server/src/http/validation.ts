import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { isDate, isDateTime, isHttpUrl, isUuid } from './formats.ts';

/**
 * Request validation that means what it says. Bodies are JSON, so their numbers are never coerced from strings
 * (Ajv turned "Infinity" into Infinity, past every `maximum`); query strings and path params are text on the wire and
 * are coerced, but only to finite numbers. No string anywhere may carry control characters other than tab and line
 * breaks, or lone surrogates: PostgreSQL refuses NUL, and single-line fields forbid line breaks by their own pattern.
 */

/** At most this many errors are listed in an answer, however many a body has (60,000 unknown keys, say). */
export const MAX_LISTED_ERRORS = 20;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;

function createAjv(coerceTypes: boolean | 'array') {
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    // Unknown properties are refused (additionalProperties: false), never silently dropped.
    removeAdditional: false,
    allErrors: true,
    strictNumbers: true,
    addUsedSchema: false,
  });
  addFormats(ajv);
  ajv.addFormat('uuid', { type: 'string', validate: isUuid });
  ajv.addFormat('date', { type: 'string', validate: isDate });
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('uri', { type: 'string', validate: isHttpUrl });
  return ajv;
}

type Found = { path: string; problem: 'control_character' | 'not_finite' };

/** The first string with a forbidden character or non-finite number in a validated value, depth-first. */
function findForbidden(value: unknown, path: string, depth = 0): Found | undefined {
  if (typeof value === 'string') {
    return FORBIDDEN_CHARACTERS.test(value) ? { path, problem: 'control_character' } : undefined;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, problem: 'not_finite' };
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN_CHARACTERS.test(key)) return { path: `${path}/${key}`, problem: 'control_character' };
    const found = findForbidden(item, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function forbiddenError(found: Found): ErrorObject {
  return {
    instancePath: found.path,
    schemaPath: '#',
    keyword: found.problem,
    params: {},
    message: found.problem === 'control_character' ? 'must not contain control characters' : 'must be a finite number',
  };
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

function checked(validate: Validate): Validate {
  const wrapped: Validate = (data) => {
    if (!validate(data)) {
      wrapped.errors = validate.errors?.slice(0, MAX_LISTED_ERRORS) ?? null;
      return false;
    }
    const found = findForbidden(data, '');
    wrapped.errors = found ? [forbiddenError(found)] : null;
    return !found;
  };
  return wrapped;
}

/** Fastify's validator compiler: one Ajv for JSON bodies, one for the text of query strings, params and headers. */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const body = createAjv(false);
  const text = createAjv('array');
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? body : text).compile(schema as object);
    return httpPart === 'headers' ? validate : checked(validate);
  };
}
