import fc from 'fast-check';
import { mixedObject } from './arbitraries.ts';
import * as H from './hostile.ts';
import { RawJson, toJsonText } from './json-text.ts';
import { anyHostileString, boundary, generic, hostile } from './edges.ts';
import { noSamples, weighted, type JsonSchema, type Samples } from './schema.ts';
import { valid } from './valid.ts';

/** Generated values as a client puts them on the wire: query strings, path segments, CSV and multipart bodies. */

// ---------------------------------------------------------------------------------------------------------------
// Query strings: what a client puts on the wire, through URLSearchParams (repeated keys for lists).

/**
 * Hostile strings shortened to fit a URL: a request line past Node's 16 KiB header limit is refused by Node before the
 * app sees it (one separate probe covers that).
 */
const URL_SAFE_LENGTH = 1000;
const QUERY_BUDGET = 12_000;
const forUrl = (value: unknown): unknown =>
  typeof value === 'string' && value.length > URL_SAFE_LENGTH ? value.slice(0, URL_SAFE_LENGTH) : value;

function queryPairs(key: string, value: unknown): [string, string][] {
  const text = (v: unknown): string => {
    const shortened = forUrl(v);
    if (shortened instanceof RawJson) return shortened.text.slice(0, URL_SAFE_LENGTH);
    if (shortened === null) return 'null';
    if (Object.is(shortened, -0)) return '-0';
    if (typeof shortened === 'object') return JSON.stringify(shortened).slice(0, URL_SAFE_LENGTH);
    return String(shortened);
  };
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => [key, text(v)]);
  return [[key, text(value)]];
}

/**
 * Serialises like a browser: URLSearchParams percent-encodes, and a lone surrogate becomes U+FFFD. Pairs past the
 * budget are left out, and so is a raw piece that would not fit.
 */
function serialise(pairs: [string, string][], rawPiece?: string | null): string {
  const parts: string[] = [];
  let size = 0;
  for (const [key, value] of pairs) {
    const part = new URLSearchParams([[key, value]]).toString();
    if (size + part.length > QUERY_BUDGET) break;
    parts.push(part);
    size += part.length + 1;
  }
  if (rawPiece && size + rawPiece.length <= QUERY_BUDGET) parts.push(rawPiece);
  return parts.join('&');
}

/** A query string of valid values only, as the web client would send it. */
export function validQueryString(schema: JsonSchema | undefined, samples: Samples = noSamples): fc.Arbitrary<string> {
  if (!schema) return fc.constant('');
  return valid(schema, samples).map((object) =>
    serialise(Object.entries((object ?? {}) as Record<string, unknown>).flatMap(([k, v]) => queryPairs(k, v))),
  );
}

/** A query string with bad values, repeated keys, unknown keys or malformed escapes. */
export function queryString(schema: JsonSchema | undefined, samples: Samples = noSamples): fc.Arbitrary<string> {
  const values = schema
    ? weighted<unknown>([valid(schema, samples), 1], [mixedObject(schema, samples), 6])
    : fc.constant({});
  const keys = Object.keys((schema?.properties ?? {}) as object);
  const repeated =
    keys.length > 0
      ? fc
          .tuple(fc.constantFrom(...keys), fc.array(anyHostileString.map(forUrl), { minLength: 1, maxLength: 3 }))
          .map(([key, extra]) => extra.map((v) => [key, String(v)] as [string, string]))
      : fc.constant([] as [string, string][]);
  const extraRaw = fc.constantFrom(...H.rawQueryPieces);
  return fc
    .tuple(
      values,
      weighted<[string, string][]>([fc.constant([]), 6], [repeated, 3]),
      weighted<string | null>([fc.constant(null), 8], [extraRaw, 2]),
    )
    .map(([object, extra, rawPiece]) => {
      const pairs = Object.entries((object ?? {}) as Record<string, unknown>).flatMap(([k, v]) => queryPairs(k, v));
      return serialise([...pairs, ...extra], rawPiece);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Path params: real ids, random ids, schema values, hostile strings, malformed percent-encoding.

/** Percent-encodes text for a path segment or cookie; a lone surrogate goes out as its (invalid) UTF-8 bytes. */
export function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
}

function encodeSegment(value: unknown): string {
  const text =
    value instanceof RawJson
      ? value.text
      : value !== null && typeof value === 'object'
        ? toJsonText(value)
        : String(value);
  return percentEncode(text.length > URL_SAFE_LENGTH ? text.slice(0, URL_SAFE_LENGTH) : text);
}

/** One `:param` value, already percent-encoded for the path. `own` are ids of this route's kind of record. */
export function paramSegment(
  schema: JsonSchema,
  own: readonly string[],
  samples: Samples = noSamples,
  name?: string,
): fc.Arbitrary<string> {
  const anyKnown = samples(undefined);
  return weighted<string>(
    [own.length > 0 ? fc.constantFrom(...own).map(encodeSegment) : fc.uuid(), 4],
    [anyKnown.length > 0 ? fc.constantFrom(...anyKnown).map(encodeSegment) : fc.uuid(), 1],
    [fc.uuid(), 1],
    [valid(schema, samples, name).map(encodeSegment), 1],
    [boundary(schema, samples, name).map(encodeSegment), 1],
    [hostile(schema, samples, name).map(encodeSegment), 2],
    [fc.constantFrom(...H.rawSegments), 1],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies for routes without a body schema (file uploads, cookie routes): nothing, JSON junk, CSV, multipart.

export type WireBody = { contentType?: string; text: string };

const csvCell = weighted<string>(
  [fc.string({ unit: 'grapheme', maxLength: 20 }), 3],
  [anyHostileString.map((s) => (s.length > 2000 ? s.slice(0, 2000) : s)), 2],
  [fc.constantFrom('"', '""', '"a""b"', '"unterminated', 'a,b', 'a;b', '\r\n', '1000', '=SUM(A1)'), 1],
);

/** A CSV file: a real header (or a mangled one) and rows of odd cells, in `,` or `;` and LF or CRLF. */
export function csvText(headers: readonly string[]): fc.Arbitrary<string> {
  const header = weighted<string[]>(
    [fc.constant([...headers]), 4],
    [fc.shuffledSubarray([...headers]), 1],
    [fc.array(csvCell, { maxLength: 10 }), 1],
  );
  return fc
    .tuple(
      header,
      fc.array(fc.array(csvCell, { maxLength: 12 }), { maxLength: 20 }),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .map(
      ([head, rows, separator, newline, bom]) =>
        (bom ? '\uFEFF' : '') + [head, ...rows].map((row) => row.join(separator)).join(newline),
    );
}

export function untypedBody(headers: readonly string[]): fc.Arbitrary<WireBody | undefined> {
  const boundaryMark = 'fuzzboundary';
  const multipart = csvText(headers).map((csv) => ({
    contentType: `multipart/form-data; boundary=${boundaryMark}`,
    text: `--${boundaryMark}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundaryMark}--\r\n`,
  }));
  return weighted<WireBody | undefined>(
    [fc.constant(undefined), 3],
    [csvText(headers).map((text) => ({ contentType: 'text/csv', text })), 3],
    [multipart, 1],
    [
      fc.constantFrom(
        { contentType: `multipart/form-data; boundary=${boundaryMark}`, text: `--${boundaryMark}\r\nbroken` },
        { contentType: 'multipart/form-data', text: 'no boundary' },
        { contentType: 'text/csv', text: '' },
        { contentType: 'text/csv', text: '\uFEFF' },
        { contentType: 'text/csv; charset=utf-16le', text: 'a,b' },
      ),
      1,
    ],
    [generic.map((v) => ({ contentType: 'application/json', text: toJsonText(v) })), 1],
  );
}
