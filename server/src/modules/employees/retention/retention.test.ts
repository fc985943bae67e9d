import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import { api, makeAmbassador, useOrg, useTestApp } from '../../training/training.fixtures.ts';
import { insertUser } from '../../users/users.repository.ts';
import { applyRetention } from './retention.service.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Bewaartermijn');
const other = useOrg(t, 'Zorggroep Langer Bewaren');

const NOW = new Date('2026-12-05T10:00:00Z');
const log = { error: () => undefined, info: () => undefined };

async function leave(token: string, employeeId: string, leftAt: Date) {
  await api(t).patch(`/api/v1/employees/${employeeId}`).set(bearer(token)).send({ status: 'left' }).expect(200);
  await t.app.db.execute(sql`update employees set left_at = ${leftAt.toISOString()} where id = ${employeeId}`);
}

const nameOf = async (token: string, employeeId: string) =>
  (await api(t).get(`/api/v1/employees/${employeeId}`).set(bearer(token)).expect(200)).body.name as string;

describe('retention', () => {
  it('anonymises employees who left longer ago than the period, keeps those inside it and active ambassadors', async () => {
    const boundary = DateTime.fromJSDate(NOW).minus({ months: 24 });
    const longAgo = org.employee('E01').id;
    const justInside = org.employee('E02').id;
    const ambassador = org.employee('E03').id;
    await leave(org.token, longAgo, boundary.minus({ minutes: 1 }).toJSDate());
    await leave(org.token, justInside, boundary.plus({ minutes: 1 }).toJSDate());
    await makeAmbassador(t, org, 'E03', { status: 'active', managerConsent: true });
    await leave(org.token, ambassador, boundary.minus({ days: 10 }).toJSDate());
    // Another organisation keeps data longer: 36 months.
    await api(t)
      .patch('/api/v1/organisation')
      .set(bearer(other.token))
      .send({ privacy: { retentionMonths: 36 } });
    const elsewhere = other.employee('E01').id;
    await leave(other.token, elsewhere, boundary.minus({ months: 1 }).toJSDate());

    const result = await applyRetention({ db: t.app.db, now: NOW, log });

    expect(await nameOf(org.token, longAgo)).toMatch(/^Verwijderde medewerker/);
    expect(await nameOf(org.token, justInside)).toBe('Bram Beuk');
    expect(await nameOf(org.token, ambassador)).toBe('Cor Eik');
    expect(await nameOf(other.token, elsewhere)).toBe('Anna Beuk');
    expect(result).toEqual({ anonymised: 1, refused: 1 });

    // Again: nothing new to do, and the refused one is reported again for the admin to look at.
    expect(await applyRetention({ db: t.app.db, now: NOW, log })).toEqual({ anonymised: 0, refused: 1 });
  });

  it("never erases the caller's own account, nor the organisation's last active admin", async () => {
    const admin = await insertUser({
      db: t.app.db,
      organisationId: org.organisation.id,
      user: {
        email: 'beheer.e04@bewaar.example',
        name: 'Dirk Rivier',
        role: 'admin',
        status: 'active',
        employeeId: org.employee('E04').id,
      },
    });
    const token = t.app.jwt.sign({ sub: admin.id, org: org.organisation.id, role: 'admin' });
    const own = await api(t)
      .post(`/api/v1/employees/${org.employee('E04').id}/erase`)
      .set(bearer(token))
      .expect(409);
    expect(own.body.code).toBe('cannot_erase_self');

    // With the signing-up admin gone, she is the last active admin: the retention job leaves her be.
    await t.app.db.execute(sql`update users set status = 'deactivated' where id = ${org.user.id}`);
    await leave(token, org.employee('E04').id, DateTime.fromJSDate(NOW).minus({ months: 30 }).toJSDate());
    const result = await applyRetention({ db: t.app.db, now: NOW, log });
    expect(result.refused).toBeGreaterThanOrEqual(1);
    expect(await nameOf(token, org.employee('E04').id)).toBe('Dirk Rivier');
    await t.app.db.execute(sql`update users set status = 'active' where id = ${org.user.id}`);
  });
});
