import fc from 'fast-check';

/** A request part's JSON schema as registered (TypeBox output). */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * Known-good values for a field or path param of this name: ids of real records for `employeeId`, `departmentIds` or a
 * route's `:id`, a real user's email for `email`, a live invite token for `token`. Without them most generated
 * requests would stop at "not found" and never reach the code behind it.
 */
export type Samples = (name: string | undefined) => readonly string[];

export const noSamples: Samples = () => [];
/** A generated key to leave out of its object. */
export const ABSENT = Symbol('absent');

export const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
export const codePoints = (value: string) => [...value].length;

export function typeOf(schema: JsonSchema): string | string[] | undefined {
  if (typeof schema.type === 'string' || Array.isArray(schema.type)) return schema.type as string | string[];
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

export const alternatives = (schema: JsonSchema) =>
  (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined) as
    JsonSchema[] | undefined;

/** `employeeIds` → `employeeId`: the name a list's items are sampled by. */
export const singular = (name: string | undefined) => name?.replace(/s$/, '');

export const weighted = <T>(...entries: [fc.Arbitrary<T>, number][]) =>
  fc.oneof(...entries.filter(([, weight]) => weight > 0).map(([arbitrary, weight]) => ({ arbitrary, weight })));

export function stringLengthBounds(schema: JsonSchema) {
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength);
  return { min, max };
}

export function fitsString(schema: JsonSchema, value: string): boolean {
  const { min, max } = stringLengthBounds(schema);
  const length = codePoints(value);
  if (length < min || (max !== undefined && length > max)) return false;
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
  return true;
}

export function numberBounds(schema: JsonSchema, integer: boolean) {
  const step = integer ? 1 : Number.EPSILON;
  const exMin = num(schema.exclusiveMinimum);
  const exMax = num(schema.exclusiveMaximum);
  let min = num(schema.minimum) ?? (exMin !== undefined ? exMin + step : undefined);
  let max = num(schema.maximum) ?? (exMax !== undefined ? exMax - step : undefined);
  if (integer) {
    min = min === undefined ? undefined : Math.ceil(min);
    max = max === undefined ? undefined : Math.floor(max);
  }
  return { min, max };
}

/** How many distinct values a schema allows, where that is small enough to matter for `uniqueItems`. */
export function domainSize(schema: JsonSchema): number {
  if (Array.isArray(schema.enum)) return schema.enum.length;
  if ('const' in schema) return 1;
  const type = typeOf(schema);
  if (type === 'boolean') return 2;
  if (type === 'null') return 1;
  if (type === 'integer') {
    const { min, max } = numberBounds(schema, true);
    if (min !== undefined && max !== undefined) return Math.max(0, max - min + 1);
  }
  const alts = alternatives(schema);
  if (alts) return alts.reduce((sum, alt) => sum + domainSize(alt), 0);
  return Infinity;
}
