/**
 * GET /feedback-rounds/:id/results for a round of 400 participants (every one answered, a question of every kind,
 * five vendors scored on four criteria) in the organisation of 20,000 employees in 400 departments and 6 layers, over
 * HTTP through the whole app, next to GET /coverage computed on the same data in the same run (a ratio, not an absolute time).
 *   npm run bench -- feedback-results [--only=pglite|pg]
 */
import { sql } from 'drizzle-orm';
import type { Answer } from '@ambassador/shared';
import { buildApp } from '../server/src/app.ts';
import type { Db } from '../server/src/db/client.ts';
import { feedbackParticipants, feedbackResponses } from '../server/src/db/schema/feedback.ts';
import { testConfig } from '../server/src/test/test-app.ts';
import { analyse, benchOrganisation, computedCoverage, freshDatabase, kinds, ms, serveAsAdmin, timed } from './lib.ts';

const PARTICIPANTS = 400;
const VENDORS = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'];
const CRITERIA = ['Gemak', 'Uiterlijk', 'Mobiel', 'Zoeken'];
const QUESTIONS = [
  { id: 'rate', kind: 'rating', text: 'Hoe tevreden ben je?' },
  { id: 'pick', kind: 'choice', text: 'Welke kleur?', options: ['Rood', 'Groen', 'Blauw'] },
  { id: 'many', kind: 'multi_choice', text: 'Welke apps?', options: ['Teams', 'Mail', 'Agenda', 'Rooster'] },
  { id: 'yes', kind: 'yes_no', text: 'Zou je het aanraden?' },
  { id: 'say', kind: 'text', text: 'Wat kan beter?' },
  { id: 'vend', kind: 'score_options', text: 'Leveranciers', options: VENDORS, criteria: CRITERIA },
];

function answersOf(i: number): Answer[] {
  return [
    { questionId: 'rate', value: (i % 5) + 1 },
    { questionId: 'pick', value: ['Rood', 'Groen', 'Blauw'][i % 3]! },
    { questionId: 'many', value: ['Teams', 'Mail', 'Agenda', 'Rooster'].filter((_, k) => (i + k) % 3 !== 0) },
    { questionId: 'yes', value: i % 4 !== 0 },
    { questionId: 'say', value: `Opmerking ${i}: het zoeken kan beter` },
    {
      questionId: 'vend',
      value: Object.fromEntries(
        VENDORS.map((vendor, v) => [vendor, Object.fromEntries(CRITERIA.map((c, k) => [c, ((i + v + k) % 5) + 1]))]),
      ),
    },
  ];
}

/** 400 active ambassadors spread over the organisation: every 50th employee. */
async function seedAmbassadors(db: Db, organisationId: string) {
  await db.execute(sql`
    insert into ambassadors (organisation_id, employee_id, status, source)
    select organisation_id, id, 'active', 'self' from employees
    where organisation_id = ${organisationId} and (employee_number::int % 50) = 0`);
  const result = await db.execute(sql`
    select id from ambassadors where organisation_id = ${organisationId} order by id limit ${PARTICIPANTS}`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

export async function run() {
  const report: string[] = [];
  for (const kind of kinds()) {
    const bench = await freshDatabase(kind);
    const { label, database } = bench;
    const app = await buildApp({ config: testConfig(), database, logger: false });
    try {
      const { db } = database;
      const organisationId = await benchOrganisation(database);
      const ambassadorIds = await seedAmbassadors(db, organisationId);
      const { api: base, headers } = await serveAsAdmin(app, database, organisationId);
      const created = await fetch(`${base}/feedback-rounds`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          purpose: 'vendor_selection',
          title: 'Leverancierskeuze',
          anonymous: true,
          questions: QUESTIONS,
          participantIds: ambassadorIds,
        }),
      });
      if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
      const { id: roundId } = (await created.json()) as { id: string };
      const opened = await fetch(`${base}/feedback-rounds/${roundId}/open`, { method: 'POST', headers, body: '{}' });
      if (!opened.ok) throw new Error(`open: ${opened.status}`);
      // Every participant's answers written straight into the table, as 400 PUTs would leave them.
      await db
        .insert(feedbackResponses)
        .values(
          ambassadorIds.map((ambassadorId, i) => ({ organisationId, roundId, ambassadorId, answers: answersOf(i) })),
        );
      await db
        .update(feedbackParticipants)
        .set({ respondedAt: new Date() })
        .where(sql`${feedbackParticipants.roundId} = ${roundId}`);
      await analyse(database);

      const first = (await (await fetch(`${base}/feedback-rounds/${roundId}/results`, { headers })).json()) as {
        participation: { invited: number; responded: number };
      };
      if (first.participation.invited !== PARTICIPANTS || first.participation.responded !== PARTICIPANTS)
        throw new Error(`unexpected participation ${JSON.stringify(first.participation)}`);
      const coverage = await timed(40, computedCoverage(app, `${base}/coverage`, headers));
      const results = await timed(40, () => fetch(`${base}/feedback-rounds/${roundId}/results`, { headers }));
      report.push(
        `${label}: baseline GET /coverage computed (no cached answer) p50 ${ms(coverage.p50)}, p95 ${ms(coverage.p95)}`,
        `${label}: GET /feedback-rounds/:id/results (${PARTICIPANTS} participants, 6 questions) p50 ${ms(results.p50)}, ` +
          `p95 ${ms(results.p95)} (${(results.p95 / coverage.p95).toFixed(2)}× computed GET /coverage at p95)`,
      );
    } finally {
      await app.close();
      await bench.drop();
    }
  }
  return report;
}
