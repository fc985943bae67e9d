/**
 * Two server processes on one database, PROOF_CONNECTIONS clients spread over both enrolling distinct employees in
 * sessions of capacity 5, four times as many as fit, session by session: no session ends up with more registered
 * places than its capacity, and every full one exactly at it. With an SMTP sink (the smtp-server package), every mail
 * the enrolments queued is delivered exactly once although both instances run the outbox sender.
 *   npm run proof -- two-instances
 */
import { performance } from 'node:perf_hooks';
import {
  CONNECTIONS,
  figure,
  jwtSecret,
  scratchDatabase,
  SECONDS,
  skipped,
  sleep,
  type ScratchDatabase,
} from './lib.ts';
import { emptyLedger, enrol } from './mix.ts';
import { seedOrganisation } from './seed.ts';
import { startServer, type ServerProcess } from './server-process.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';
import { acknowledgedWritesPresent } from './verify.ts';
import { forSeconds, latencyByName, loadFigures, runClients, type Outcome } from './workers.ts';

const CAPACITY = 5;
const DEMAND = 4;
/** The outbox is given as long as it keeps sending; it fails when no mail went out for this long. */
const MAIL_STALL_MS = 20_000;

async function capacityFigures(scratch: ScratchDatabase): Promise<string[]> {
  const sessions = await scratch.query<{ capacity: number; registered: number; enrolled: number }>(`
    select s.capacity, count(e.*) filter (where e.status = 'registered')::int as registered,
      count(e.*) filter (where e.status <> 'cancelled')::int as enrolled
    from training_sessions s left join training_enrolments e on e.session_id = s.id
    group by s.id, s.capacity`);
  const demanded = sessions.filter((session) => session.enrolled > session.capacity);
  const over = sessions.filter((session) => session.registered > session.capacity);
  const exact = demanded.filter((session) => session.registered === session.capacity);
  return [
    figure(
      'sessions with more registered than their capacity',
      `${over.length} of ${sessions.length}`,
      over.length === 0,
    ),
    figure(
      'sessions asked for more places than they have, filled exactly to capacity',
      `${exact.length} of ${demanded.length}`,
      demanded.length > 0 && exact.length === demanded.length,
    ),
  ];
}

/**
 * Waits until the outbox has nothing left to send, as long as it keeps sending, then compares what was queued with
 * what the sink received. Delivery is the figure, not its speed: a slow machine may take longer.
 */
async function mailFigures(scratch: ScratchDatabase, sink: SmtpSink): Promise<string[]> {
  const started = performance.now();
  const pending = async () =>
    (
      await scratch.query<{ count: number }>(
        `select count(*)::int as count from outbox where status = 'queued' and delivery = 'immediate'`,
      )
    )[0]!.count;
  let left = await pending();
  let progressAt = performance.now();
  while (left > 0 && performance.now() - progressAt < MAIL_STALL_MS) {
    await sleep(500);
    const now = await pending();
    if (now < left) progressAt = performance.now();
    left = now;
  }
  const waited = (performance.now() - started) / 1000;
  await sleep(2_000); // a second delivery of a mail would arrive now
  const queued = await scratch.query<{ address: string; status: string; kind: string }>(
    'select lower(to_address) as address, status, kind from outbox',
  );
  const kinds = new Map<string, number>();
  for (const { kind } of queued) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const expected = new Map<string, number>();
  for (const { address } of queued) expected.set(address, (expected.get(address) ?? 0) + 1);
  const received = new Map<string, number>();
  for (const address of sink.recipients) received.set(address, (received.get(address) ?? 0) + 1);
  const twice = [...received].filter(([address, count]) => count > (expected.get(address) ?? 0));
  const missing = [...expected].filter(([address, count]) => (received.get(address) ?? 0) < count);
  const sent = queued.filter((row) => row.status === 'sent').length;
  return [
    figure(
      'mails queued, delivered to the SMTP sink',
      `${queued.length} queued (${[...kinds].map(([kind, count]) => `${kind} ×${count}`).join(', ')}; ` +
        `${sent} marked sent after ${waited.toFixed(0)} s, ${left} still queued` +
        `${left > 0 ? ` when none went out for ${MAIL_STALL_MS / 1000} s` : ''}), ` +
        `${sink.recipients.length} received`,
      queued.length > 0 && left === 0 && sent === queued.length,
    ),
    figure(
      'mails delivered more than once, or never',
      `${twice.length} recipients got a mail twice, ${missing.length} got none`,
      twice.length === 0 && missing.length === 0,
    ),
  ];
}

export async function run() {
  const scratch = await scratchDatabase();
  const secret = jwtSecret();
  const sink = await startSmtpSink();
  const servers: ServerProcess[] = [];
  try {
    const seeded = await seedOrganisation(scratch.database.db, secret, {
      employees: 3000,
      ambassadorEvery: 1000,
      sessions: 150,
      capacity: CAPACITY,
      round: false,
    });
    await scratch.closeSeeding();
    const env: Record<string, string> = sink ? { SMTP_URL: sink.url } : {};
    servers.push(
      ...(await Promise.all([1, 2].map(() => startServer({ databaseUrl: scratch.url, jwtSecret: secret, env })))),
    );

    // Session by session, so that the clients race for the same session's last places; every employee once.
    const ledger = emptyLedger();
    const work = Math.min(seeded.employeeIds.length, seeded.sessionIds.length * CAPACITY * DEMAND);
    let n = 0;
    const next = (client: number) => {
      if (n >= work) return undefined;
      const index = n++;
      const sessionId = seeded.sessionIds[Math.floor(index / (CAPACITY * DEMAND))]!;
      const call = enrol(servers[client % 2]!.api, seeded, ledger, sessionId, seeded.employeeIds[index]!);
      return { ...call, name: `${call.name} on server ${(client % 2) + 1}` };
    };
    const started = performance.now();
    const outcomes: Outcome[] = await runClients({ connections: CONNECTIONS, next, running: forSeconds(SECONDS) });
    const seconds = Math.max(1, Math.round((performance.now() - started) / 1000));

    const lines = [
      `2 servers, ${CONNECTIONS} clients, ${Math.ceil(n / (CAPACITY * DEMAND))} sessions of ${CAPACITY} places asked ` +
        `for ${DEMAND}× that, ${n} enrolments`,
      ...loadFigures(outcomes, seconds),
      ...latencyByName(outcomes),
      ...(await capacityFigures(scratch)),
      await acknowledgedWritesPresent(scratch, ledger),
    ];
    if (sink) lines.push(...(await mailFigures(scratch, sink)));
    else lines.push(skipped('mail sent exactly once', 'the smtp-server package is not in node_modules (npm install)'));
    return lines;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await sink?.close();
    await scratch.drop();
  }
}
