/**
 * The writes that notify and present sessions inside their transaction send one query at a time on it (see
 * test/one-query-at-a-time.ts). On PGlite there is no pg client and nothing to see.
 */
import { describe, expect, it } from 'vitest';
import { sentWhileBusy } from '../../../test/one-query-at-a-time.ts';
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

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Verbinding');

describe('queries inside a transaction', () => {
  it('PATCH /training-sessions/:id sends one query at a time on its transaction', async () => {
    const session = await newSession(t, org.token, { ...slot(1, 2, 10) });
    sentWhileBusy();
    await patchSession(t, org.token, session.id, { title: 'Andere titel' }).expect(200);
    expect(sentWhileBusy()).toEqual([]);
  });

  it('PUT /training-sessions/:id/attendance sends one query at a time on its transaction', async () => {
    const anna = await makeAmbassador(t, org, 'E01');
    const session = await newSession(t, org.token, { ...slot(-1, 2, 10), trainerIds: [anna.id] });
    await enrol(t, org.token, session.id, org.employee('E03').id).expect(201);
    sentWhileBusy();
    await attendance(t, org.token, session.id, [{ employeeId: org.employee('E03').id, status: 'attended' }]).expect(
      200,
    );
    expect(sentWhileBusy()).toEqual([]);
  });

  it('POST /training-sessions/:id/enrolments sends one query at a time on its transaction', async () => {
    const session = await newSession(t, org.token, { ...slot(1, 3, 10), capacity: 1 });
    sentWhileBusy();
    for (const number of ['E04', 'E05']) await enrol(t, org.token, session.id, org.employee(number).id).expect(201);
    expect(sentWhileBusy()).toEqual([]);
  });
});
