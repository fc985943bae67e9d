/**
 * What the app's HTTP stack costs on its cheapest route: throughput of GET /healthz through the whole app (every
 * plugin and hook it registers: security headers, compression, auth, the request transaction's checks, logging,
 * the response schema) next to a bare `fastify()` in the same process with one route answering `{ status: 'ok' }`,
 * with the same autocannon settings, in alternating rounds. /healthz touches no database; the app runs on PGlite.
 * Goal: at least 0.6× the bare server.
 *   npm run bench -- overhead
 */
import type { AddressInfo } from 'node:net';
import fastify from 'fastify';
import { buildApp } from '../server/src/app.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import { freshDatabase, throughput } from './lib.ts';
import { alternate, figure, roundsNote } from './report.ts';

const GOAL = 0.6;

export async function run() {
  const bench = await freshDatabase('pglite');
  const app = await buildApp({ config: testConfig(), database: bench.database, logger: false });
  const bare = fastify();
  bare.get('/healthz', async () => ({ status: 'ok' }));
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/healthz`;
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/healthz`;
    for (const url of [appUrl, bareUrl]) {
      const body = await (await fetch(url)).json();
      if ((body as { status?: string }).status !== 'ok') throw new Error(`${url} answered ${JSON.stringify(body)}`);
    }
    const { medians, rounds } = await alternate({
      app: () => throughput(appUrl),
      bare: () => throughput(bareUrl),
    });
    return [
      figure({
        name: 'overhead GET /healthz',
        database: bench.label,
        what: 'GET /healthz through the app',
        figure: medians.app,
        baselineWhat: 'bare fastify() hello route',
        baseline: medians.bare,
        unit: 'req/s',
        goal: { atLeast: GOAL },
        note: roundsNote(rounds.app, rounds.bare),
      }),
    ];
  } finally {
    await bare.close();
    await app.close();
    await bench.drop();
  }
}
