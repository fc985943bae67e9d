import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../test/test-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTRY = path.join(ROOT, 'server/src/server.ts');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Resolves with the first match of `pattern` in what the process prints from now on. */
function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = text.match(pattern);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}:\n${text}`)));
  });
}

/** The server as it runs in production, on the test database: a PostgreSQL copy, or PGlite in a fresh DATA_DIR. */
async function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ambassador-shutdown-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
  };
  delete env.DATABASE_URL;
  delete env.SHUTDOWN_GRACE_SECONDS;
  if (inject('testDatabase').kind === 'pg') {
    const { database, url, drop } = await createTestDatabase();
    await database.close();
    database.close = async () => {};
    cleanups.push(drop);
    Object.assign(env, { DATABASE_URL: url, JWT_SECRET: 'a'.repeat(48) });
  }
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, env });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const [, url] = await waitForOutput(child, /running at (http:\/\/\S+)/);
  return { child, url: new URL(url!), dataDir, exited, output: () => output };
}

it('on SIGTERM answers the request in flight, closes idle connections and the database, and exits 0', async () => {
  const { child, url, dataDir, exited, output } = await startServer();
  const port = Number(url.port);

  const agent = new http.Agent({ keepAlive: true });
  cleanups.push(() => agent.destroy());
  const healthy = await new Promise<number>((resolve, reject) =>
    http
      .get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => resolve(res.resume().statusCode ?? 0))
      .on('error', reject),
  );
  expect(healthy).toBe(200);
  await new Promise((resolve) => setImmediate(resolve));
  const [idle] = Object.values(agent.freeSockets).flat();
  expect(idle).toBeDefined();
  const idleClosed = once(idle!, 'close');

  // A login whose body is still on its way: the server has begun it (100 Continue) but cannot answer yet.
  const body = JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password' });
  const inFlight = net.connect(port, '127.0.0.1');
  await once(inFlight, 'connect');
  let received = '';
  inFlight.setEncoding('utf8');
  inFlight.on('data', (chunk: string) => (received += chunk));
  const answered = once(inFlight, 'end');
  inFlight.write(
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n${body.slice(0, 10)}`,
  );
  await new Promise<void>((resolve) => {
    const check = () => (received.includes('100 Continue') ? resolve() : setTimeout(check, 10));
    check();
  });

  const signalled = performance.now();
  child.kill('SIGTERM');
  await waitForOutput(child, /"msg":"shutting down"/);
  await idleClosed;

  inFlight.write(body.slice(10));
  await answered;
  const finalResponse = received.slice(received.lastIndexOf('HTTP/1.1 '));
  expect(finalResponse).toMatch(/^HTTP\/1\.1 401 /);
  expect(finalResponse).toMatch(/\r\nconnection: close\r\n/i);
  expect(finalResponse).toContain('"code":"invalid_credentials"');

  const [code, signal] = await exited;
  const elapsed = performance.now() - signalled;
  expect({ code, signal }, output()).toEqual({ code: 0, signal: null });
  expect(elapsed).toBeLessThan(5_000);
  expect(output()).toMatch(/"graceful":true/);
  // PGlite's lock file goes only when the database is closed.
  expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
}, 120_000);
