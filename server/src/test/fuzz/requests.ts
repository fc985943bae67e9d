import fc from 'fast-check';
import type { Role } from '@ambassador/shared';
import type { ApiRoute } from '../../plugins/auth.ts';
import { bodyValue, valid, type JsonSchema } from './arbitraries.ts';
import { paramSegment, percentEncode, queryString, untypedBody, validQueryString, type WireBody } from './wire.ts';
import { describeRequest } from './checks.ts';
import type { Fixture } from './fixture.ts';
import { paramIds, samplesFor } from './fixture.ts';
import { randomIp, type WireRequest } from './harness.ts';
import * as H from './hostile.ts';
import { toJsonText } from './json-text.ts';

/** JSON that is not JSON, or is JSON a parser should refuse. */
const MALFORMED_JSON = [
  '',
  '{',
  '{"a":',
  'nul',
  '[1,]',
  "{'a':1}",
  '{"a":1}garbage',
  '\uFEFF{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '"\\ud800"',
  'NaN',
  'Infinity',
  '1e400',
  '['.repeat(100_000),
];

export const paramNames = (url: string) => [...url.matchAll(/:(\w+)/g)].map((match) => match[1]!);

export function pathWith(url: string, values: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? '');
}

/**
 * Who calls the route: the admin where allowed, else the first role allowed; the SCIM token for SCIM routes; nobody
 * for public and cookie routes.
 */
export function callerToken(route: ApiRoute, fixture: Fixture): string | undefined {
  if (route.access === 'scim') return fixture.scimSecret;
  if (!Array.isArray(route.access)) return undefined;
  const allowed: readonly Role[] = route.access;
  const role = allowed.includes('admin') ? 'admin' : allowed[0];
  return role ? fixture.tokens[role] : undefined;
}

function cookieHeader(fixture: Fixture): fc.Arbitrary<string | undefined> {
  const valid = fixture.refreshCookies.length > 0 ? fc.constantFrom(...fixture.refreshCookies) : fc.constant(undefined);
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    {
      arbitrary: fc
        .constantFrom(...H.hostileStrings)
        .map((s) => `ambassador_refresh=${percentEncode(s.slice(0, 4000))}`),
      weight: 2,
    },
    { arbitrary: fc.base64String({ maxLength: 200 }).map((s) => `ambassador_refresh=${s}`), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        'ambassador_refresh=',
        'ambassador_refresh',
        '=;;=',
        'a=1; ambassador_refresh=x; ambassador_refresh=y',
        'ambassador_refresh="quoted"',
        'ambassador_refresh=%',
        'ambassador_refresh=%ff',
        `ambassador_refresh=${'x'.repeat(8000)}`,
      ),
      weight: 1,
    },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** One part of a request (path, query string or body): valid, or generated to be wrong somewhere. */
type Part<T> = { valid: fc.Arbitrary<T>; mixed: fc.Arbitrary<T> };

function bodyPart(route: ApiRoute, fixture: Fixture, csvHeaders: readonly string[]): Part<WireBody | undefined> {
  if (route.body) {
    const samples = samplesFor(route, fixture);
    const json = (value: unknown): WireBody => ({ contentType: 'application/json', text: toJsonText(value) });
    return {
      valid: valid(route.body as JsonSchema, samples).map(json),
      mixed: fc.oneof(
        { arbitrary: bodyValue(route.body as JsonSchema, samples).map(json), weight: 14 },
        {
          arbitrary: fc.constantFrom(...MALFORMED_JSON).map((text) => ({ contentType: 'application/json', text })),
          weight: 1,
        },
      ),
    };
  }
  if (['POST', 'PUT', 'PATCH'].includes(route.method)) {
    const untyped = untypedBody(csvHeaders);
    return { valid: untyped, mixed: untyped };
  }
  return {
    valid: fc.constant(undefined),
    mixed: fc.oneof(
      { arbitrary: fc.constant<WireBody | undefined>(undefined), weight: 3 },
      { arbitrary: fc.constant({ contentType: 'application/json', text: '{"a":1}' }), weight: 1 },
    ),
  };
}

function pathPart(route: ApiRoute, fixture: Fixture): Part<string> {
  const names = paramNames(route.url);
  if (names.length === 0) return { valid: fc.constant(route.url), mixed: fc.constant(route.url) };
  const samples = samplesFor(route, fixture);
  const schemas = ((route.params as JsonSchema | undefined)?.properties ?? {}) as Record<string, JsonSchema>;
  const path = (segment: (name: string, own: string[]) => fc.Arbitrary<string>) =>
    fc
      .record(Object.fromEntries(names.map((name) => [name, segment(name, paramIds(route, name, fixture))])))
      .map((values) => pathWith(route.url, values));
  return {
    valid: path((_, own) =>
      own.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 4 }, fc.uuid()) : fc.uuid(),
    ),
    mixed: path((name, own) => paramSegment(schemas[name] ?? { type: 'string' }, own, samples, name)),
  };
}

/**
 * Generated requests for one route, from its own schemas. Most requests are valid but in one part (the params, the
 * query or the body), so that a bad value meets the code behind the checks of the other parts; some are valid
 * throughout, some bad throughout.
 */
export function requestsFor(
  route: ApiRoute,
  fixture: Fixture,
  csvHeaders: readonly string[],
): fc.Arbitrary<WireRequest> {
  const samples = samplesFor(route, fixture);
  const params = pathPart(route, fixture);
  const query: Part<string> = {
    valid: validQueryString(route.querystring as JsonSchema | undefined, samples),
    mixed: queryString(route.querystring as JsonSchema | undefined, samples),
  };
  const body = bodyPart(route, fixture, csvHeaders);
  const cookie = route.access === 'cookie' ? cookieHeader(fixture) : fc.constant(undefined);
  const focused = (focus: 'none' | 'params' | 'query' | 'body' | 'all') =>
    fc.tuple(
      focus === 'params' || focus === 'all' ? params.mixed : params.valid,
      focus === 'query' || focus === 'all' ? query.mixed : query.valid,
      focus === 'body' || focus === 'all' ? body.mixed : body.valid,
      cookie,
    );
  const hasParams = paramNames(route.url).length > 0;
  const token = callerToken(route, fixture);
  const kinds = [
    { arbitrary: focused('none'), weight: 3 },
    { arbitrary: focused('params'), weight: hasParams ? 3 : 0 },
    { arbitrary: focused('query'), weight: route.querystring ? 3 : 1 },
    { arbitrary: focused('body'), weight: route.body ? 6 : 1 },
    { arbitrary: focused('all'), weight: 1 },
  ].filter((kind) => kind.weight > 0);
  return fc.oneof(...kinds).map(([path, search, body, cookieValue]) => {
    const headers: Record<string, string> = { 'x-forwarded-for': randomIp() };
    if (token) headers.authorization = `Bearer ${token}`;
    if (cookieValue) headers.cookie = cookieValue;
    if (body?.contentType) headers['content-type'] = body.contentType;
    const request: WireRequest = {
      method: route.method,
      path: path + (search ? `?${search}` : ''),
      headers,
      body: body?.text,
    };
    // How fast-check prints a counterexample: as the failure messages do, without the token and clipped.
    return Object.defineProperty(request, fc.toStringMethod, {
      value: () => describeRequest(request, fixture.tokens),
    });
  });
}

/** A request with no body, and with bodies of types the route does not take, at a real record of the route. */
export function contentTypeProbes(route: ApiRoute, fixture: Fixture): WireRequest[] {
  const values = Object.fromEntries(
    paramNames(route.url).map((name) => [name, paramIds(route, name, fixture)[0] ?? crypto.randomUUID()]),
  );
  const token = callerToken(route, fixture);
  const path = pathWith(route.url, values);
  const probe = (contentType?: string, body?: string): WireRequest => ({
    method: route.method,
    path,
    headers: {
      'x-forwarded-for': randomIp(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(route.access === 'cookie' && fixture.refreshCookies[0] ? { cookie: fixture.refreshCookies[0] } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    body,
  });
  return [
    probe(),
    probe('application/json', ''),
    probe('application/xml', '<employee><name>x</name></employee>'),
    probe('text/plain', '{"name":"x"}'),
    probe('application/x-www-form-urlencoded', 'name=x&employeeId=1'),
    probe('multipart/form-data', 'no boundary'),
    probe('application/json; charset=utf-16', '{"name":"x"}'),
  ];
}
