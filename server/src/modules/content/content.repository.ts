import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { ContentStatus } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../db/sql.ts';
import { contentItems } from '../../db/schema/content.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';
import { ambassadorsOf } from '../ambassadors/ambassadors.views.ts';
import { employeeEmailsOf, employeesOf } from '../employees/employees.views.ts';
import { userEmailsOf } from '../users/users.views.ts';

export type ContentItemRow = typeof contentItems.$inferSelect;
export type ContentItemValues = Omit<typeof contentItems.$inferInsert, 'organisationId' | 'id'>;

/** What "today" and "the day it was registered" mean: the organisation's calendar. */
export type Calendar = { timezone: string; today: string };

/**
 * The day the page is next due: its last review, or the day it was registered in the organisation's time zone, plus
 * the interval. PostgreSQL adds days to a date as the calendar does (month ends, leap days).
 */
const nextDueSql = (timezone: string) =>
  sql`(coalesce(${contentItems.lastReviewedOn}, cast(${contentItems.createdAt} at time zone ${timezone} as date)) + ${contentItems.reviewIntervalDays})`;

export type ContentItemListRow = {
  item: ContentItemRow;
  ownerName: string | null;
  nextReviewDue: string;
  overdue: boolean;
};

export type ContentFilter = {
  overdue?: boolean;
  /** Only pages next due on or before this day (YYYY-MM-DD): overdue ones included. */
  dueBy?: string;
  ownerAmbassadorId?: string;
  status?: ContentStatus;
  section?: string;
  q?: string;
};

/** The page with its owner's name (her employee's, through the ambassadors and employees views) and its due day. */
function baseQuery(db: Db, organisationId: string, calendar: Calendar) {
  const owners = ambassadorsOf(db, organisationId, 'owner');
  const people = employeesOf(db, organisationId, 'owner_employee');
  const nextDue = nextDueSql(calendar.timezone);
  return db
    .select({
      item: contentItems,
      ownerName: people.name,
      nextReviewDue: sql<string>`to_char(${nextDue}, 'YYYY-MM-DD')`,
      overdue: sql<boolean>`(${nextDue} < cast(${calendar.today} as date))`,
    })
    .from(contentItems)
    .leftJoin(owners, eq(owners.id, contentItems.ownerAmbassadorId))
    .leftJoin(people, eq(people.id, owners.employeeId));
}

function conditions(organisationId: string, filter: ContentFilter, calendar: Calendar): SQL {
  const where: SQL[] = [eq(contentItems.organisationId, organisationId)];
  const nextDue = nextDueSql(calendar.timezone);
  // In SQL, so that the total and the pages count only what is (or is not) overdue.
  if (filter.overdue === true) where.push(sql`${nextDue} < cast(${calendar.today} as date)`);
  if (filter.overdue === false) where.push(sql`${nextDue} >= cast(${calendar.today} as date)`);
  if (filter.dueBy) where.push(sql`${nextDue} <= cast(${filter.dueBy} as date)`);
  if (filter.ownerAmbassadorId) where.push(eq(contentItems.ownerAmbassadorId, filter.ownerAmbassadorId));
  if (filter.status) where.push(eq(contentItems.status, filter.status));
  if (filter.section) where.push(eq(contentItems.section, filter.section));
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(
      or(ilike(contentItems.title, pattern), ilike(contentItems.url, pattern), ilike(contentItems.section, pattern))!,
    );
  }
  return and(...where)!;
}

/** One page of the register, by section (pages without one last) and title. */
export async function listContentItems({
  db,
  organisationId,
  filter,
  calendar,
  window,
}: Scope & { filter: ContentFilter; calendar: Calendar; window: PageWindow }) {
  const where = conditions(organisationId, filter, calendar);
  const [rows, totals] = await together(db, [
    async () =>
      baseQuery(db, organisationId, calendar)
        .where(where)
        .orderBy(sql`${contentItems.section} asc nulls last`, asc(contentItems.title), asc(contentItems.id))
        .limit(window.limit)
        .offset(window.offset),
    async () => db.select({ total: count() }).from(contentItems).where(where),
  ]);
  return { rows: rows as ContentItemListRow[], total: totals[0]?.total ?? 0 };
}

export async function findContentItem({
  db,
  organisationId,
  contentItemId,
  calendar,
}: Scope & { contentItemId: string; calendar: Calendar }): Promise<ContentItemListRow | undefined> {
  const [row] = await baseQuery(db, organisationId, calendar).where(
    and(eq(contentItems.organisationId, organisationId), eq(contentItems.id, contentItemId)),
  );
  return row as ContentItemListRow | undefined;
}

/** The page's own row, locked for the rest of the transaction. */
export async function lockContentItem({ db, organisationId, contentItemId }: Scope & { contentItemId: string }) {
  const [row] = await db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.organisationId, organisationId), eq(contentItems.id, contentItemId)))
    .for('update');
  return row;
}

export async function insertContentItem({ db, organisationId, values }: Scope & { values: ContentItemValues }) {
  const [row] = await db
    .insert(contentItems)
    .values({ ...values, organisationId })
    .returning({ id: contentItems.id });
  return row!;
}

export async function updateContentItem({
  db,
  organisationId,
  contentItemId,
  changes,
}: Scope & { contentItemId: string; changes: Partial<ContentItemValues> }) {
  await db
    .update(contentItems)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(contentItems.organisationId, organisationId), eq(contentItems.id, contentItemId)));
}

/** Deletes the page; whether there was one. */
export async function deleteContentItem({ db, organisationId, contentItemId }: Scope & { contentItemId: string }) {
  const deleted = await db
    .delete(contentItems)
    .where(and(eq(contentItems.organisationId, organisationId), eq(contentItems.id, contentItemId)))
    .returning({ id: contentItems.id });
  return deleted.length > 0;
}

/** Every page of the register, oldest first, for an import to match its rows against. */
export async function allContentItems({ db, organisationId }: Scope) {
  return db
    .select({
      id: contentItems.id,
      title: contentItems.title,
      section: contentItems.section,
      url: contentItems.url,
      ownerAmbassadorId: contentItems.ownerAmbassadorId,
      status: contentItems.status,
      reviewIntervalDays: contentItems.reviewIntervalDays,
    })
    .from(contentItems)
    .where(eq(contentItems.organisationId, organisationId))
    .orderBy(asc(contentItems.createdAt), asc(contentItems.id));
}

/** Id of an ambassador record of the organisation, if there is one. */
export async function findAmbassadorRef({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  const ambassadors = ambassadorsOf(db, organisationId);
  const [row] = await db.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.id, ambassadorId));
  return row;
}

/**
 * Ambassador ids by e-mail address (lower case): her employee's address and the address she signs in with. When two
 * ambassadors share an address, the first found keeps it.
 */
export async function ambassadorIdsByEmail({ db, organisationId }: Scope): Promise<Map<string, string>> {
  const ambassadors = ambassadorsOf(db, organisationId);
  const employeeEmails = employeeEmailsOf(db, organisationId);
  const userEmails = userEmailsOf(db, organisationId);
  const [byEmployee, byUser] = [
    await db
      .select({ id: ambassadors.id, email: employeeEmails.email })
      .from(ambassadors)
      .innerJoin(employeeEmails, eq(employeeEmails.id, ambassadors.employeeId))
      .orderBy(asc(ambassadors.id)),
    await db
      .select({ id: ambassadors.id, email: userEmails.email })
      .from(ambassadors)
      .innerJoin(userEmails, eq(userEmails.employeeId, ambassadors.employeeId))
      .orderBy(asc(ambassadors.id)),
  ];
  const found = new Map<string, string>();
  for (const { id, email } of [...byEmployee, ...byUser]) {
    const key = email?.trim().toLowerCase();
    if (key && !found.has(key)) found.set(key, id);
  }
  return found;
}

/** Many pages at once, in chunks that stay well below PostgreSQL's limit on parameters. */
export async function insertContentItems({ db, organisationId, values }: Scope & { values: ContentItemValues[] }) {
  for (let start = 0; start < values.length; start += 500)
    await db.insert(contentItems).values(values.slice(start, start + 500).map((row) => ({ ...row, organisationId })));
}
