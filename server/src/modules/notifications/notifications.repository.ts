import { and, asc, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { EmailDelivery, NotificationKind, OutboxStatus } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../http/actor.ts';
import type { PageWindow } from '../../http/pages.ts';
import { notificationPreferences, notifications, outbox } from '../../db/schema/notifications.ts';
import { ambassadorsOf } from '../ambassadors/ambassadors.views.ts';
import { employeeEmailsOf, employeesOf } from '../employees/employees.views.ts';
import { organisationRefs } from '../organisations/organisations.views.ts';
import { mailRecipientsOf } from '../users/users.views.ts';

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxValues = Omit<typeof outbox.$inferInsert, 'organisationId'>;
export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationValues = Omit<typeof notifications.$inferInsert, 'organisationId'>;
export type PreferencesRow = typeof notificationPreferences.$inferSelect;

export async function findOrganisationForMail({ db, organisationId }: Scope) {
  const o = organisationRefs(db);
  const [row] = await db.select({ name: o.name, locale: o.locale }).from(o).where(eq(o.id, organisationId));
  return row;
}

/** Users with their mail preferences, by user id or (for an ambassador) by ambassador id. */
export async function findRecipients({
  db,
  organisationId,
  userIds = [],
  ambassadorIds = [],
  employeeIds = [],
}: Scope & { userIds?: string[]; ambassadorIds?: string[]; employeeIds?: string[] }) {
  if (userIds.length === 0 && ambassadorIds.length === 0 && employeeIds.length === 0) return [];
  const u = mailRecipientsOf(db, organisationId);
  const a = ambassadorsOf(db, organisationId);
  const byAmbassador =
    ambassadorIds.length > 0
      ? sql`${u.employeeId} in (select ${a.employeeId} from ${a} where ${inArray(a.id, ambassadorIds)})`
      : sql`false`;
  const byUser = userIds.length > 0 ? inArray(u.id, userIds) : sql`false`;
  const byEmployee = employeeIds.length > 0 ? inArray(u.employeeId, employeeIds) : sql`false`;
  const users = await db
    .select({
      id: u.id,
      email: u.email,
      name: u.name,
      status: u.status,
      locale: notificationPreferences.locale,
      delivery: notificationPreferences.email,
    })
    .from(u)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, u.id))
    .where(sql`(${byUser} or ${byAmbassador} or ${byEmployee})`)
    .orderBy(asc(u.id));
  if (employeeIds.length === 0) return users.map((user) => ({ ...user, employeeId: null }));
  // Employees without an active account are mailed at the address in their employee record, without a bell.
  const e = employeesOf(db, organisationId);
  const ee = employeeEmailsOf(db, organisationId);
  const addressOnly = await db
    .select({ employeeId: e.id, name: e.name, email: ee.email })
    .from(e)
    .innerJoin(ee, eq(ee.id, e.id))
    .where(inArray(e.id, employeeIds))
    .orderBy(asc(e.id));
  const accountEmployees = await db
    .select({ employeeId: u.employeeId })
    .from(u)
    .where(and(inArray(u.employeeId, employeeIds), eq(u.status, 'active')));
  const covered = new Set(accountEmployees.map((row) => row.employeeId));
  return [
    ...users.map((user) => ({ ...user, employeeId: null })),
    ...addressOnly
      .filter((row) => !covered.has(row.employeeId) && row.email)
      .map((row) => ({
        id: null,
        employeeId: row.employeeId,
        email: row.email!,
        name: row.name,
        status: 'active' as const,
        locale: null,
        delivery: null,
      })),
  ];
}

export async function insertOutbox({ db, organisationId, rows }: Scope & { rows: OutboxValues[] }) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(outbox)
    .values(rows.map((row) => ({ ...row, organisationId })))
    .onConflictDoNothing({ target: [outbox.organisationId, outbox.dedupeKey] })
    .returning({ id: outbox.id });
  return inserted.length;
}

export async function insertNotifications({ db, organisationId, rows }: Scope & { rows: NotificationValues[] }) {
  if (rows.length === 0) return;
  await db
    .insert(notifications)
    .values(rows.map((row) => ({ ...row, organisationId })))
    .onConflictDoNothing({ target: [notifications.organisationId, notifications.dedupeKey] });
}

export async function findPreferences({ db, organisationId, userId }: Scope & { userId: string }) {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.organisationId, organisationId), eq(notificationPreferences.userId, userId)));
  return row;
}

export async function upsertPreferences({
  db,
  organisationId,
  userId,
  changes,
}: Scope & {
  userId: string;
  changes: { locale?: PreferencesRow['locale']; email?: Partial<Record<NotificationKind, EmailDelivery>> };
}) {
  const email = changes.email ?? {};
  const [row] = await db
    .insert(notificationPreferences)
    .values({ organisationId, userId, locale: changes.locale ?? null, email })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: {
        ...(changes.locale ? { locale: changes.locale } : {}),
        // Merged key by key, so that two patches of different kinds both stay.
        email: sql`${notificationPreferences.email} || ${JSON.stringify(email)}::jsonb`,
      },
      setWhere: eq(notificationPreferences.organisationId, organisationId),
    })
    .returning();
  return row;
}

const ofUser = (organisationId: string, userId: string) =>
  and(eq(notifications.organisationId, organisationId), eq(notifications.userId, userId));

export async function listNotifications({
  db,
  organisationId,
  userId,
  window,
}: Scope & { userId: string; window: PageWindow }) {
  const [rows, [totals]] = await together(db, [
    async () =>
      db
        .select()
        .from(notifications)
        .where(ofUser(organisationId, userId))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(window.limit)
        .offset(window.offset),
    async () =>
      db
        .select({
          total: count(),
          unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
        })
        .from(notifications)
        .where(ofUser(organisationId, userId)),
  ]);
  return { rows, total: totals?.total ?? 0, unread: totals?.unread ?? 0 };
}

/** Marks one of her notifications read; false when it is not hers (or does not exist). */
export async function markNotificationRead({
  db,
  organisationId,
  userId,
  notificationId,
}: Scope & { userId: string; notificationId: string }) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(ofUser(organisationId, userId), eq(notifications.id, notificationId)))
    .returning({ id: notifications.id });
  return row !== undefined;
}

export async function markAllNotificationsRead({ db, organisationId, userId }: Scope & { userId: string }) {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(ofUser(organisationId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function listOutbox({
  db,
  organisationId,
  filter,
}: Scope & { filter: PageWindow & { status?: OutboxStatus; kind?: NotificationKind } }) {
  const where = and(
    eq(outbox.organisationId, organisationId),
    filter.status ? eq(outbox.status, filter.status) : undefined,
    filter.kind ? eq(outbox.kind, filter.kind) : undefined,
  );
  const [rows, [totals]] = await together(db, [
    async () =>
      db
        .select()
        .from(outbox)
        .where(where)
        .orderBy(desc(outbox.createdAt), desc(outbox.id))
        .limit(filter.limit)
        .offset(filter.offset),
    async () => db.select({ total: count() }).from(outbox).where(where),
  ]);
  return { rows, total: totals?.total ?? 0 };
}

/**
 * Claims up to `limit` due mails of every organisation for one sender: rows another sender holds are skipped
 * (FOR UPDATE SKIP LOCKED), and each claimed row's next attempt moves past the lease, so no other sender takes it
 * while this one sends. The attempt is counted here, so a crash mid-send still counts.
 */
export async function claimDueMail({ db, now, leaseMs, limit }: { db: Db; now: Date; leaseMs: number; limit: number }) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'queued'), eq(outbox.delivery, 'immediate'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          outbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
}

export async function markMailSent({
  db,
  id,
  body,
}: {
  db: Db;
  id: string;
  /** What was sent; null for a security mail, whose data is cleared too (its link is a secret). */
  body: { text: string; html: string } | null;
}) {
  await db
    .update(outbox)
    .set({
      status: 'sent',
      sentAt: new Date(),
      lastError: null,
      ...(body ? body : { data: {} }),
    })
    .where(eq(outbox.id, id));
}

export async function markMailFailedAttempt({
  db,
  id,
  error,
  nextAttemptAt,
}: {
  db: Db;
  id: string;
  error: string;
  /** null: the last attempt failed, the mail is given up. */
  nextAttemptAt: Date | null;
}) {
  await db
    .update(outbox)
    .set(
      nextAttemptAt
        ? { lastError: error, nextAttemptAt }
        : {
            lastError: error,
            status: 'failed',
            data: sql`case when ${outbox.kind} in ('invitation', 'password_reset') then '{}'::jsonb else ${outbox.data} end`,
          },
    )
    .where(eq(outbox.id, id));
}

export async function findOutboxRow({ db, organisationId, mailId }: Scope & { mailId: string }) {
  const [row] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.organisationId, organisationId), eq(outbox.id, mailId)));
  return row;
}
