import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bearer } from '../../test/factories.ts';
import { api, linkedUser, newSession, useOrg, usePeople, useTestApp } from '../training/training.fixtures.ts';
import { sendScheduledMessages } from './reminders.service.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Herinnering');
const people = usePeople(t, org);
const log = { error: () => undefined };

type Row = { kind: string; to_address: string; dedupe_key: string };

async function outbox(kind: string): Promise<Row[]> {
  const result = await t.app.db.execute(
    sql`select kind, to_address, dedupe_key from outbox
        where organisation_id = ${org.organisation.id} and kind = ${kind} order by to_address`,
  );
  return (result as unknown as { rows: Row[] }).rows;
}

const hoursBefore = (iso: string, hours: number) => new Date(new Date(iso).getTime() - hours * 3600_000);
const run = (now: Date) => sendScheduledMessages({ db: t.app.db, now, log });

describe('scheduled messages', () => {
  it('reminds trainees and trainers 24 hours before a session, once, and asks the trainer for attendance after it', async () => {
    const trainee = await linkedUser(t, org, 'E05');
    const session = await newSession(t, org.token, {
      startsAt: '2030-06-04T08:00:00.000Z',
      endsAt: '2030-06-04T10:00:00.000Z',
      trainerIds: [people.anna.id],
    });
    await api(t)
      .post(`/api/v1/training-sessions/${session.id}/enrolments`)
      .set(bearer(org.token))
      .send({ employeeId: org.employee('E05').id })
      .expect(201);
    expect(trainee.id).toBeTruthy();

    await run(hoursBefore(session.startsAt, 25));
    expect(await outbox('session_reminder')).toEqual([]);

    await run(hoursBefore(session.startsAt, 20));
    await run(hoursBefore(session.startsAt, 19));
    const reminders = await outbox('session_reminder');
    expect(reminders).toHaveLength(2);
    expect(new Set(reminders.map((row) => row.dedupe_key)).size).toBe(2);

    const afterwards = new Date(new Date(session.endsAt).getTime() + 2 * 3600_000);
    await run(afterwards);
    await run(afterwards);
    const asked = await outbox('attendance_due');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.dedupe_key).toContain(session.id);
  });

  it('tells an owner her page is due, and nudges an active ambassador who has been quiet for 30 days', async () => {
    await api(t)
      .post('/api/v1/content-items')
      .set(bearer(org.token))
      .send({ title: 'Roosterwijzigingen', ownerAmbassadorId: people.bram.id, reviewIntervalDays: 30 })
      .expect(201);
    // Both ambassadors became active long ago; Anna logged something last week, Bram never did.
    await t.app.db.execute(
      sql`update ambassadors set created_at = now() - interval '90 days' where organisation_id = ${org.organisation.id}`,
    );
    await t.app.db.execute(
      sql`update ambassador_status_changes set changed_at = now() - interval '90 days'
          where organisation_id = ${org.organisation.id}`,
    );
    await api(t)
      .post('/api/v1/activities')
      .set(bearer(people.anna.token))
      .send({
        kind: 'colleague_helped',
        date: new Date(Date.now() - 5 * 86400_000).toISOString().slice(0, 10),
        count: 2,
      })
      .expect(201);

    const in40days = new Date(Date.now() + 40 * 86400_000);
    await run(new Date());
    expect(await outbox('content_review_due')).toEqual([]);
    await run(in40days);
    expect(await outbox('content_review_due')).toHaveLength(1);

    const nudged = await outbox('inactivity_nudge');
    // Bram (quiet since he became active) is nudged; Anna's activity is 45 days old by then, so she is too, once.
    expect(nudged.length).toBeGreaterThanOrEqual(1);
    await run(in40days);
    expect(await outbox('inactivity_nudge')).toHaveLength(nudged.length);
    await run(new Date());
    const today = await outbox('inactivity_nudge');
    expect(today).toHaveLength(nudged.length);
  });

  it('sends admins the weekly digest from Monday 08:00, once a week', async () => {
    // Monday 7 January 2030 in Amsterdam (week 2030-W02); earlier tests' runs sent the digests of their own weeks.
    const digests = async (week: string) =>
      (await outbox('admin_digest')).filter((row) => row.dedupe_key.startsWith(`admin_digest:${week}:`));
    await run(new Date('2030-01-07T06:30:00.000Z'));
    expect(await digests('2030-W02')).toEqual([]);
    await run(new Date('2030-01-07T07:30:00.000Z'));
    await run(new Date('2030-01-09T12:00:00.000Z'));
    expect(await digests('2030-W02')).toHaveLength(1);
    await run(new Date('2030-01-14T08:15:00.000Z'));
    expect(await digests('2030-W03')).toHaveLength(1);
  });
});
