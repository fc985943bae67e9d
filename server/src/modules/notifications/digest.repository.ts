import { and, eq, lt, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema/notifications.ts';
import type { Scope } from '../../http/actor.ts';

/**
 * Hands the mails people chose to get "in the weekly digest" to the sender: those queued before `heldBefore` (the
 * start of this week's digest), all at once. Returns how many.
 */
export async function releaseHeldMail({
  db,
  organisationId,
  heldBefore,
  now,
}: Scope & { heldBefore: Date; now: Date }) {
  const released = await db
    .update(outbox)
    .set({ delivery: 'immediate', nextAttemptAt: now })
    .where(
      and(
        eq(outbox.organisationId, organisationId),
        eq(outbox.delivery, 'digest'),
        eq(outbox.status, 'queued'),
        lt(outbox.createdAt, heldBefore),
      ),
    )
    .returning({ id: sql`${outbox.id}` });
  return released.length;
}
