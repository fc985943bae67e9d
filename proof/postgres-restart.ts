import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { postgresAccepts, sleep } from './lib.ts';

const CONFIG_DIR = '/etc/postgresql';

/**
 * How to restart PostgreSQL: PROOF_RESTART_COMMAND (a shell command, for a server that is not the local Debian
 * cluster), else `pg_ctlcluster --skip-systemctl-redirect <version> main restart`; or why it cannot be done here.
 */
export function restartCommand(): { command: string; args: string[] } | { reason: string } {
  const custom = process.env.PROOF_RESTART_COMMAND;
  if (custom) return { command: 'sh', args: ['-c', custom] };
  if (!['/usr/bin/pg_ctlcluster', '/usr/sbin/pg_ctlcluster'].some(existsSync))
    return { reason: 'pg_ctlcluster is not installed (PostgreSQL is not a Debian-style cluster on this machine)' };
  if (!existsSync(CONFIG_DIR)) return { reason: `${CONFIG_DIR} does not exist` };
  const versions = readdirSync(CONFIG_DIR).filter((version) => existsSync(`${CONFIG_DIR}/${version}/main`));
  if (versions.length !== 1)
    return { reason: `expected one cluster "main" in ${CONFIG_DIR}, found ${versions.length}` };
  if (process.getuid?.() !== 0) return { reason: 'restarting PostgreSQL needs root' };
  return { command: 'pg_ctlcluster', args: ['--skip-systemctl-redirect', versions[0]!, 'main', 'restart'] };
}

/** Runs the restart command: it returns once PostgreSQL has started again. */
export function restartPostgres({ command, args }: { command: string; args: string[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${error.message} ${stderr}`)) : resolve(),
    );
  });
}

/**
 * Polls PostgreSQL every 25 ms. `downAt` is when the first refused connection attempt ended and `lastDownAt` when
 * the last one began: PostgreSQL was surely down between them. `upAt` is when the first accepted one after them
 * ended (performance.now() times).
 */
export function watchPostgres(url: string) {
  const watch = {
    downAt: undefined as number | undefined,
    lastDownAt: undefined as number | undefined,
    upAt: undefined as number | undefined,
    stopped: false,
  };
  const done = (async () => {
    while (!watch.stopped && watch.upAt === undefined) {
      const at = performance.now();
      const accepts = await postgresAccepts(url);
      if (!accepts) {
        watch.downAt ??= performance.now();
        watch.lastDownAt = at;
      }
      if (accepts && watch.downAt !== undefined) watch.upAt = performance.now();
      await sleep(25);
    }
  })();
  return {
    watch,
    /** Waits until PostgreSQL was seen down and up again, at most `ms`. */
    back: async (ms: number) => {
      const end = performance.now() + ms;
      while (watch.upAt === undefined && performance.now() < end) await sleep(50);
      watch.stopped = true;
      await done;
      return watch;
    },
  };
}
