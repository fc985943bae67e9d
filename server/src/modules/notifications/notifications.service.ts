import type {
  EmailDelivery,
  Notification,
  NotificationKind,
  NotificationListQuery,
  NotificationPage,
  OutboxListQuery,
  OutboxMail,
  OutboxMessage,
  OutboxPage,
  Preferences,
  PreferencesPatch,
} from '@ambassador/shared';
import { NotificationKinds } from '@ambassador/shared/constants';
import { together } from '../../db/rows.ts';
import { scopeToOrganisation } from '../../db/settings.ts';
import type { MailAttachment } from '../../db/schema/notifications.ts';
import type { ActorScope, Scope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { findActiveUser, findUser, updateUser } from '../users/users.repository.ts';
import { SecurityMailRequired, UnsubscribeInvalid } from './notifications.errors.ts';
import {
  findOrganisationForMail,
  findOutboxRow,
  findPreferences,
  findRecipients,
  insertNotifications,
  insertOutbox,
  listNotifications,
  listOutbox,
  markAllNotificationsRead,
  markNotificationRead,
  upsertPreferences,
  type NotificationRow,
  type OutboxRow,
} from './notifications.repository.ts';
import {
  isSecurityKind,
  isTemplated,
  messageContent,
  type MessageData,
  type TemplatedKind,
} from './notifications.templates.ts';
import { renderOutboxMail } from './outbox-sender.ts';
import { verifyUnsubscribe } from './unsubscribe-tokens.ts';

export { isSecurityKind };

/** How a person gets one kind of mail: security mails always at once; otherwise her choice, `immediate` by default. */
export function deliveryOf(preferences: Partial<Record<string, EmailDelivery>> | null, kind: NotificationKind) {
  if (isSecurityKind(kind)) return 'immediate';
  return preferences?.[kind] ?? 'immediate';
}

export type NotifyInput = Scope & {
  kind: TemplatedKind;
  /** Names the trigger (`round_opened:<round id>`); with the recipient it is the dedupe key. */
  trigger: string;
  /** Users; ambassadors (their users); employees (their users, else the address in the employee record, no bell). */
  to: { userIds?: string[]; ambassadorIds?: string[]; employeeIds?: string[] };
  /** What the template shows; `link` is the SPA path the mail and the bell point to. */
  data: MessageData;
  attachments?: MailAttachment[];
};

/**
 * Writes one trigger's mails (outbox) and in-app notifications, on the caller's transaction, so they exist exactly
 * when the change that causes them commits; the same trigger twice queues nothing new. An invitation goes to invited
 * users, everything else to active ones; `off` makes no mail (the bell still rings), `digest` waits for the digest.
 */
export async function notify({ db, organisationId, kind, trigger, to, data, attachments = [] }: NotifyInput) {
  const organisation = await findOrganisationForMail({ db, organisationId });
  const recipients = await findRecipients({ db, organisationId, ...to });
  if (!organisation) return { queued: 0 };
  const wanted = kind === 'invitation' ? 'invited' : 'active';
  const mails = [];
  const bells = [];
  for (const recipient of recipients.filter((r) => r.status === wanted)) {
    const locale = recipient.locale ?? organisation.locale;
    const content = messageContent(kind, data, { locale, organisationName: organisation.name });
    const dedupeKey = `${trigger}:${recipient.id ?? `employee:${recipient.employeeId}`}`;
    const delivery = deliveryOf(recipient.delivery, kind);
    if (!isSecurityKind(kind) && recipient.id)
      bells.push({
        userId: recipient.id,
        kind,
        title: content.title,
        body: content.body,
        link: data.link ?? null,
        dedupeKey,
      });
    if (delivery !== 'off')
      mails.push({
        kind,
        userId: recipient.id,
        toAddress: recipient.email,
        locale,
        subject: content.subject,
        data: { ...data, name: recipient.name, organisationName: organisation.name },
        attachments,
        delivery,
        dedupeKey,
      });
  }
  await insertNotifications({ db, organisationId, rows: bells });
  return { queued: await insertOutbox({ db, organisationId, rows: mails }) };
}

// ------------------------------------------------------------------------------------------------------------------
// Preferences

function preferencesDto(name: string, locale: Preferences['locale'], email: Partial<Record<string, EmailDelivery>>) {
  return {
    name,
    locale,
    email: Object.fromEntries(NotificationKinds.map((kind) => [kind, deliveryOf(email, kind)])),
  } satisfies Preferences;
}

export async function getPreferences({ db, organisationId, userId, locale }: ActorScope): Promise<Preferences> {
  const [user, preferences] = await together(db, [
    async () => findUser({ db, organisationId, userId }),
    async () => findPreferences({ db, organisationId, userId }),
  ]);
  if (!user) throw new NotFound('user');
  return preferencesDto(user.name, preferences?.locale ?? locale, preferences?.email ?? {});
}

export async function patchPreferences(actor: ActorScope & { body: PreferencesPatch }): Promise<Preferences> {
  const { db, organisationId, userId, body } = actor;
  const locked = Object.entries(body.email ?? {})
    .filter(([kind, delivery]) => isSecurityKind(kind) && delivery !== 'immediate')
    .map(([kind]) => kind);
  if (locked.length > 0) throw new SecurityMailRequired(locked.join(', '));
  await db.transaction(async (tx) => {
    if (body.name !== undefined) {
      const updated = await updateUser({ db: tx, organisationId, userId, changes: { name: body.name.trim() } });
      if (!updated) throw new NotFound('user');
    }
    if (body.locale !== undefined || body.email !== undefined)
      await upsertPreferences({
        db: tx,
        organisationId,
        userId,
        changes: { ...(body.locale ? { locale: body.locale } : {}), ...(body.email ? { email: body.email } : {}) },
      });
  });
  return getPreferences(actor);
}

// ------------------------------------------------------------------------------------------------------------------
// The bell

function notificationDto(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMine(actor: ActorScope & { query: NotificationListQuery }): Promise<NotificationPage> {
  const window = pageWindow(actor.query);
  const { rows, total, unread } = await listNotifications({ ...actor, window });
  return { ...toPage(rows.map(notificationDto), total, window), unreadCount: unread };
}

export async function markRead(actor: ActorScope & { notificationId: string }) {
  if (!(await markNotificationRead(actor))) throw new NotFound('notification');
}

export async function markAllRead(actor: ActorScope) {
  return { marked: await markAllNotificationsRead(actor) };
}

// ------------------------------------------------------------------------------------------------------------------
// The outbox, for admins

function outboxDto(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    recipient: row.toAddress,
    subject: row.subject,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/**
 * One mail of the organisation with its text: as sent, or rendered now while it waits, so that without an SMTP server
 * the admin reads every mail here (the demo). A waiting invitation shows its link only when no SMTP server is set
 * (the admin got that link anyway); a password reset never does: it would let one admin become another user.
 */
export async function outboxMail(
  actor: ActorScope & { mailId: string; mail: { smtpUrl?: string; publicUrl: string; secret: string } },
): Promise<OutboxMail> {
  const row = await findOutboxRow(actor);
  if (!row) throw new NotFound('mail');
  const { smtpUrl, publicUrl, secret } = actor.mail;
  const hidden = row.kind === 'password_reset' || (isSecurityKind(row.kind) && smtpUrl !== undefined);
  const readable = row.status !== 'sent' && !hidden && isTemplated(row.kind);
  const text = row.text ?? (readable ? renderOutboxMail(row, { from: '', publicUrl, secret }).text : null);
  return {
    ...outboxDto(row),
    text,
    attachments: row.attachments.map(({ filename, contentType }) => ({ filename, contentType })),
  };
}

export async function outboxPage(actor: ActorScope & { query: OutboxListQuery }): Promise<OutboxPage> {
  const window = pageWindow(actor.query);
  const { rows, total } = await listOutbox({
    ...actor,
    filter: { ...window, status: actor.query.status, kind: actor.query.kind },
  });
  return toPage(rows.map(outboxDto), total, window);
}

// ------------------------------------------------------------------------------------------------------------------
// Unsubscribe (public)

/** What an unsubscribe link would switch off, and in which language to ask; changes nothing (a GET of the link). */
export async function unsubscribeTarget({
  db,
  secret,
  token,
}: {
  db: ActorScope['db'];
  secret: string;
  token: string;
}) {
  const claim = verifyUnsubscribe(secret, token);
  if (!claim) throw new UnsubscribeInvalid();
  const user = await findActiveUser({ db, userId: claim.userId });
  if (!user) throw new UnsubscribeInvalid();
  await scopeToOrganisation(db, user.organisationId);
  const [preferences, organisation] = await together(db, [
    async () => findPreferences({ db, organisationId: user.organisationId, userId: user.id }),
    async () => findOrganisationForMail({ db, organisationId: user.organisationId }),
  ]);
  return { kind: claim.kind, locale: preferences?.locale ?? organisation?.locale ?? 'nl' };
}

/** Switches one kind of mail off for the person a link was made for; doing it twice changes nothing. */
export async function unsubscribe({ db, secret, token }: { db: ActorScope['db']; secret: string; token: string }) {
  const claim = verifyUnsubscribe(secret, token);
  if (!claim) throw new UnsubscribeInvalid();
  const user = await findActiveUser({ db, userId: claim.userId });
  if (!user) throw new UnsubscribeInvalid();
  // Found across organisations by the link's signed claim; from here on the request sees only hers.
  await scopeToOrganisation(db, user.organisationId);
  const organisation = await findOrganisationForMail({ db, organisationId: user.organisationId });
  const row = await upsertPreferences({
    db,
    organisationId: user.organisationId,
    userId: user.id,
    changes: { email: { [claim.kind]: 'off' } },
  });
  return { kind: claim.kind, email: 'off' as const, locale: row?.locale ?? organisation?.locale ?? 'nl' };
}
