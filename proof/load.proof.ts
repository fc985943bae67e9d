/**
 * PROOF_SECONDS at PROOF_CONNECTIONS clients of a realistic mix against one server on PostgreSQL: lists, coverage and
 * the dashboard, enrolments, answers to an open round and logged activity. Goal: no network errors, no 5xx.
 *   npm run proof -- load
 */
import { CONNECTIONS, SECONDS } from './lib.ts';
import { emptyLedger, realisticMix } from './mix.ts';
import { withSeededServer } from './seeded-server.ts';
import { acknowledgedWritesPresent } from './verify.ts';
import { forSeconds, latencyByName, loadFigures, runClients, warmUp } from './workers.ts';

export async function run() {
  const options = { employees: 3000, ambassadorEvery: 30, sessions: 60, capacity: 20, round: true };
  return withSeededServer(options, async ({ scratch, seeded, server }) => {
    const ledger = emptyLedger();
    const mix = realisticMix(server.api, seeded, ledger);
    const outcomes = await warmUp(mix.warmUpCalls());
    await runClients({ connections: CONNECTIONS, next: mix.next, running: forSeconds(SECONDS), outcomes });
    return [
      `${seeded.employeeIds.length} employees, ${seeded.ambassadors.length} ambassadors, ` +
        `${seeded.sessionIds.length} sessions; ${CONNECTIONS} clients for ${SECONDS} s`,
      ...loadFigures(outcomes, SECONDS),
      ...latencyByName(outcomes),
      await acknowledgedWritesPresent(scratch, ledger),
    ];
  });
}
