import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { feedbackRounds } from '../../db/schema/feedback.ts';

/** The feedback rounds of one organisation, with the columns other modules may read (a flattened subquery). */
export function roundsOf(db: Db, organisationId: string, alias = 'r') {
  return db
    .select({
      id: feedbackRounds.id,
      organisationId: feedbackRounds.organisationId,
      title: feedbackRounds.title,
      status: feedbackRounds.status,
    })
    .from(feedbackRounds)
    .where(eq(feedbackRounds.organisationId, organisationId))
    .as(alias);
}
