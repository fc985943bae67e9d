import fc from 'fast-check';
import { boundary, hostile, tricky } from './edges.ts';
import * as H from './hostile.ts';
import {
  ABSENT,
  alternatives,
  noSamples,
  num,
  singular,
  typeOf,
  weighted,
  type JsonSchema,
  type Samples,
} from './schema.ts';
import { objectOf, valid } from './valid.ts';

/**
 * Fast-check arbitraries from a route's JSON schemas, in four kinds: valid values (valid.ts), values at and past the
 * bounds, tricky values that get past the schema to the code behind it, and hostile ones (edges.ts); `mixed` and
 * `bodyValue` combine them into mostly valid requests that are wrong in one or two places; wire.ts writes them as
 * a client puts them on the wire (query strings, path segments, CSV and multipart bodies).
 */

export { boundary, hostile, tricky } from './edges.ts';
export type { JsonSchema, Samples } from './schema.ts';
export { valid } from './valid.ts';

// ---------------------------------------------------------------------------------------------------------------
// Mixed: mostly valid shapes in which some fields are at a bound or hostile, so that bad values reach deep code.

export function mixed(schema: JsonSchema, samples: Samples = noSamples, name?: string): fc.Arbitrary<unknown> {
  const type = typeOf(schema);
  let shaped: fc.Arbitrary<unknown>;
  if (type === 'object' && !alternatives(schema)) shaped = mixedObject(schema, samples);
  else if (type === 'array' && schema.items) {
    const items = mixed(schema.items as JsonSchema, samples, singular(name));
    const max = Math.min(num(schema.maxItems) ?? 5, 5);
    shaped = fc.array(items, { minLength: Math.min(num(schema.minItems) ?? 0, max), maxLength: max });
  } else shaped = valid(schema, samples, name);
  return weighted(
    [shaped, 5],
    [tricky(schema, samples, name), 2],
    [boundary(schema, samples, name), 1],
    [hostile(schema, samples, name), 1],
  );
}

/**
 * A valid object with one or two fields at a bound, hostile, or left out, and now and then a key it must refuse: a
 * request wrong in one place gets past every other check to the code that handles that field.
 */
export function mixedObject(schema: JsonSchema, samples: Samples): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const keys = Object.keys(properties);
  const extra = weighted<(readonly [string, unknown])[]>(
    [fc.constant([]), 8],
    [fc.constantFrom(...H.extraKeys).map((e) => [e]), 1],
  );
  const base = objectOf(schema, (p, k) => valid(p, samples, k), 0);
  if (keys.length === 0) return fc.tuple(base, extra).map(([o, e]) => Object.fromEntries([...Object.entries(o), ...e]));
  const replacements = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, property]) => [
        key,
        weighted<unknown>(
          [tricky(property, samples, key), 5],
          [boundary(property, samples, key), 2],
          [hostile(property, samples, key), 2],
          [fc.constant(ABSENT), 1],
        ),
      ]),
    ),
  );
  return fc
    .tuple(base, fc.subarray(keys, { minLength: 1, maxLength: Math.min(2, keys.length) }), replacements, extra)
    .map(([object, chosen, values, extraEntries]) => {
      const result: Record<string, unknown> = { ...object };
      for (const key of chosen) {
        if (values[key] === ABSENT) delete result[key];
        else result[key] = values[key];
      }
      return Object.fromEntries([...Object.entries(result), ...extraEntries]);
    });
}

/** A JSON body for a route's body schema: wholly valid, valid with bad fields, or not an object at all. */
export function bodyValue(schema: JsonSchema, samples: Samples = noSamples): fc.Arbitrary<unknown> {
  const shaped = typeOf(schema) === 'object' ? mixedObject(schema, samples) : mixed(schema, samples);
  return weighted<unknown>([valid(schema, samples), 3], [shaped, 6], [hostile(schema, samples), 1]);
}
