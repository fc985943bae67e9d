/**
 * PostgreSQL restarts under a write load (ambassadors logging activity, an admin enrolling, 20 clients): while it is
 * down the API answers 503 and nothing else (no other 5xx, no hang), it answers 2xx again within 5 s of PostgreSQL
 * accepting connections, and every write it acknowledged is in the database afterwards.
 *   npm run proof -- restart        (restarts the local cluster with pg_ctlcluster: needs root)
 * PROOF_RESTART_COMMAND replaces pg_ctlcluster (with PROOF_DATABASE_URL for another server); the proof is skipped
 * while other databases on the server have clients, unless PROOF_RESTART_ANYWAY=1.
 */
import { performance } from 'node:perf_hooks';
import { CONNECTIONS, figure, jwtSecret, scratchDatabase, SECONDS, skipped, sleep } from './lib.ts';
import { emptyLedger, enrol, logActivity } from './mix.ts';
import { restartCommand, restartPostgres, watchPostgres } from './postgres-restart.ts';
import { seedOrganisation } from './seed.ts';
import { startServer } from './server-process.ts';
import { acknowledgedWritesPresent } from './verify.ts';
import { pick, runClients, tally, type Outcome } from './workers.ts';

const BACK_WITHIN_MS = 5_000;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Clients of other databases on the cluster: a restart would cut their connections (a test run, say). */
async function otherClients(query: (text: string, values?: unknown[]) => Promise<{ datname: string }[]>, own: string) {
  const rows = await query(
    `select distinct datname from pg_stat_activity
     where backend_type = 'client backend' and datname is not null and datname <> $1 and pid <> pg_backend_pid()`,
    [own],
  );
  return rows.map((row) => row.datname);
}

/** What the server said about why it stopped: its error's message, code and emitter, from the end of its output. */
const lastWords = (output: string) =>
  output
    .split('\n')
    .filter((line) => /error|code: |Emitted/i.test(line) && !/^\s+at /.test(line))
    .slice(-5)
    .map((line) => `    | ${line.trim().slice(0, 300)}`);

export async function run() {
  const restart = restartCommand();
  if ('reason' in restart) return [skipped('restart', restart.reason)];
  const scratch = await scratchDatabase();
  const secret = jwtSecret();
  try {
    const others = await otherClients(scratch.query, scratch.name);
    if (others.length > 0 && process.env.PROOF_RESTART_ANYWAY !== '1')
      return [
        skipped(
          'restart',
          `PostgreSQL has clients on other databases (${others.join(', ')}); restarting it would cut them. ` +
            'Run it when they are done, or set PROOF_RESTART_ANYWAY=1',
        ),
      ];
    const seeded = await seedOrganisation(scratch.database.db, secret, {
      employees: 1000,
      ambassadorEvery: 20,
      sessions: 30,
      capacity: 25,
      round: false,
    });
    await scratch.closeSeeding();
    const server = await startServer({ databaseUrl: scratch.url, jwtSecret: secret });
    try {
      const ledger = emptyLedger();
      const connections = Math.min(20, CONNECTIONS);
      const next = () =>
        Math.random() < 0.7
          ? logActivity(server.api, seeded, ledger)
          : enrol(server.api, seeded, ledger, pick(seeded.sessionIds), pick(seeded.employeeIds));
      let loading = true;
      const outcomes: Outcome[] = [];
      const load = runClients({ connections, next, running: () => loading, outcomes });

      await sleep(Math.max(2, SECONDS / 3) * 1000);
      const postgres = watchPostgres(scratch.url);
      const restartedAt = performance.now();
      const failure = await restartPostgres(restart).then(
        () => undefined,
        (error: Error) => error.message,
      );
      const { downAt, lastDownAt, upAt } = await postgres.back(failure ? 0 : 60_000);
      if (failure) {
        loading = false;
        await load;
        return [figure('PostgreSQL restarted', failure, false)];
      }
      await sleep(Math.max(BACK_WITHIN_MS + 1_000, (SECONDS / 3) * 1000));
      loading = false;
      await load;
      const alive = server.child.exitCode === null && server.child.signalCode === null;

      const lines = [
        `${connections} clients writing; PostgreSQL restarted ${s(restartedAt - outcomes[0]!.startedAt)} into the load`,
      ];
      if (downAt === undefined || lastDownAt === undefined || upAt === undefined) {
        lines.push(figure('PostgreSQL seen down and up again', 'not observed within 60 s', false));
        return lines;
      }
      // Only requests made and answered while PostgreSQL surely refused connections: at the edges a request may still
      // commit on a session shutdown has not reached yet, or on the first connection after the restart.
      const whileDown = outcomes.filter((o) => o.startedAt >= downAt && o.endedAt <= lastDownAt);
      const otherWhileDown = whileDown.filter((o) => o.status !== 503);
      const serverErrors = outcomes.filter((o) => o.status !== undefined && o.status >= 500 && o.status !== 503);
      const failed = outcomes.filter((o) => o.error !== undefined);
      const firstOk = outcomes
        .filter((o) => o.startedAt >= upAt && o.status !== undefined && o.status < 300)
        .reduce((first, o) => Math.min(first, o.endedAt), Infinity);
      lines.push(
        figure(
          `answers while PostgreSQL was down (${s(Math.max(0, lastDownAt - downAt))})`,
          `${whileDown.length} (${tally(whileDown)})`,
          whileDown.length > 0 && otherWhileDown.length === 0,
        ),
        figure(
          '5xx other than 503 over the whole run',
          `${serverErrors.length} (${tally(serverErrors)})`,
          serverErrors.length === 0,
        ),
        figure(
          'network errors or hangs (no answer in 10 s)',
          `${failed.length} (${tally(failed)})`,
          failed.length === 0,
        ),
        figure(
          'first 2xx after PostgreSQL accepted connections again',
          firstOk === Infinity ? 'none' : `after ${s(firstOk - upAt)} (goal ≤ ${s(BACK_WITHIN_MS)})`,
          firstOk - upAt <= BACK_WITHIN_MS,
        ),
        figure('server process still running', alive ? 'yes' : `no: exited with ${server.child.exitCode}`, alive),
        figure('all answers over the run', `${outcomes.length} (${tally(outcomes)})`),
        await acknowledgedWritesPresent(scratch, ledger),
      );
      // What the server said last, when it did not survive: the reason is in it.
      if (!alive) lines.push(...lastWords(server.output()));
      return lines;
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}
