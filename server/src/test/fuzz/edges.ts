import fc from 'fast-check';
import * as H from './hostile.ts';
import { raw } from './json-text.ts';
import {
  alternatives,
  domainSize,
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
import { objectOf, valid } from './valid.ts';

// ---------------------------------------------------------------------------------------------------------------
// Boundary values: at and one past every bound the schema states.

const FILLERS = ['a', 'é', 'e\u0301', '😀', ' ', '0'];

function boundaryString(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<unknown> {
  const known = samples(name);
  switch (schema.format) {
    case 'uuid':
      return fc.constantFrom(...H.hostileUuids(known).slice(0, 4), '00000000-0000-0000-0000-000000000000');
    case 'date':
      return fc.constantFrom(...H.hostileDates.slice(0, 6));
    case 'date-time':
      return fc.constantFrom(...H.hostileDateTimes.slice(0, 12));
    case 'email':
      return fc.constantFrom(...H.hostileEmails.slice(0, 8));
    case 'uri':
      return fc.constantFrom(...H.hostileUris.slice(0, 8));
  }
  const { min, max } = stringLengthBounds(schema);
  const lengths = [...new Set([min, min - 1, max ?? 1000, (max ?? 1000) + 1, 0])].filter((n) => n >= 0);
  // Exactly `length` code points, whatever the filler (a combining pair counts two).
  return fc
    .tuple(fc.constantFrom(...lengths), fc.constantFrom(...FILLERS))
    .map(([length, filler]) => [...filler.repeat(length)].slice(0, length).join(''));
}

function boundaryNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const { min, max } = numberBounds(schema, integer);
  const values: unknown[] = [0, -1, 1, -0];
  if (min !== undefined) values.push(min, min - 1, min - 0.5, String(min - 1));
  if (max !== undefined) values.push(max, max + 1, max + 0.5, String(max + 1));
  if (min === undefined) values.push(Number.MIN_SAFE_INTEGER, -(2 ** 31) - 1, raw('-9223372036854775809'));
  if (max === undefined) values.push(Number.MAX_SAFE_INTEGER, 2 ** 31, raw('9223372036854775808'), 1e19);
  return fc.constantFrom(...values);
}

function boundaryArray(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<unknown> {
  const itemSchema = (schema.items as JsonSchema | undefined) ?? {};
  const items = valid(itemSchema, samples, singular(name));
  const min = num(schema.minItems) ?? 0;
  const max = num(schema.maxItems);
  const lengths = [...new Set([0, min, min - 1, max ?? 500, (max ?? 500) + 1])].filter((n) => n >= 0);
  if (!schema.uniqueItems)
    return fc.constantFrom(...lengths).chain((n) => fc.array(items, { minLength: n, maxLength: n }));
  // Distinct items, so that a list of exactly maxItems is valid: random ids rather than the few known ones, and no
  // more items than an enum has values.
  const distinct = domainSize(itemSchema);
  const many = valid(itemSchema, noSamples);
  const sized = fc
    .constantFrom(...lengths.map((n) => Math.min(n, distinct)))
    .chain((n) => fc.uniqueArray(many, { minLength: n, maxLength: n, selector: (v) => JSON.stringify(v) }));
  const duplicated = items.map((item) => [item, item]);
  return weighted([sized, 3], [duplicated, 1]);
}

export function boundary(schema: JsonSchema, samples: Samples = noSamples, name?: string): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum) || 'const' in schema) {
    const values = (Array.isArray(schema.enum) ? schema.enum : [schema.const]) as unknown[];
    const strings = values.filter((v): v is string => typeof v === 'string');
    return fc.constantFrom(
      ...values,
      ...strings.flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v} `, `${v}\u0000`]),
      '',
      values.join(','),
    );
  }
  const alts = alternatives(schema);
  if (alts) return fc.oneof(...alts.map((alt) => boundary(alt, samples, name)));
  const type = typeOf(schema);
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => boundary({ ...schema, type: t }, samples, name)));
  switch (type) {
    case 'string':
      return boundaryString(schema, samples, name);
    case 'integer':
      return boundaryNumber(schema, true);
    case 'number':
      return boundaryNumber(schema, false);
    case 'boolean':
      return fc.constantFrom('true', 'false', 0, 1, '0', '1');
    case 'null':
      return fc.constantFrom('null', '', 0);
    case 'array':
      return boundaryArray(schema, samples, name);
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const onlyRequired = fc.record(
        Object.fromEntries(required.filter((k) => properties[k]).map((k) => [k, valid(properties[k]!, samples, k)])),
      );
      const everything = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, p]) => [k, valid(p, samples, k)])),
      );
      return fc.oneof(fc.constant({}), onlyRequired, everything);
    }
    default:
      return fc.constantFrom(...H.hostileStructures.slice(0, 6));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile values: the wrong type, absurd sizes, injection strings, format near misses.

export const generic = fc.constantFrom(...H.hostileStructures);
export const anyHostileString = fc.constantFrom(...H.hostileStrings);

function hostileString(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<unknown> {
  const byFormat: Record<string, readonly string[]> = {
    uuid: H.hostileUuids(samples(name)),
    date: H.hostileDates,
    'date-time': H.hostileDateTimes,
    email: H.hostileEmails,
    uri: H.hostileUris,
  };
  const formatValues = typeof schema.format === 'string' ? byFormat[schema.format] : undefined;
  return weighted<unknown>(
    [anyHostileString, 4],
    [fc.constantFrom(...(formatValues ?? H.hostileStrings)), formatValues ? 4 : 0],
    [fc.constantFrom(...H.hostileNumbers), 1],
    [anyHostileString.map((s) => [s]), 1],
    [generic, 1],
  );
}

function hostileArray(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<unknown> {
  const itemSchema = (schema.items as JsonSchema | undefined) ?? {};
  const item = valid(itemSchema, samples, singular(name));
  return weighted<unknown>(
    [fc.array(hostile(itemSchema, samples, singular(name)), { minLength: 1, maxLength: 3 }), 3],
    [fc.array(item, { minLength: 500, maxLength: 500 }), 1],
    [item, 1],
    [anyHostileString, 1],
    [generic, 2],
  );
}

function hostileObject(schema: JsonSchema, samples: Samples): fc.Arbitrary<unknown> {
  const extra = fc.constantFrom(...H.extraKeys);
  return weighted<unknown>(
    [
      fc
        .tuple(
          objectOf(schema, (p, k) => valid(p, samples, k), 0),
          extra,
        )
        .map(([o, [key, value]]) => Object.fromEntries([...Object.entries(o), [key, value]])),
      3,
    ],
    [objectOf(schema, (p, k) => valid(p, samples, k), 20), 1],
    [anyHostileString, 1],
    [fc.constantFrom(...H.hostileNumbers), 1],
    [generic, 2],
  );
}

export function hostile(schema: JsonSchema, samples: Samples = noSamples, name?: string): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum) || 'const' in schema) return weighted<unknown>([anyHostileString, 3], [generic, 1]);
  const alts = alternatives(schema);
  if (alts) return fc.oneof(...alts.map((alt) => hostile(alt, samples, name)));
  const type = typeOf(schema);
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => hostile({ ...schema, type: t }, samples, name)));
  switch (type) {
    case 'string':
      return hostileString(schema, samples, name);
    case 'integer':
    case 'number':
      return weighted<unknown>([fc.constantFrom(...H.hostileNumbers), 5], [anyHostileString, 1]);
    case 'boolean':
      return weighted<unknown>([fc.constantFrom(...H.hostileBooleans), 3], [anyHostileString, 1], [generic, 1]);
    case 'array':
      return hostileArray(schema, samples, name);
    case 'object':
      return hostileObject(schema, samples);
    default:
      return weighted<unknown>([generic, 1], [anyHostileString, 1]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tricky values: what the schema lets through (or nearly) and the code behind it may not expect, which is where the
// bugs are: a refused value only tests the validator.

/** The text cut to at most `max` code points and padded to `min`, so that a length check does not refuse it. */
const fitted = (text: string, min: number, max: number | undefined) => {
  const points = [...text];
  const cut = max !== undefined && points.length > max ? points.slice(0, max) : points;
  return cut.join('') + 'a'.repeat(Math.max(0, min - cut.length));
};

const FORMAT_EDGES: Record<string, (known: readonly string[]) => readonly string[]> = {
  uuid: (known) => H.hostileUuids(known).slice(0, 3).concat(['00000000-0000-0000-0000-000000000000']),
  date: () => H.hostileDates.slice(0, 6),
  'date-time': () => H.hostileDateTimes.slice(0, 12),
  email: () => H.hostileEmails.slice(0, 8),
  uri: () => H.hostileUris.slice(0, 8),
};

function trickyString(schema: JsonSchema, samples: Samples, name?: string): fc.Arbitrary<unknown> {
  const edges = typeof schema.format === 'string' ? FORMAT_EDGES[schema.format] : undefined;
  if (edges) return fc.constantFrom(...edges(samples(name)));
  const { min, max } = stringLengthBounds(schema);
  const fit = (list: readonly string[]) => {
    const candidates = list.map((text) => fitted(text, min, max));
    const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
    const kept = pattern ? candidates.filter((text) => pattern.test(text)) : candidates;
    return kept.length > 0 ? fc.constantFrom(...kept) : boundaryString(schema, samples, name);
  };
  return weighted([fit(H.killerStrings), 3], [fit(H.hostileStrings), 1]);
}

function trickyNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const { min, max } = numberBounds(schema, integer);
  const inside = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  const values: unknown[] = [
    ...[-0, 1e19, 1e308, -1e308, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER].filter(inside),
    ...(integer ? [] : [Number.MIN_VALUE, 0.1, 1 / 3].filter(inside)),
    raw('1e400'),
    raw('-1e400'),
    'Infinity',
    '-Infinity',
    'NaN',
    '1e19',
    String(max ?? 1e19),
  ];
  return weighted([fc.constantFrom(...values), 3], [boundaryNumber(schema, integer), 1]);
}

export function tricky(schema: JsonSchema, samples: Samples = noSamples, name?: string): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum) || 'const' in schema) return boundary(schema, samples, name);
  const alts = alternatives(schema);
  if (alts) return fc.oneof(...alts.map((alt) => tricky(alt, samples, name)));
  const type = typeOf(schema);
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => tricky({ ...schema, type: t }, samples, name)));
  switch (type) {
    case 'string':
      return trickyString(schema, samples, name);
    case 'integer':
      return trickyNumber(schema, true);
    case 'number':
      return trickyNumber(schema, false);
    case 'array': {
      const items = tricky((schema.items as JsonSchema | undefined) ?? {}, samples, singular(name));
      return fc.array(items, { minLength: Math.max(1, num(schema.minItems) ?? 0), maxLength: 3 });
    }
    case 'object':
      return objectOf(
        schema,
        (property, key) => weighted([valid(property, samples, key), 3], [tricky(property, samples, key), 1]),
        0,
      );
    default:
      return boundary(schema, samples, name);
  }
}
