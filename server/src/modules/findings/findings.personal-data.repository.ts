import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { feedbackItemChanges, feedbackItems } from '../../db/schema/findings.ts';

/** The findings raised by these accounts, each with its history. */
export async function findingsRaisedBy({ db, organisationId, userIds }: Scope & { userIds: string[] }) {
  if (userIds.length === 0) return [];
  const items = await db
    .select({
      id: feedbackItems.id,
      title: feedbackItems.title,
      body: feedbackItems.body,
      category: feedbackItems.category,
      status: feedbackItems.status,
      resolution: feedbackItems.resolution,
      createdAt: feedbackItems.createdAt,
    })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organisationId, organisationId), inArray(feedbackItems.raisedBy, userIds)))
    .orderBy(asc(feedbackItems.createdAt), asc(feedbackItems.id));
  if (items.length === 0) return [];
  const changes = await db
    .select({
      itemId: feedbackItemChanges.itemId,
      from: feedbackItemChanges.fromStatus,
      to: feedbackItemChanges.toStatus,
      resolution: feedbackItemChanges.resolution,
      changedAt: feedbackItemChanges.changedAt,
    })
    .from(feedbackItemChanges)
    .where(
      and(
        eq(feedbackItemChanges.organisationId, organisationId),
        inArray(
          feedbackItemChanges.itemId,
          items.map((item) => item.id),
        ),
      ),
    )
    .orderBy(asc(feedbackItemChanges.changedAt), asc(feedbackItemChanges.id));
  return items.map((item) => ({
    ...item,
    history: changes.filter((change) => change.itemId === item.id).map(({ itemId: _itemId, ...change }) => change),
  }));
}

/**
 * What she wrote is replaced by a neutral text; the finding itself, its status, its resolution (the team's words) and
 * who raised it (an account that names no one after the erasure) stay, so the "you said, we did" counts stay right.
 */
export async function replaceFindingTexts({
  db,
  organisationId,
  userIds,
  title,
  body,
}: Scope & { userIds: string[]; title: string; body: string }) {
  if (userIds.length === 0) return 0;
  const rows = await db
    .update(feedbackItems)
    .set({ title, body })
    .where(
      and(
        eq(feedbackItems.organisationId, organisationId),
        inArray(feedbackItems.raisedBy, userIds),
        or(ne(feedbackItems.title, title), ne(feedbackItems.body, body)),
      ),
    )
    .returning({ id: feedbackItems.id });
  return rows.length;
}
