import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { notifications, outbox } from '../../db/schema/notifications.ts';

/** Her in-app notifications, oldest first. */
export async function notificationsOfUsers({ db, organisationId, userIds }: Scope & { userIds: string[] }) {
  if (userIds.length === 0) return [];
  return db
    .select({
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(and(eq(notifications.organisationId, organisationId), inArray(notifications.userId, userIds)))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
}

/** Mails to her accounts or to one of her addresses (bodies are left out: a security mail's link is a secret). */
function mailsTo(organisationId: string, userIds: string[], addresses: string[]): SQL | undefined {
  const to: SQL[] = [];
  if (userIds.length > 0) to.push(inArray(outbox.userId, userIds));
  if (addresses.length > 0) to.push(inArray(sql`lower(${outbox.toAddress})`, addresses));
  return to.length === 0 ? undefined : and(eq(outbox.organisationId, organisationId), or(...to));
}

export async function mailsToPerson({
  db,
  organisationId,
  userIds,
  addresses,
}: Scope & { userIds: string[]; addresses: string[] }) {
  const where = mailsTo(organisationId, userIds, addresses);
  if (!where) return [];
  return db
    .select({
      kind: outbox.kind,
      to: outbox.toAddress,
      subject: outbox.subject,
      status: outbox.status,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(where)
    .orderBy(asc(outbox.createdAt), asc(outbox.id));
}

/**
 * An erased person's notifications and mails go: they name her, and a queued mail to her must not be sent. Nothing
 * counts them, so nothing else changes.
 */
export async function deletePersonsMessages({
  db,
  organisationId,
  userIds,
  addresses,
}: Scope & { userIds: string[]; addresses: string[] }) {
  const deletedNotifications =
    userIds.length === 0
      ? []
      : await db
          .delete(notifications)
          .where(and(eq(notifications.organisationId, organisationId), inArray(notifications.userId, userIds)))
          .returning({ id: notifications.id });
  const where = mailsTo(organisationId, userIds, addresses);
  const deletedMails = where ? await db.delete(outbox).where(where).returning({ id: outbox.id }) : [];
  return { notifications: deletedNotifications.length, mails: deletedMails.length };
}
