import { figure, type ScratchDatabase } from './lib.ts';
import type { Ledger } from './mix.ts';

const share = (present: number, total: number, what: string) => `${present} of ${total} ${what}`;

/** Every write the API acknowledged with 2xx, looked up in the database directly (as a superuser, past RLS). */
export async function acknowledgedWritesPresent(scratch: ScratchDatabase, ledger: Ledger): Promise<string> {
  const activityIds = [...ledger.activityIds];
  const [{ count: activities }] = (await scratch.query<{ count: number }>(
    'select count(*)::int as count from activities where id = any($1::uuid[])',
    [activityIds],
  )) as [{ count: number }];
  const stored = new Set(
    (
      await scratch.query<{ key: string }>(
        `select session_id || ' ' || employee_id as key from training_enrolments where status <> 'cancelled'`,
      )
    ).map((row) => row.key),
  );
  const enrolments = [...ledger.enrolments].filter((key) => stored.has(key)).length;
  const responded = new Set(
    (await scratch.query<{ id: string }>('select ambassador_id as id from feedback_responses')).map((row) => row.id),
  );
  const answered = [...ledger.answered].filter((id) => responded.has(id)).length;
  const all =
    activities === ledger.activityIds.size &&
    enrolments === ledger.enrolments.size &&
    answered === ledger.answered.size;
  return figure(
    'acknowledged writes in the database',
    [
      share(activities, ledger.activityIds.size, 'activities'),
      share(enrolments, ledger.enrolments.size, 'enrolments'),
      share(answered, ledger.answered.size, 'round answers'),
    ].join(', '),
    all,
  );
}

/**
 * Nothing half-written: what one request writes in one transaction is there in full or not at all. An answer to the
 * round is a response, its participant's `responded_at` and her `feedback_given` activity; an enrolment made through
 * the API is the enrolment and the mail queued to the employee about it.
 */
export async function noHalfWrites(scratch: ScratchDatabase): Promise<string> {
  const [round] = (await scratch.query<{ partial: number; complete: number }>(`
    select count(*) filter (where not (r.ambassador_id is not null and p.responded_at is not null and a.id is not null))::int as partial,
      count(*) filter (where r.ambassador_id is not null and p.responded_at is not null and a.id is not null)::int as complete
    from feedback_participants p
    left join feedback_responses r on r.round_id = p.round_id and r.ambassador_id = p.ambassador_id
    left join activities a on a.round_id = p.round_id and a.ambassador_id = p.ambassador_id and a.kind = 'feedback_given'
    where r.ambassador_id is not null or p.responded_at is not null or a.id is not null`)) as [
    { partial: number; complete: number },
  ];
  // Counted per session: the mail goes to the employee's account address when she has one, else to her record's.
  const [mail] = (await scratch.query<{ unmailed: number; orphaned: number; enrolments: number }>(`
    with made as (
      select session_id, count(*)::int as n from training_enrolments where enrolled_by is not null group by session_id),
    mailed as (
      select (regexp_match(data->>'link', '[0-9a-f-]{36}$'))[1]::uuid as session_id, count(*)::int as n
      from outbox where kind = 'enrolment' group by 1)
    select coalesce(sum(greatest(m.n - coalesce(x.n, 0), 0)), 0)::int as unmailed,
      coalesce(sum(greatest(coalesce(x.n, 0) - coalesce(m.n, 0), 0)), 0)::int as orphaned,
      coalesce(sum(m.n), 0)::int as enrolments
    from made m full join mailed x on x.session_id = m.session_id`)) as [
    { unmailed: number; orphaned: number; enrolments: number },
  ];
  return figure(
    'half-written requests',
    `round answers: ${round.partial} partial of ${round.partial + round.complete}; enrolments: ` +
      `${mail.unmailed} of ${mail.enrolments} without their mail, ${mail.orphaned} mails without their enrolment`,
    round.partial === 0 && mail.unmailed === 0 && mail.orphaned === 0,
  );
}
