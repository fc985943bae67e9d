import { and, eq, sql } from 'drizzle-orm';
import { ambassadors, ambassadorStatusChanges } from '../../db/schema/ambassadors.ts';
import type { Scope } from '../../http/actor.ts';

/**
 * The organisation's active ambassadors with the moment they became active (their latest change to `active`, else
 * when the record was made): a nudge about quiet weeks counts from there, not from before she joined.
 */
export async function activeAmbassadorsSince({ db, organisationId }: Scope) {
  return db
    .select({
      ambassadorId: ambassadors.id,
      activeSince:
        sql<Date>`coalesce(max(${ambassadorStatusChanges.changedAt}) filter (where ${ambassadorStatusChanges.toStatus} = 'active'), ${ambassadors.createdAt})`.mapWith(
          (value: string | Date) => new Date(value),
        ),
    })
    .from(ambassadors)
    .leftJoin(
      ambassadorStatusChanges,
      and(
        eq(ambassadorStatusChanges.organisationId, ambassadors.organisationId),
        eq(ambassadorStatusChanges.ambassadorId, ambassadors.id),
      ),
    )
    .where(and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.status, 'active')))
    .groupBy(ambassadors.id);
}
