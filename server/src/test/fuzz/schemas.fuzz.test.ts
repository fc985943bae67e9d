import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRoute } from '../../plugins/auth.ts';
import { createTestApp, type TestApp } from '../test-app.ts';
import { boundary, bodyValue, hostile, tricky, valid, type JsonSchema } from './arbitraries.ts';
import { paramSegment, queryString } from './wire.ts';
import { toJsonText } from './json-text.ts';
import { missingBounds } from './schema-bounds.ts';

/**
 * The request schemas themselves: every number and string has a bound (so a value can never be too large for the code
 * or the database behind it), and the fuzz generator reads them correctly (its valid values are valid).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 1_234_567);
const PARTS = ['body', 'querystring', 'params'] as const;

let t: TestApp;
let routes: ApiRoute[];

beforeAll(async () => {
  t = await createTestApp();
  routes = t.app.apiRoutes;
});
afterAll(() => t.close());

const schemasOf = (route: ApiRoute) =>
  PARTS.flatMap((part) => (route[part] ? [{ part, schema: route[part] as JsonSchema }] : []));

describe('request schemas', () => {
  it('bound every number with a finite minimum and maximum, and every string with a maxLength', () => {
    const unbounded = routes.flatMap((route) =>
      schemasOf(route).flatMap(({ part, schema }) =>
        missingBounds(schema).map(
          (m) => `${route.method} ${route.url} ${part} ${m.path} (${m.type}): no ${m.missing.join(', no ')}`,
        ),
      ),
    );
    expect(unbounded).toEqual([]);
  });
});

describe('the fuzz generator', () => {
  it('makes values that a JSON Schema validator accepts when asked for valid ones, for every route', () => {
    // Plain Ajv with the standard formats: the generator must follow JSON Schema, whatever stricter rules the
    // server adds on top (those show up as refusals in the fuzz run, not here).
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    let checked = 0;
    for (const route of routes) {
      for (const { part, schema } of schemasOf(route)) {
        const validate = ajv.compile(schema);
        fc.assert(
          fc.property(valid(schema), (value) => {
            if (!validate(value))
              throw new Error(
                `${route.method} ${route.url} ${part}: ${toJsonText(value).slice(0, 500)}\n` +
                  JSON.stringify(validate.errors),
              );
          }),
          { seed: SEED, numRuns: 40 },
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('makes boundary, tricky, hostile and mixed values of every schema, and writes them as JSON, query strings and paths', () => {
    for (const route of routes) {
      for (const { part, schema } of schemasOf(route)) {
        const samples = [
          ...fc.sample(boundary(schema), { seed: SEED, numRuns: 20 }),
          ...fc.sample(hostile(schema), { seed: SEED, numRuns: 20 }),
          ...fc.sample(tricky(schema), { seed: SEED, numRuns: 20 }),
          ...fc.sample(bodyValue(schema), { seed: SEED, numRuns: 20 }),
        ];
        for (const value of samples) expect(typeof toJsonText(value)).toBe('string');
        for (const query of fc.sample(queryString(schema), { seed: SEED, numRuns: 20 }))
          expect(query.length, `${route.method} ${route.url} query`).toBeLessThan(13_000);
        if (part === 'params')
          for (const [name, param] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>))
            for (const segment of fc.sample(paramSegment(param, [], undefined, name), { seed: SEED, numRuns: 30 }))
              expect(segment, `${route.url} :${name}`).toMatch(/^[\x21-\x7e]*$/);
      }
    }
  });

  it('keeps a schema-valid value in each kind of value it makes: hostile values are not all refused as malformed', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', maxLength: 10 }, n: { type: 'integer', minimum: 0, maximum: 5 } },
      additionalProperties: false,
    };
    const values = fc.sample(bodyValue(schema), { seed: SEED, numRuns: 500 });
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    const validShare = values.filter((v) => validate(v)).length / values.length;
    expect(validShare).toBeGreaterThan(0.2);
    expect(validShare).toBeLessThan(0.8);
  });
});
