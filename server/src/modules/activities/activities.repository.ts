import type { Db } from '../../db/client.ts';
import { activities } from '../../db/schema/activities.ts';

/** One `training_given` activity per trainer and session: recording it again overwrites count, day and note. */
export async function upsertTrainingGiven({
  db,
  organisationId,
  ambassadorId,
  sessionId,
  occurredOn,
  count,
  note,
  createdBy,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
  sessionId: string;
  occurredOn: string;
  count: number;
  note: string;
  createdBy: string;
}) {
  await db
    .insert(activities)
    .values({ organisationId, ambassadorId, kind: 'training_given', occurredOn, count, note, sessionId, createdBy })
    .onConflictDoUpdate({
      target: [activities.sessionId, activities.ambassadorId, activities.kind],
      set: { count, occurredOn, note },
    });
}
