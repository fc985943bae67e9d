import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import { api, linkedUser, newSession, useOrg, usePeople, useTestApp } from '../training.fixtures.ts';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Wijziging');
const people = usePeople(t, org);

type Row = { kind: string; to_address: string; attachments: { content: string; contentType: string }[] };

async function mails(kind: string): Promise<Row[]> {
  const result = await t.app.db.execute(
    sql`select kind, to_address, attachments from outbox
        where organisation_id = ${org.organisation.id} and kind = ${kind} order by created_at, to_address`,
  );
  return (result as unknown as { rows: Row[] }).rows;
}

const patch = (id: string, body: object) =>
  api(t).patch(`/api/v1/training-sessions/${id}`).set(bearer(org.token)).send(body).expect(200);

describe('session changed or cancelled', () => {
  it('mails the enrolled and the trainers when a session moves or is cancelled, with a calendar update', async () => {
    await linkedUser(t, org, 'E06');
    const session = await newSession(t, org.token, {
      startsAt: '2030-09-03T08:00:00.000Z',
      endsAt: '2030-09-03T09:30:00.000Z',
      trainerIds: [people.anna.id],
    });
    await api(t)
      .post(`/api/v1/training-sessions/${session.id}/enrolments`)
      .set(bearer(org.token))
      .send({ employeeId: org.employee('E06').id })
      .expect(201);

    // A change nobody in the session notices stays quiet.
    await patch(session.id, { capacity: 12, description: 'Neem je laptop mee' });
    expect(await mails('session_changed')).toEqual([]);

    await patch(session.id, { startsAt: '2030-09-03T12:00:00.000Z', endsAt: '2030-09-03T13:30:00.000Z' });
    const changed = await mails('session_changed');
    expect(changed).toHaveLength(2);
    const ics = changed[0]!.attachments[0]!;
    expect(ics.contentType).toContain('method=PUBLISH');
    expect(ics.content).toMatch(/SEQUENCE:[1-9]/);
    expect(ics.content).toContain('DTSTART;TZID=Europe/Amsterdam:20300903T140000');

    await patch(session.id, { status: 'cancelled' });
    const cancelled = await mails('session_cancelled');
    expect(cancelled).toHaveLength(2);
    expect(cancelled[0]!.attachments[0]!.content).toContain('METHOD:CANCEL');
    expect(cancelled[0]!.attachments[0]!.content).toContain('STATUS:CANCELLED');
    expect((await mails('session_changed')).length).toBe(2);
  });

  it('tells who moves up from the waitlist when the admin adds places', async () => {
    const waiting = await linkedUser(t, org, 'E07');
    expect(waiting.id).toBeTruthy();
    const session = await newSession(t, org.token, {
      startsAt: '2030-10-01T08:00:00.000Z',
      endsAt: '2030-10-01T09:00:00.000Z',
      capacity: 1,
    });
    for (const number of ['E08', 'E07'])
      await api(t)
        .post(`/api/v1/training-sessions/${session.id}/enrolments`)
        .set(bearer(org.token))
        .send({ employeeId: org.employee(number).id })
        .expect(201);
    const before = await t.app.db.execute(
      sql`select count(*)::int as n from outbox where organisation_id = ${org.organisation.id}
          and kind = 'enrolment' and data->>'event' = 'promoted'`,
    );
    await patch(session.id, { capacity: 2 });
    const after = await t.app.db.execute(
      sql`select count(*)::int as n from outbox where organisation_id = ${org.organisation.id}
          and kind = 'enrolment' and data->>'event' = 'promoted'`,
    );
    const count = (result: unknown) => (result as { rows: { n: number }[] }).rows[0]!.n;
    expect(count(after)).toBe(count(before) + 1);
  });
});
