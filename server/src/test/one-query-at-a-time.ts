/**
 * Fails any test during which a query was sent on a pg client still busy with another: that happens only when
 * independent queries run in parallel on one transaction (see `together` in db/rows.ts), which pg 8 queues with a
 * warning and pg 9 refuses. Pool queries each take their own client and never trip it. On PGlite there is no pg client.
 */
import pg from 'pg';
import { afterEach, expect } from 'vitest';

type Watched = { _queryQueue?: unknown[]; _getActiveQuery?: () => unknown };
const overlapping: string[] = [];
const original = pg.Client.prototype.query;

pg.Client.prototype.query = function (this: Watched, ...args: unknown[]) {
  const busy = (this._getActiveQuery?.() ?? null) !== null || (this._queryQueue?.length ?? 0) > 0;
  if (busy) overlapping.push(String((args[0] as { text?: string })?.text ?? args[0]).slice(0, 160));
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof original;

/** The queries sent on a busy client since the last call (the start of each query, shortened). */
export function sentWhileBusy() {
  return overlapping.splice(0);
}

afterEach(() => {
  expect(sentWhileBusy(), 'queries sent in parallel on one transaction').toEqual([]);
});
