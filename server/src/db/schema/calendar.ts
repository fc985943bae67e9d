import { pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../columns.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

/**
 * One iCalendar feed per user. The URL carries `feedId` with an HMAC of it under the server secret, so a copy of the
 * database alone does not reveal working feed addresses; a new `feedId` voids the old address.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    feedId: uuid('feed_id').notNull().defaultRandom(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('calendar_feeds_feed_id_key').on(t.feedId)],
);
