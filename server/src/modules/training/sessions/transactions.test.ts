/**
 * A transaction runs on one connection, which executes one query at a time: queries sent in parallel on it (Promise.all
 * over `tx`) are queued by pg 8 with a deprecation warning, and pg 9 drops that queue. On PostgreSQL this watches the
 * client for a query sent while another is still running; on PGlite there is no pg client and nothing to see.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attendance,
  enrol,
  makeAmbassador,
  newSession,
  patchSession,
  slot,
  useOrg,
  useTestApp,
} from '../training.fixtures.ts';

type Watched = { _queryQueue?: unknown[]; _getActiveQuery?: () => unknown };
const overlapping: string[] = [];
const original = pg.Client.prototype.query;
const t = useTestApp();
const org = useOrg(t, 'Zorggroep Verbinding');
beforeAll(() => {
  pg.Client.prototype.query = function (this: Watched, ...args: unknown[]) {
    const busy = (this._getActiveQuery?.() ?? null) !== null || (this._queryQueue?.length ?? 0) > 0;
    if (busy) overlapping.push(String((args[0] as { text?: string })?.text ?? args[0]).slice(0, 120));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});
afterAll(() => {
  pg.Client.prototype.query = original;
});

describe('queries inside a transaction', () => {
  it('PATCH /training-sessions/:id sends one query at a time on its transaction', async () => {
    const session = await newSession(t, org.token, { ...slot(1, 2, 10) });
    overlapping.length = 0;
    await patchSession(t, org.token, session.id, { title: 'Andere titel' }).expect(200);
    expect(overlapping).toEqual([]);
  });

  it('PUT /training-sessions/:id/attendance sends one query at a time on its transaction', async () => {
    const anna = await makeAmbassador(t, org, 'E01');
    const session = await newSession(t, org.token, { ...slot(-1, 2, 10), trainerIds: [anna.id] });
    await enrol(t, org.token, session.id, org.employee('E03').id).expect(201);
    overlapping.length = 0;
    await attendance(t, org.token, session.id, [{ employeeId: org.employee('E03').id, status: 'attended' }]).expect(
      200,
    );
    expect(overlapping).toEqual([]);
  });

  it('POST /training-sessions/:id/enrolments sends one query at a time on its transaction', async () => {
    const session = await newSession(t, org.token, { ...slot(1, 3, 10), capacity: 1 });
    overlapping.length = 0;
    for (const number of ['E04', 'E05']) await enrol(t, org.token, session.id, org.employee(number).id).expect(201);
    expect(overlapping).toEqual([]);
  });
});
