/**
 * SIGTERM to the server under the realistic mix: every request sent before the signal gets its answer (no reset),
 * the process exits 0, every acknowledged write is in the database and no request is half-written.
 *   npm run proof -- sigterm
 */
import { performance } from 'node:perf_hooks';
import { CONNECTIONS, figure, SECONDS, sleep } from './lib.ts';
import { emptyLedger, realisticMix } from './mix.ts';
import { withSeededServer } from './seeded-server.ts';
import { acknowledgedWritesPresent, noHalfWrites } from './verify.ts';
import { runClients, warmUp, tally, type Outcome } from './workers.ts';

export async function run() {
  const options = { employees: 2000, ambassadorEvery: 25, sessions: 40, capacity: 20, round: true };
  return withSeededServer(options, async ({ scratch, seeded, server }) => {
    const ledger = emptyLedger();
    const mix = realisticMix(server.api, seeded, ledger);
    await warmUp(mix.warmUpCalls());
    let loading = true;
    const outcomes: Outcome[] = [];
    const load = runClients({ connections: CONNECTIONS, next: mix.next, running: () => loading, outcomes });
    await sleep(Math.max(3, SECONDS / 2) * 1000);

    const signalAt = performance.now();
    server.child.kill('SIGTERM');
    // The grace period is 10 s and closing the database at most 5 s more: past 30 s it hangs, and is killed.
    const kill = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
    const code = await server.exited;
    clearTimeout(kill);
    const exitedAt = performance.now();
    loading = false;
    await load;

    const before = outcomes.filter((o) => o.startedAt < signalAt);
    const inFlight = before.filter((o) => o.endedAt >= signalAt);
    const lost = before.filter((o) => o.error !== undefined);
    const broken = before.filter((o) => o.status !== undefined && o.status >= 500 && o.code !== 'shutting_down');
    const after = outcomes.filter((o) => o.startedAt >= signalAt);
    return [
      `${CONNECTIONS} clients of the realistic mix; SIGTERM after ${((signalAt - (outcomes[0]?.startedAt ?? signalAt)) / 1000).toFixed(1)} s`,
      figure(
        'requests in flight at SIGTERM',
        `${inFlight.length}: ${tally(inFlight)}`,
        inFlight.every((o) => o.status !== undefined && (o.status < 500 || o.code === 'shutting_down')),
      ),
      figure(
        'requests sent before SIGTERM without an answer (reset, no answer in 10 s)',
        `${lost.length} of ${before.length}${lost.length ? ` (${tally(lost)})` : ''}`,
        lost.length === 0,
      ),
      figure(
        'requests sent before SIGTERM answered 5xx other than 503 shutting_down',
        `${broken.length}${broken.length ? ` (${tally(broken)})` : ''}`,
        broken.length === 0,
      ),
      figure('requests sent after SIGTERM', `${after.length}: ${tally(after)}`),
      figure(
        'exit code',
        `${code ?? 'none (killed after 30 s)'} after ${((exitedAt - signalAt) / 1000).toFixed(1)} s`,
        code === 0,
      ),
      await acknowledgedWritesPresent(scratch, ledger),
      await noHalfWrites(scratch),
    ];
  });
}
