import { sql } from 'drizzle-orm';
import type { Db } from '../server/src/db/client.ts';
import { Changes } from '../server/src/events/index.ts';
import { importEmployees } from '../server/src/modules/employees/import/import.service.ts';
import { insertOrganisation } from '../server/src/modules/organisations/organisations.repository.ts';
import { insertUser } from '../server/src/modules/users/users.repository.ts';
import { generateCsv } from '../bench/lib.ts';
import { accessToken } from './lib.ts';

export type SeedOptions = {
  employees: number;
  /** Every how many'th employee is an active ambassador with an account of her own. */
  ambassadorEvery: number;
  sessions: number;
  capacity: number;
  /** An open feedback round with every ambassador invited. */
  round: boolean;
};

export type Ambassador = { id: string; employeeId: string; token: string };

export type Seeded = {
  organisationId: string;
  adminToken: string;
  employeeIds: string[];
  ambassadors: Ambassador[];
  /** Planned end-user sessions on consecutive days from tomorrow, so they never overlap. */
  sessionIds: string[];
  roundId?: string;
};

/** The questions of the open round, and an answer to them that the server accepts. */
export const ROUND_QUESTIONS = [
  { id: 'rate', kind: 'rating', text: 'Hoe tevreden ben je over het intranet?', required: true },
  { id: 'say', kind: 'text', text: 'Wat kan beter?', required: false },
];
export const answersOf = (i: number) => ({
  answers: [
    { questionId: 'rate', value: (i % 5) + 1 },
    { questionId: 'say', value: `Opmerking ${i}` },
  ],
});

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * An organisation as the proof's load needs it: employees through the CSV import, ambassadors with accounts, an
 * admin, sessions with capacity and (optionally) an open feedback round, written through the repositories and SQL
 * as bench/lib.ts does. Tokens are signed with the servers' secret.
 */
export async function seedOrganisation(db: Db, secret: string, options: SeedOptions): Promise<Seeded> {
  const { id: organisationId } = await insertOrganisation({ db, name: 'Proof' });
  await importEmployees({
    db,
    organisationId,
    changes: new Changes(),
    file: Buffer.from(generateCsv(options.employees, Math.max(10, Math.round(options.employees / 30)))),
    dryRun: false,
    options: { createMissing: true, markMissingAsLeft: false },
  });
  const employeeIds = rows<{ id: string }>(
    await db.execute(sql`
      select id from employees where organisation_id = ${organisationId} order by employee_number`),
  ).map((row) => row.id);

  const ambassadorRows = rows<{ id: string; employee_id: string }>(
    await db.execute(sql`
      insert into ambassadors (organisation_id, employee_id, status, source)
      select organisation_id, id, 'active', 'self' from employees
      where organisation_id = ${organisationId} and (employee_number::int % ${options.ambassadorEvery}) = 0
      returning id, employee_id`),
  );
  const users = rows<{ id: string; employee_id: string }>(
    await db.execute(sql`
      insert into users (organisation_id, email, name, role, status, employee_id)
      select a.organisation_id, 'ambassadeur.' || e.employee_number || '@proof.example', e.name, 'ambassador',
        'active', e.id
      from ambassadors a join employees e on e.id = a.employee_id
      where a.organisation_id = ${organisationId}
      returning id, employee_id`),
  );
  const userOf = new Map(users.map((user) => [user.employee_id, user.id]));
  const ambassadors = ambassadorRows.map((row) => ({
    id: row.id,
    employeeId: row.employee_id,
    token: accessToken(secret, { sub: userOf.get(row.employee_id)!, org: organisationId, role: 'ambassador' }),
  }));

  const admin = await insertUser({
    db,
    organisationId,
    user: { email: 'communicatie@proof.example', name: 'Proof Admin', role: 'admin', status: 'active' },
  });
  const adminToken = accessToken(secret, { sub: admin.id, org: organisationId, role: 'admin' });

  const sessionIds = rows<{ id: string }>(
    await db.execute(sql`
      insert into training_sessions (organisation_id, kind, title, starts_at, ends_at, capacity, status, location)
      select ${organisationId}, 'end_user', 'Kennismaken met het intranet ' || g,
        date_trunc('day', now()) + g * interval '1 day' + interval '9 hours',
        date_trunc('day', now()) + g * interval '1 day' + interval '10 hours 30 minutes',
        ${options.capacity}, 'planned', 'Zaal ' || g
      from generate_series(1, ${options.sessions}) g
      returning id`),
  ).map((row) => row.id);

  let roundId: string | undefined;
  if (options.round) {
    [{ id: roundId }] = rows<{ id: string }>(
      await db.execute(sql`
        insert into feedback_rounds (organisation_id, purpose, title, status, opened_at, questions)
        values (${organisationId}, 'pulse', 'Hoe gaat het met het intranet?', 'open', now(),
          ${JSON.stringify(ROUND_QUESTIONS)}::jsonb)
        returning id`),
    ) as [{ id: string }];
    await db.execute(sql`
      insert into feedback_participants (organisation_id, round_id, ambassador_id, invited_at)
      select organisation_id, ${roundId}, id, now() from ambassadors where organisation_id = ${organisationId}`);
  }
  await db.execute(sql`analyze`);
  return { organisationId, adminToken, employeeIds, ambassadors, sessionIds, ...(roundId ? { roundId } : {}) };
}
