import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { activities } from '../../db/schema/activities.ts';

export async function activitiesOf({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  return db
    .select({
      kind: activities.kind,
      date: activities.occurredOn,
      count: activities.count,
      note: activities.note,
      createdAt: activities.createdAt,
    })
    .from(activities)
    .where(and(eq(activities.organisationId, organisationId), eq(activities.ambassadorId, ambassadorId)))
    .orderBy(asc(activities.occurredOn), asc(activities.createdAt));
}

/** The notes go (they may name her or the colleagues she helped); kinds, dates and counts stay for the reports. */
export async function clearActivityNotes({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  const rows = await db
    .update(activities)
    .set({ note: null })
    .where(
      and(
        eq(activities.organisationId, organisationId),
        eq(activities.ambassadorId, ambassadorId),
        isNotNull(activities.note),
      ),
    )
    .returning({ id: activities.id });
  return rows.length;
}
