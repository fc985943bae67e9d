import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const STARTUP_MS = 60_000;

export type ServerProcess = {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  api: string;
  child: ChildProcess;
  /** Settles with the exit code (null when a signal ended it) once the process has exited. */
  exited: Promise<number | null>;
  /** The last lines it wrote, for a report when something went wrong. */
  output: () => string;
  /** SIGTERM, then SIGKILL if it has not exited after `ms`. */
  stop: (ms?: number) => Promise<number | null>;
};

/**
 * Starts the real server (`node --import tsx server/src/server.ts`) on a free port, on `databaseUrl`, without the
 * demo seed, and resolves once it listens and `/readyz` answers.
 */
export async function startServer(options: {
  databaseUrl: string;
  jwtSecret: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: options.jwtSecret,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), STARTUP_MS);
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > 200) lines.shift();
        const running = /running at (http:\/\/\S+)/.exec(line);
        if (running) {
          clearTimeout(timer);
          resolve(running[1]!);
        }
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before it listened:\n${lines.slice(-20).join('\n')}`));
    });
  });
  const stop = async (ms = 15_000) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const code = await exited;
      clearTimeout(timer);
      return code;
    }
    return exited;
  };
  try {
    const url = await origin;
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    if (!ready.ok) throw new Error(`/readyz answered ${ready.status}`);
    return { origin: url, api: `${url}/api/v1`, child, exited, output: () => lines.join('\n'), stop };
  } catch (error) {
    await stop(2_000);
    throw error;
  }
}
