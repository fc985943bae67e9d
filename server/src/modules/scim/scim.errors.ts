import { domainError } from '../../http/errors.ts';

/** SCIM's `scimType` for each of this module's codes (RFC 7644 §3.12). */
export const SCIM_TYPES: Record<string, string> = {
  invalid_filter: 'invalidFilter',
  invalid_value: 'invalidValue',
  invalid_syntax: 'invalidSyntax',
  invalid_path: 'invalidPath',
  no_target: 'noTarget',
  uniqueness: 'uniqueness',
  mutability: 'mutability',
  too_many: 'tooMany',
  malformed_json: 'invalidSyntax',
  validation_failed: 'invalidValue',
};

export const ScimUnauthorized = domainError('unauthorized', 401, 'A valid SCIM bearer token is required');
export const InvalidFilter = domainError(
  'invalid_filter',
  400,
  (why: string) => `Unsupported filter: ${why}. Supported: userName eq "…", externalId eq "…"`,
);
export const InvalidValue = domainError('invalid_value', 400, (why: string) => why);
export const InvalidSyntax = domainError('invalid_syntax', 400, (why: string) => why);
export const InvalidPath = domainError('invalid_path', 400, (path: string) => `The path "${path}" is not supported`);
export const Uniqueness = domainError(
  'uniqueness',
  409,
  (what: string) => `Another employee of this organisation already has this ${what}`,
);
