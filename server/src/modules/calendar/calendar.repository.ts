import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarFeeds } from '../../db/schema/calendar.ts';

type Owner = { db: Db; organisationId: string; userId: string };

/** The user's feed, made on first ask. */
export async function ensureFeed({ db, organisationId, userId }: Owner) {
  await db.insert(calendarFeeds).values({ userId, organisationId }).onConflictDoNothing();
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row!;
}

/** Gives the user's feed a new id (making the feed if she had none), so the old address stops working. */
export async function renewFeed({ db, organisationId, userId }: Owner) {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ userId, organisationId })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { feedId: sql`gen_random_uuid()`, createdAt: new Date() },
    })
    .returning();
  return row!;
}

/** A feed by its id, in any organisation: the id comes from a signed token, and the caller checks the owner. */
export async function findFeed({ db, feedId }: { db: Db; feedId: string }) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.feedId, feedId));
  return row;
}
