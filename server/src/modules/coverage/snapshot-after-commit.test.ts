import { sql } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { refreshCoverageSnapshot } from './coverage.service.ts';

/**
 * Today's coverage snapshot is written after a change has committed. When that fails (here: a trigger that refuses
 * the organisation's snapshot rows like a lost connection would, SQLSTATE 08006), the change is already stored, so
 * the answer must still be a success: an error would make the client retry into a 409 (already_ambassador, a taken
 * employee number).
 */

let t: TestApp;
let org: SignedUpOrg;
let departmentId: string;
let layerId: string;
const api = () => request(t.app.server);

/** A trigger that makes storing this organisation's snapshot fail; a schema change, so made as the owner. */
async function failSnapshots(on: boolean) {
  await t.database.asOwner(async (db) => {
    if (!on) {
      await db.execute(sql.raw('drop trigger if exists snapshot_down on coverage_snapshots'));
      return;
    }
    await db.execute(
      sql.raw(`create or replace function snapshot_down() returns trigger language plpgsql as $$
        begin raise exception 'snapshot store unreachable' using errcode = '08006'; end $$`),
    );
    await db.execute(
      sql.raw(`create trigger snapshot_down before insert or update on coverage_snapshots for each row
        when (new.organisation_id = '${org.organisation.id}') execute function snapshot_down()`),
    );
  });
}

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Momentopname');
  departmentId = (await api().post('/api/v1/departments').set(bearer(org.token)).send({ name: 'Zorg' }).expect(201))
    .body.id;
  layerId = (await api().get('/api/v1/layers').set(bearer(org.token)).expect(200)).body.items[0].id;
  await failSnapshots(true);
});
afterAll(() => t.close());

const historyTotals = async () =>
  (await api().get('/api/v1/coverage/history').set(bearer(org.token)).expect(200)).body.items as {
    totals: { employees: number; activeAmbassadors: number };
  }[];

describe('a change whose coverage snapshot fails after commit', () => {
  const ids: { employee?: string; ambassador?: string } = {};

  it('creates an employee with 201, stored', async () => {
    const response = await api()
      .post('/api/v1/employees')
      .set(bearer(org.token))
      .send({ employeeNumber: 'S1', name: 'Sanne Snapshot', departmentId, layerId });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    ids.employee = response.body.id;
    await api().get(`/api/v1/employees/${ids.employee}`).set(bearer(org.token)).expect(200);
  });

  it('updates an employee with 200, stored', async () => {
    const response = await api()
      .patch(`/api/v1/employees/${ids.employee}`)
      .set(bearer(org.token))
      .send({ jobTitle: 'Verpleegkundige' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const stored = await api().get(`/api/v1/employees/${ids.employee}`).set(bearer(org.token)).expect(200);
    expect(stored.body.jobTitle).toBe('Verpleegkundige');
  });

  it('applies an import with 200, stored', async () => {
    const response = await api()
      .post('/api/v1/employees/import')
      .query({ dryRun: false })
      .set(bearer(org.token))
      .set('content-type', 'text/csv')
      .send('employee_number,name,department,layer\nS2,Sem Snapshot,Zorg,Management\n');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.created).toBe(1);
  });

  it('makes an ambassador with 201, stored, and a retry gets the usual 409', async () => {
    const body = { employeeId: ids.employee, source: 'recruited', status: 'onboarding' };
    const response = await api().post('/api/v1/ambassadors').set(bearer(org.token)).send(body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    ids.ambassador = response.body.id;
    await api().get(`/api/v1/ambassadors/${ids.ambassador}`).set(bearer(org.token)).expect(200);
    const retry = await api().post('/api/v1/ambassadors').set(bearer(org.token)).send(body).expect(409);
    expect(retry.body.code).toBe('already_ambassador');
  });

  it('moves an ambassador to another status with 200, stored', async () => {
    const response = await api()
      .patch(`/api/v1/ambassadors/${ids.ambassador}`)
      .set(bearer(org.token))
      .send({ status: 'active' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const stored = await api().get(`/api/v1/ambassadors/${ids.ambassador}`).set(bearer(org.token)).expect(200);
    expect(stored.body.status).toBe('active');
  });

  it('changes the organisation’s coverage target with 200, stored', async () => {
    const response = await api()
      .patch('/api/v1/organisation')
      .set(bearer(org.token))
      .send({ coverageTarget: { perEmployees: 50, minPerCell: 1 } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const stored = await api().get('/api/v1/organisation').set(bearer(org.token)).expect(200);
    expect(stored.body.coverageTarget).toEqual({ perEmployees: 50, minPerCell: 1 });
  });

  it('recorded no snapshot meanwhile, and the next change catches up once the store works again', async () => {
    expect(await historyTotals()).toEqual([]);
    await failSnapshots(false);
    await api()
      .patch(`/api/v1/employees/${ids.employee}`)
      .set(bearer(org.token))
      .send({ location: 'Noord' })
      .expect(200);
    const items = await historyTotals();
    expect(items).toHaveLength(1);
    expect(items[0]!.totals).toMatchObject({ employees: 2, activeAmbassadors: 1 });
  });

  it('reports the failure to the caller’s log instead of throwing', async () => {
    await failSnapshots(true);
    const log = { error: vi.fn() };
    await expect(refreshCoverageSnapshot({ db: t.app.db, organisationId: org.organisation.id, log })).resolves.toBe(
      undefined,
    );
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.anything(), organisationId: org.organisation.id }),
      expect.stringContaining('snapshot'),
    );
    await failSnapshots(false);
  });
});
