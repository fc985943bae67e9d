import { performance } from 'node:perf_hooks';
import { ms, percentile } from '../bench/lib.ts';
import { figure, REQUEST_TIMEOUT_MS } from './lib.ts';

/** One request a client sends. */
export type Call = {
  /** What the request is, for the per-kind figures (`POST /activities`). */
  name: string;
  method?: string;
  url: string;
  token: string;
  body?: unknown;
  /** The 4xx answers this request may get as part of the mix (a full or double enrolment's 409). */
  expected?: number[];
  /** Called with every answer's status and parsed body (the ids the API returned). */
  onAnswer?: (status: number, body: unknown) => void;
};

/** What became of one request: its status, or the network error (`timeout` when it hung). */
export type Outcome = {
  name: string;
  status?: number;
  error?: string;
  expected: boolean;
  startedAt: number;
  endedAt: number;
  /** The problem+json `code` of an error answer. */
  code?: string;
  /** Sent before the measured load (its latency is not counted; its errors are). */
  warmup?: boolean;
};

/** Why fetch failed: the socket's error code (ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET…) or `timeout`. */
function reason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function send(call: Call): Promise<Outcome> {
  const startedAt = performance.now();
  try {
    const response = await fetch(call.url, {
      method: call.method ?? 'GET',
      headers: {
        authorization: `Bearer ${call.token}`,
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const json = /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
    call.onAnswer?.(response.status, json);
    return {
      name: call.name,
      status: response.status,
      expected: response.ok || (call.expected ?? []).includes(response.status),
      startedAt,
      endedAt: performance.now(),
      ...(response.ok ? {} : { code: (json as { code?: string } | undefined)?.code ?? '' }),
    };
  } catch (error) {
    return { name: call.name, error: reason(error), expected: false, startedAt, endedAt: performance.now() };
  }
}

/**
 * `connections` clients, each sending the next call as soon as the previous one is answered, until `next` gives none
 * or `running()` turns false. Every request's outcome is kept.
 */
export async function runClients(options: {
  connections: number;
  next: (client: number) => Call | undefined;
  running: () => boolean;
  outcomes?: Outcome[];
  warmup?: boolean;
}): Promise<Outcome[]> {
  const outcomes = options.outcomes ?? [];
  await Promise.all(
    Array.from({ length: options.connections }, async (_, client) => {
      while (options.running()) {
        const call = options.next(client);
        if (!call) return;
        const outcome = await send(call);
        outcomes.push(options.warmup ? { ...outcome, warmup: true } : outcome);
      }
    }),
  );
  return outcomes;
}

/** Each call once, one after another, before the measured load: the server compiles and caches on first use. */
export async function warmUp(calls: Call[]): Promise<Outcome[]> {
  let index = 0;
  return runClients({ connections: 1, next: () => calls[index++], running: () => true, warmup: true });
}

/** Stops after `seconds`. */
export function forSeconds(seconds: number): () => boolean {
  const end = performance.now() + seconds * 1000;
  return () => performance.now() < end;
}

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

const countBy = (outcomes: Outcome[], key: (outcome: Outcome) => string) => {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(key(outcome), (counts.get(key(outcome)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} ×${count}`).join(', ');
};

/** Outcomes counted by status and problem code, or by network error: `201 ×40, 503 database_unavailable ×3`. */
export function tally(outcomes: Outcome[]): string {
  return (
    countBy(outcomes, ({ status, code, error }) =>
      status === undefined ? error! : `${status}${code ? ` ${code}` : ''}`,
    ) || 'none'
  );
}

/** The figures of a load: requests, network errors and hangs, 5xx, expected and other 4xx, and latency. */
export function loadFigures(outcomes: Outcome[], seconds: number): string[] {
  const answered = outcomes.filter((outcome) => outcome.status !== undefined);
  const failed = outcomes.filter((outcome) => outcome.error !== undefined);
  const serverErrors = answered.filter((outcome) => outcome.status! >= 500);
  const expected4xx = answered.filter((outcome) => outcome.status! >= 400 && outcome.expected);
  const other4xx = answered.filter((outcome) => outcome.status! >= 400 && outcome.status! < 500 && !outcome.expected);
  const measured = answered.filter((outcome) => !outcome.warmup);
  const latency = measured.map((outcome) => outcome.endedAt - outcome.startedAt);
  const sent = outcomes.filter((outcome) => !outcome.warmup).length;
  const lines = [
    figure(
      'requests',
      `${sent} in ${seconds} s (${Math.round(sent / seconds)}/s), ` +
        `${measured.filter((outcome) => outcome.status! < 300).length} answered 2xx` +
        (sent < outcomes.length ? ` (and ${outcomes.length - sent} to warm up)` : ''),
    ),
    figure(
      'errors (network, no answer within 10 s)',
      failed.length === 0 ? '0' : `${failed.length} (${countBy(failed, (outcome) => outcome.error!)})`,
      failed.length === 0,
    ),
    figure(
      '5xx answers',
      serverErrors.length === 0
        ? '0'
        : `${serverErrors.length} (${countBy(serverErrors, (o) => `${o.name} ${o.status} ${o.code}`)})`,
      serverErrors.length === 0,
    ),
    figure(
      '4xx the mix expects',
      expected4xx.length === 0
        ? '0'
        : `${expected4xx.length} (${countBy(expected4xx, (o) => `${o.status} ${o.code}`)})`,
    ),
    figure(
      'other 4xx',
      other4xx.length === 0
        ? '0'
        : `${other4xx.length} (${countBy(other4xx, (o) => `${o.name} ${o.status} ${o.code}`)})`,
      other4xx.length === 0,
    ),
  ];
  if (latency.length > 0)
    lines.push(figure('latency', `p50 ${ms(percentile(latency, 50))}, p99 ${ms(percentile(latency, 99))}`));
  return lines;
}

/** p50 and p99 per kind of request, reported without a goal. */
export function latencyByName(outcomes: Outcome[]): string[] {
  const names = [...new Set(outcomes.map((outcome) => outcome.name))].sort();
  return names.map((name) => {
    const samples = outcomes
      .filter((outcome) => outcome.name === name && outcome.status !== undefined && !outcome.warmup)
      .map((outcome) => outcome.endedAt - outcome.startedAt);
    return figure(
      `  ${name}`,
      samples.length === 0
        ? 'no answers'
        : `${samples.length} answered, p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}`,
    );
  });
}
