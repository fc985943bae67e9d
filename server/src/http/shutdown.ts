import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.ts';
import { sendProblem } from '../plugins/errors.ts';

/**
 * While the app closes, every response says `Connection: close`, so a keep-alive connection ends with the request it
 * is serving instead of holding `app.close()` open until its keep-alive timeout (Node's `server.close()` only reaps
 * connections that are idle at the moment it is called). A request that still reaches a route (one that was arriving
 * on an open connection as closing began) gets a problem+json 503 with a stable code.
 *
 * Fastify's own `return503OnClosing` answers such requests with plain JSON, so the app turns it off for this.
 */
export const drainPlugin = fp(
  async (app) => {
    let closing = false;
    // Fastify runs preClose hooks after it stops routing new work and before it closes the server.
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
    app.addHook('onRequest', async (request, reply) => {
      if (!closing) return;
      reply.header('connection', 'close').header('retry-after', '1');
      return sendProblem(reply, {
        status: 503,
        code: 'shutting_down',
        title: 'Service Unavailable',
        detail: 'This server is shutting down; retry the request',
      });
    });
    app.addHook('onSend', async (_request, reply, payload) => {
      if (closing) reply.header('connection', 'close');
      return payload;
    });
  },
  { name: 'drain', dependencies: ['errors'] },
);

export type ShutdownResult = {
  /** False when the grace period ran out and connections with requests still in flight were cut. */
  graceful: boolean;
  durationMs: number;
};

/**
 * Stops accepting connections, lets requests in flight finish within `gracePeriodMs`, closes idle keep-alive
 * connections, then closes the database. After the grace period the remaining connections are destroyed; the
 * database is closed either way, its own close bounded by `databaseCloseMs` (a pg pool waits for queries in flight).
 */
export async function shutdown({
  app,
  database,
  gracePeriodMs,
  databaseCloseMs = 5_000,
}: {
  app: FastifyInstance;
  database: Database;
  gracePeriodMs: number;
  databaseCloseMs?: number;
}): Promise<ShutdownResult> {
  const started = performance.now();
  let graceful = true;
  const grace = setTimeout(() => {
    graceful = false;
    app.log.warn({ gracePeriodMs }, 'grace period over: cutting the connections still in use');
    app.server.closeAllConnections();
  }, gracePeriodMs);
  try {
    await app.close();
  } finally {
    clearTimeout(grace);
    const closed = await settlesWithin(database.close(), databaseCloseMs);
    if (closed === 'timeout') {
      graceful = false;
      app.log.warn({ databaseCloseMs }, 'the database did not close in time');
    }
  }
  return { graceful, durationMs: Math.round(performance.now() - started) };
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([promise.then(() => 'done' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
