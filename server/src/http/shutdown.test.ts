import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { testConfig } from '../test/test-app.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { shutdown } from './shutdown.ts';

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real app on a port of its own, with one extra route that answers only when the test releases it. */
async function listeningApp() {
  const { database, drop } = await createTestDatabase();
  const closeDatabase = database.close.bind(database);
  let databaseCloses = 0;
  database.close = async () => {
    databaseCloses += 1;
    if (databaseCloses === 1) await closeDatabase();
  };
  const app = await buildApp({ config: testConfig(), database, logger: false });
  const started = deferred();
  const release = deferred();
  app.get('/slow', async () => {
    started.resolve();
    await release.promise;
    return { done: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true });
  cleanups.push(async () => {
    release.resolve();
    agent.destroy();
    await app.close();
    await drop();
  });
  return { app, database, port, agent, started, release: release.resolve, databaseCloses: () => databaseCloses };
}

function get(port: number, path: string, agent: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

async function connect(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  return socket;
}

/** Everything the server sends until it closes the connection. */
function readUntilClosed(socket: net.Socket): Promise<string> {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (text += chunk));
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('end', () => resolve(text));
  });
}

function parseResponse(text: string): Answer {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: http.IncomingHttpHeaders = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

function connectionOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** The one free keep-alive socket the agent holds for `port`. */
function freeSocket(agent: http.Agent): net.Socket {
  const sockets = Object.values(agent.freeSockets).flat();
  expect(sockets).toHaveLength(1);
  return sockets[0] as net.Socket;
}

describe('shutdown', () => {
  it('lets a request in flight finish, answers late arrivals with 503 and closes the database', async () => {
    const { app, database, port, agent, started, release, databaseCloses } = await listeningApp();

    // An idle keep-alive connection, left open by a finished request.
    const idleAgent = new http.Agent({ keepAlive: true });
    expect((await get(port, '/healthz', idleAgent)).status).toBe(200);
    const idleClosed = once(freeSocket(idleAgent), 'close');

    const slow = get(port, '/slow', agent);
    await started.promise;
    // A request still arriving on an open connection as the shutdown begins: its head is not complete yet.
    const arriving = await connect(port);
    arriving.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const begun = performance.now();
    const done = shutdown({ app, database, gracePeriodMs: 10_000 });

    await idleClosed;
    expect(app.server.listening).toBe(false);
    expect(await connectionOutcome(port)).toBe('ECONNREFUSED');

    const late = readUntilClosed(arriving);
    arriving.write('\r\n');
    const refused = parseResponse(await late);
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers.connection).toBe('close');
    expect(JSON.parse(refused.body)).toMatchObject({ status: 503, code: 'shutting_down' });

    // Still draining: the database stays open for the request in flight.
    expect(databaseCloses()).toBe(0);
    release();
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ done: true });
    // The keep-alive connection ends with this response instead of idling until its timeout.
    expect(answer.headers.connection).toBe('close');

    const result = await done;
    const elapsed = performance.now() - begun;
    expect(result.graceful).toBe(true);
    expect(elapsed).toBeLessThan(3_000);
    expect(databaseCloses()).toBe(1);
    await expect(database.ping()).rejects.toThrow();
    // The client's next request cannot reuse the closed connection, and no new one is accepted.
    await expect(get(port, '/healthz', agent)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('returns at once when no request is in flight, closing idle keep-alive connections', async () => {
    const { app, database, port, agent, databaseCloses } = await listeningApp();
    expect((await get(port, '/healthz', agent)).status).toBe(200);
    const idleClosed = once(freeSocket(agent), 'close');

    const result = await shutdown({ app, database, gracePeriodMs: 10_000 });

    expect(result.graceful).toBe(true);
    expect(result.durationMs).toBeLessThan(2_000);
    await idleClosed;
    expect(databaseCloses()).toBe(1);
  });

  it('cuts the connections still in use when the grace period runs out, and still closes the database', async () => {
    const { app, database, port, agent, started, databaseCloses } = await listeningApp();
    const slow = get(port, '/slow', agent);
    await started.promise;

    const result = await shutdown({ app, database, gracePeriodMs: 500 });

    expect(result.graceful).toBe(false);
    expect(result.durationMs).toBeGreaterThanOrEqual(490);
    expect(result.durationMs).toBeLessThan(3_000);
    await expect(slow).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(databaseCloses()).toBe(1);
    await expect(database.ping()).rejects.toThrow();
  });
});

describe('SHUTDOWN_GRACE_SECONDS', () => {
  const env = { JWT_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/ambassador-unused' };

  it('defaults to 10 seconds and accepts fractions', () => {
    expect(loadConfig(env).shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ ...env, SHUTDOWN_GRACE_SECONDS: '2.5' }).shutdownGraceMs).toBe(2_500);
  });

  it.each(['0', '-1', 'ten', '601', '1e3'])('refuses %s with a clear message', (value) => {
    expect(() => loadConfig({ ...env, SHUTDOWN_GRACE_SECONDS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, SHUTDOWN_GRACE_SECONDS: value })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });
});
