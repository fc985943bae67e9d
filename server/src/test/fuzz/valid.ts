import fc from 'fast-check';
import {
  ABSENT,
  alternatives,
  codePoints,
  domainSize,
  fitsString,
  noSamples,
  num,
  numberBounds,
  singular,
  stringLengthBounds,
  typeOf,
  weighted,
  type JsonSchema,
  type Samples,
} from './schema.ts';

/**
 * Valid values: what the schema accepts, including its odd corners (any unicode, any finite double), leaning towards
 * what gets past the rules behind the schema too (real record ids, dates near each other and in order).
 */

/** The `email` format as the server's validator (ajv-formats, full mode) checks it. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const NEAR = Date.parse('2031-03-03T06:00:00Z');
const DAY = 24 * 3600 * 1000;
const QUARTER = 15 * 60 * 1000;
const anyDate = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('2100-12-31T00:00:00Z'),
  noInvalidDate: true,
});

function validFormat(format: string, schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<string> {
  const known = samples(name);
  switch (format) {
    case 'uuid':
      return known.length > 0 ? weighted([fc.constantFrom(...known), 3], [fc.uuid(), 1]) : fc.uuid();
    case 'date':
      return weighted(
        [fc.integer({ min: 0, max: 90 }).map((n) => new Date(NEAR + n * DAY).toISOString().slice(0, 10)), 4],
        [anyDate.map((d) => d.toISOString().slice(0, 10)), 1],
      );
    case 'date-time':
      // Mostly within two days in the future, on the quarter-hour: two of them in one body (a start and an end)
      // are then often less than a day apart, as the rules behind the schema want.
      return fc
        .tuple(
          weighted([fc.integer({ min: 0, max: 2 * 96 }).map((n) => new Date(NEAR + n * QUARTER)), 4], [anyDate, 1]),
          fc.constantFrom('Z', 'Z', '.000Z', '+00:00', '+02:00', '-05:30', '.5+01:00'),
        )
        .map(([d, zone]) => `${d.toISOString().slice(0, 19)}${zone}`);
    case 'email':
      return weighted(
        [fc.emailAddress().filter((e) => fitsString(schema, e) && EMAIL.test(e)), 2],
        [fc.constantFrom(...(known.length > 0 ? known : ['someone@example.test'])), 2],
      );
    case 'uri':
      return fc.webUrl().filter((u) => fitsString(schema, u));
    default:
      return fc.string();
  }
}

function validString(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<string> {
  const { min, max } = stringLengthBounds(schema);
  const known = samples(name).filter((v) => fitsString(schema, v));
  let base: fc.Arbitrary<string>;
  if (typeof schema.format === 'string') {
    base = validFormat(schema.format, schema, samples, name);
  } else if (typeof schema.pattern === 'string') {
    base = fc.stringMatching(new RegExp(schema.pattern)).filter((v) => fitsString(schema, v));
  } else {
    const upper = Math.min(max ?? min + 40, min + 40);
    const cut = (v: string) => (max !== undefined && codePoints(v) > max ? [...v].slice(0, max).join('') : v);
    base = weighted(
      [fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: upper }), 4],
      [fc.string({ unit: 'grapheme', minLength: min, maxLength: upper }).map(cut), 2],
      [fc.string({ unit: 'binary', minLength: min, maxLength: upper }).map(cut), 1],
    ).filter((v) => fitsString(schema, v));
  }
  return known.length > 0 && schema.format !== 'uuid' ? weighted([fc.constantFrom(...known), 2], [base, 3]) : base;
}

function validNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const { min, max } = numberBounds(schema, integer);
  if (!integer) {
    return fc.double({
      min: min ?? -Number.MAX_VALUE,
      max: max ?? Number.MAX_VALUE,
      noNaN: true,
      noDefaultInfinity: true,
      minExcluded: schema.exclusiveMinimum !== undefined && schema.minimum === undefined,
      maxExcluded: schema.exclusiveMaximum !== undefined && schema.maximum === undefined,
    });
  }
  const lo = min ?? Number.MIN_SAFE_INTEGER;
  const hi = max ?? Number.MAX_SAFE_INTEGER;
  const small = fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) });
  if (lo >= -(2 ** 31) && hi <= 2 ** 31 - 1) return small;
  return weighted([small, 3], [fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number), 1]);
}

function validArray(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<unknown[]> {
  const itemSchema = (schema.items as JsonSchema | undefined) ?? {};
  const items = valid(itemSchema, samples, singular(name));
  const minLength = num(schema.minItems) ?? 0;
  const maxLength = Math.min(num(schema.maxItems) ?? minLength + 5, minLength + 5, domainSize(itemSchema));
  return schema.uniqueItems
    ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
    : fc.array(items, { minLength, maxLength });
}

/** An object of the given properties: required keys always present, optional ones sometimes. */
export function objectOf(
  schema: JsonSchema,
  valueOf: (property: JsonSchema, key: string) => fc.Arbitrary<unknown>,
  dropRequired: number,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) {
    const absentWeight = required.has(key) ? dropRequired : 10;
    model[key] = weighted<unknown>([fc.constant(ABSENT), absentWeight], [valueOf(property, key), 20 - absentWeight]);
  }
  const minProperties = num(schema.minProperties) ?? 0;
  const dated = Object.entries(properties)
    .filter(([, property]) => isDateSchema(property))
    .map(([key]) => key);
  return fc
    .record(model)
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ABSENT)))
    .map((object) => (dated.length > 1 ? inDateOrder(object, dated) : object))
    .filter((o) => Object.keys(o).length >= minProperties || dropRequired > 0);
}

/** A `date` or `date-time` string, or one of them or null. */
function isDateSchema(schema: JsonSchema): boolean {
  if (schema.format === 'date' || schema.format === 'date-time') return true;
  return alternatives(schema)?.some(isDateSchema) ?? false;
}

/**
 * The date fields of an object, ascending in the order the schema declares them (`startsAt` before `endsAt`, `from`
 * before `to`, `startDate` before `endDate`): a valid request in every other respect then gets past the rule that
 * the end comes after the start, which random dates fail half the time.
 */
function inDateOrder(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const present = keys.filter((key) => typeof object[key] === 'string' && !Number.isNaN(Date.parse(object[key])));
  const sorted = present.map((key) => object[key] as string).sort((a, b) => Date.parse(a) - Date.parse(b));
  const result = { ...object };
  present.forEach((key, i) => (result[key] = sorted[i]));
  return result;
}

export function valid(schema: JsonSchema, samples: Samples = noSamples, name?: string): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alts = alternatives(schema);
  if (alts) return fc.oneof(...alts.map((alt) => valid(alt, samples, name)));
  const type = typeOf(schema);
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => valid({ ...schema, type: t }, samples, name)));
  switch (type) {
    case 'string':
      return validString(schema, samples, name);
    case 'integer':
      return validNumber(schema, true);
    case 'number':
      return validNumber(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return validArray(schema, samples, name);
    case 'object':
      if (schema.patternProperties && !schema.properties) return validRecord(schema, samples);
      return objectOf(schema, (property, key) => valid(property, samples, key), 0);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A `Type.Record`: a few keys that match its key pattern, each with a valid value. */
function validRecord(schema: JsonSchema, samples: Samples): fc.Arbitrary<Record<string, unknown>> {
  const [pattern, value] = Object.entries(schema.patternProperties as Record<string, JsonSchema>)[0]!;
  const matches = new RegExp(pattern, 'u');
  const minKeys = num(schema.minProperties) ?? 0;
  const maxKeys = Math.max(minKeys, Math.min(num(schema.maxProperties) ?? 3, 3));
  const keys = weighted<string>(
    [fc.constantFrom('A', 'B', 'x', 'Gemak'), 1],
    [fc.string({ minLength: 1, maxLength: 12 }).filter((key) => matches.test(key)), 1],
  );
  return fc.dictionary(keys, valid(value, samples), { minKeys, maxKeys, noNullPrototype: true });
}
