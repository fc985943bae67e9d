import { fork, type ChildProcess } from 'node:child_process';
import http, { type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import type { DatabaseSource, LoggedError, TableDigest } from './fuzz-server.ts';

export type WireRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
};

export type Answer = {
  status?: number;
  headers?: IncomingHttpHeaders;
  text?: string;
  /** No answer within the time allowed. */
  timedOut?: boolean;
  /** The connection failed or closed without an answer. */
  error?: string;
  ms: number;
};

const STARTUP_MS = 90_000;
/** Bodies kept for the failure message and for reading a problem's `code`; a CSV export can be longer. */
const MAX_KEPT_BYTES = 256 * 1024;

/** The app under fuzzing in its own process (see fuzz-server.ts), restarted when it stops answering. */
export class FuzzServer {
  private child: ChildProcess | undefined;
  private agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private port = 0;
  private stderr = '';
  /** Goes up at every (re)start: a new process has a new database, so the fixture must be built again. */
  generation = 0;

  constructor(private readonly source: DatabaseSource) {}

  async start(): Promise<void> {
    this.stderr = '';
    const child = fork(path.join(import.meta.dirname, 'fuzz-server.ts'), [], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, FUZZ_DATABASE: JSON.stringify(this.source) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-8000);
    });
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fuzz server did not start:\n${this.stderr}`)), STARTUP_MS);
      child.once('message', (message: { port: number }) => {
        clearTimeout(timer);
        resolve(message.port);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`fuzz server exited with ${code} while starting:\n${this.stderr}`));
      });
    });
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    this.generation += 1;
  }

  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the process wrote to stderr lately: a crash's stack. */
  get recentStderr(): string {
    return this.stderr;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.agent.destroy();
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /**
   * Sends one request on a connection of its own (`keepAlive` for the fixture and control calls only): an answer sent
   * before a body was read must not leave that body to be parsed as the next request.
   */
  send(request: WireRequest, timeoutMs: number, { keepAlive = false } = {}): Promise<Answer> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise<Answer>((resolve) => {
      let settled = false;
      const finish = (answer: Omit<Answer, 'ms'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...answer, ms: elapsed() });
      };
      let outgoing: http.ClientRequest;
      try {
        outgoing = http.request({
          host: '127.0.0.1',
          port: this.port,
          method: request.method,
          path: request.path,
          headers: {
            ...request.headers,
            ...(request.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(request.body)) }),
            ...(keepAlive ? {} : { connection: 'close' }),
          },
          agent: keepAlive ? this.agent : false,
        });
      } catch (error) {
        // A request Node itself will not send (an unescaped character in the path): the generator's mistake.
        throw new Error(`could not send ${request.method} ${request.path}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const timer = setTimeout(() => {
        outgoing.destroy();
        finish({ timedOut: true });
      }, timeoutMs);
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < MAX_KEPT_BYTES) chunks.push(chunk);
          kept += chunk.length;
        });
        response.on('end', () =>
          finish({
            status: response.statusCode,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', (error) => finish({ error: error.message }));
      });
      outgoing.on('error', (error) => finish({ error: error.message }));
      outgoing.end(request.body);
    });
  }

  /** A call that must succeed (fixtures, control routes): throws with the answer otherwise. */
  async call<T>(
    method: string,
    url: string,
    { body, token, expect = [200, 201] }: { body?: unknown; token?: string; expect?: number[] } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { 'x-forwarded-for': randomIp() };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const answer = await this.send(
      { method, path: url, headers, body: body === undefined ? undefined : JSON.stringify(body) },
      30_000,
      { keepAlive: true },
    );
    if (answer.status === undefined || !expect.includes(answer.status))
      throw new Error(
        `${method} ${url} answered ${answer.status ?? answer.error ?? 'nothing (timed out)'}: ${answer.text ?? ''}`,
      );
    return (answer.text ? JSON.parse(answer.text) : undefined) as T;
  }

  digest(): Promise<TableDigest[]> {
    return this.call<TableDigest[]>('GET', '/__fuzz/digest');
  }

  loggedErrors(): Promise<LoggedError[]> {
    return this.call<LoggedError[]>('GET', '/__fuzz/errors');
  }
}

let ipCounter = 0;
/** A different client address per request (the app trusts X-Forwarded-For in this process). */
export function randomIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}
