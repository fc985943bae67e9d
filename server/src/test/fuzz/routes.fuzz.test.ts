import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiRoute } from '../../plugins/auth.ts';
import { PASSWORD } from '../factories.ts';
import { createTestDatabase } from '../test-db.ts';
import { describeAnswer, describeRequest, FailureLog, judge, signature, type Failure } from './checks.ts';
import { buildFixture, harvestCookie, replenish, type Fixture } from './fixture.ts';
import type { DatabaseSource, LoggedError } from './fuzz-server.ts';
import { FuzzServer, randomIp, type Answer, type WireRequest } from './harness.ts';
import { contentTypeProbes, requestsFor } from './requests.ts';

/**
 * Property-based fuzzing of every API route, generated from the route's own request schemas (body, querystring,
 * params), so that a new route is fuzzed without anyone writing a line. Each generated request, valid, at a bound or
 * hostile, must be answered within FUZZ_TIMEOUT_MS without a 5xx; a refusal must be problem+json with a `code`
 * and must have written nothing; after each route's batch the server must still answer /healthz within a second.
 *
 * FUZZ_RUNS: requests per route (default 40; the file then takes about 50 s on PGlite on two idle cores).
 * FUZZ_SEED: fixed by default, so that CI runs repeat; printed with every failure, with the command that repeats it.
 * FUZZ_TIMEOUT_MS: how long an answer may take (default 5000); a request without one fails, and so does a server that
 * then no longer answers /healthz (it is restarted, with a new fixture, for the routes after it).
 * FUZZ_FAIL_FAST=1: stop a route at its first failure and let fast-check shrink it to a minimal request; without it,
 * every distinct failure of every route is listed. FUZZ_STATS=1 prints the answers by status per route, and
 * FUZZ_TRACE=<part of a route name> every request to matching routes with its answer.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 1_234_567);
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 5000);
const FAIL_FAST = process.env.FUZZ_FAIL_FAST === '1';
const HEALTH_MS = 1000;
const TRACE = process.env.FUZZ_TRACE;

const CSV_HEADERS = readFileSync(path.join(import.meta.dirname, '../fixtures/zorggroep-horizon.csv'), 'utf8')
  .split(/\r?\n/)[0]!
  .split(',');

async function databaseSource(): Promise<{ source: DatabaseSource; drop: () => Promise<void> }> {
  const provided = inject('testDatabase');
  if (provided.kind === 'pglite') return { source: provided, drop: async () => {} };
  const { url, drop } = await createTestDatabase();
  return { source: { kind: 'pg', url: url! }, drop };
}

// The route list comes from the running app; tests are declared per route, so it is read before they are.
const { source, drop } = await databaseSource();
const server = new FuzzServer(source);
await server.start();
const routes = await server.call<ApiRoute[]>('GET', '/__fuzz/routes');
let fixture: Fixture;
const totals = { requests: 0, started: performance.now() };
/**
 * Answers by status and the slowest answer per route, printed with FUZZ_STATS=1: shows how many requests got past
 * validation to the handler, and how close the slowest came to FUZZ_TIMEOUT_MS.
 */
const statuses = new Map<string, { byStatus: Map<string, number>; slowest: number }>();
function count(route: ApiRoute, answer: Answer) {
  const key = `${route.method} ${route.url}`;
  const stats = statuses.get(key) ?? { byStatus: new Map<string, number>(), slowest: 0 };
  const status = answer.status === undefined ? 'none' : String(answer.status);
  stats.byStatus.set(status, (stats.byStatus.get(status) ?? 0) + 1);
  stats.slowest = Math.max(stats.slowest, answer.ms);
  statuses.set(key, stats);
}

/** The same requests for a route in every run with one FUZZ_SEED, whatever routes come before it. */
function routeSeed(route: ApiRoute): number {
  let hash = SEED | 0;
  for (const char of `${route.method} ${route.url}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

async function restart(): Promise<void> {
  await server.restart();
  fixture = await buildFixture(server);
  disturbed = false;
}

async function healthy(): Promise<Answer> {
  return server.send({ method: 'GET', path: '/healthz', headers: {} }, HEALTH_MS);
}

async function freshRefreshCookies(): Promise<void> {
  for (const email of fixture.emails.slice(0, 2)) {
    const answer = await server.send(
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
        body: JSON.stringify({ email, password: PASSWORD }),
      },
      30_000,
    );
    const cookie = harvestCookie(answer.headers?.['set-cookie'] as string[] | undefined);
    if (cookie) fixture.refreshCookies.unshift(cookie);
  }
}

/** Whether records may have been deleted or changed since the last replenish: only GET batches leave them be. */
let disturbed = false;

async function fuzzRoute(route: ApiRoute): Promise<void> {
  if (!server.alive) await restart();
  if (disturbed) await replenish(server, fixture);
  disturbed = route.method !== 'GET';
  if (route.access === 'cookie') await freshRefreshCookies();
  await server.loggedErrors();
  const seed = routeSeed(route);
  const log = new FailureLog(route, { seed: SEED, runs: RUNS, routeSeed: seed });
  let before = await server.digest();
  let lastExample = '';

  const record = (request: WireRequest, answer: Answer, failure: Failure, errors: LoggedError[]) => {
    lastExample =
      `${failure.reason}${failure.detail ? ` (${failure.detail})` : ''}\n` +
      `  request:\n    ${describeRequest(request, fixture.tokens)}\n` +
      `  answer:\n    ${describeAnswer(answer, errors)}`;
    log.add(signature(failure, answer, errors), lastExample);
  };

  /** Sends one request and judges the answer; 'lost' when the process had to be restarted (its records are gone). */
  const exchange = async (request: WireRequest): Promise<'ok' | 'failed' | 'lost'> => {
    totals.requests += 1;
    const answer = await server.send(request, TIMEOUT_MS);
    count(route, answer);
    if (TRACE && `${route.method} ${route.url}`.includes(TRACE))
      console.info(`${describeRequest(request, fixture.tokens)}\n  → ${describeAnswer(answer, [])}`);
    const cookie = harvestCookie(answer.headers?.['set-cookie'] as string[] | undefined);
    if (cookie) fixture.refreshCookies.splice(0, 0, cookie);
    fixture.refreshCookies.splice(10);
    if (answer.status === undefined) {
      const health = server.alive ? await healthy() : undefined;
      const stuck = health?.status !== 200;
      const failure = judge(route, answer)!;
      if (stuck)
        failure.detail = server.alive
          ? `nor /healthz within ${HEALTH_MS} ms: the server was restarted and the rest of this batch skipped`
          : `the server process died: ${server.recentStderr.slice(-1000)}`;
      record(request, answer, failure, []);
      if (stuck) {
        await restart();
        return 'lost';
      }
      before = await server.digest();
      return 'failed';
    }
    const errors = answer.status >= 500 ? await server.loggedErrors() : [];
    const after = await server.digest();
    const refused = answer.status >= 400 && answer.status < 500;
    const failure = judge(route, answer, refused ? { before, after } : undefined);
    before = after;
    if (!failure) return 'ok';
    record(request, answer, failure, errors);
    return 'failed';
  };

  let lost = false;
  const property = fc.asyncProperty(requestsFor(route, fixture, CSV_HEADERS), async (request) => {
    const outcome = await exchange(request);
    if (outcome === 'lost') {
      lost = true;
      throw new Error('the server stopped answering; this batch ends here');
    }
    if (outcome === 'failed' && FAIL_FAST) throw new Error(lastExample);
  });
  try {
    await fc.assert(property, { seed, numRuns: RUNS, endOnFailure: !FAIL_FAST });
  } catch (error) {
    if (!lost) throw error;
  }

  if (!lost) for (const probe of contentTypeProbes(route, fixture)) if ((await exchange(probe)) === 'lost') break;

  const health = await healthy();
  if (health.status !== 200) {
    log.add(`/healthz did not answer 200 within ${HEALTH_MS} ms after the batch`, describeAnswer(health, []));
    await restart();
  }
  if (log.size > 0) throw new Error(log.report());
}

beforeAll(async () => {
  fixture = await buildFixture(server);
}, 120_000);

afterAll(async () => {
  const seconds = ((performance.now() - totals.started) / 1000).toFixed(1);
  console.info(
    `fuzzed ${routes.length} routes: ${totals.requests} requests (${RUNS} generated per route + probes) in ${seconds} s`,
  );
  if (process.env.FUZZ_STATS === '1')
    for (const [route, { byStatus, slowest }] of statuses)
      console.info(
        `${route}: ${[...byStatus].map(([status, n]) => `${status}×${n}`).join(' ')}, slowest ${slowest} ms`,
      );
  await server.stop();
  await drop();
});

describe('every route, fuzzed from its own schemas', () => {
  it('finds the routes of every module', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`);
    expect(names).toContain('POST /api/v1/auth/login');
    expect(names).toContain('POST /api/v1/auth/signup');
    expect(names).toContain('POST /api/v1/training/plan');
    expect(routes.length).toBeGreaterThan(40);
  });

  for (const route of routes) {
    it(`${route.method} ${route.url}`, () => fuzzRoute(route), 30_000 + RUNS * 2 * TIMEOUT_MS);
  }

  it('answers a request line too long to read with problem+json', async () => {
    const answer = await server.send(
      { method: 'GET', path: `/api/v1/employees?q=${'x'.repeat(20_000)}`, headers: {} },
      TIMEOUT_MS,
    );
    expect(answer.status, describeAnswer(answer, [])).toBeGreaterThanOrEqual(400);
    expect(answer.status, describeAnswer(answer, [])).toBeLessThan(500);
    expect(String(answer.headers?.['content-type']), describeAnswer(answer, [])).toContain('application/problem+json');
  });
});
