import type { Db } from '../../db/client.ts';
import { headerLine, renderLayout } from '../../mail/render.ts';
import type { MailTransport } from '../../mail/transport.ts';
import { claimDueMail, markMailFailedAttempt, markMailSent, type OutboxRow } from './notifications.repository.ts';
import { isSecurityKind } from './notifications.templates.ts';
import { isTemplated, messageContent } from './notifications.templates.ts';
import { signUnsubscribe } from './unsubscribe-tokens.ts';

export type OutboxSenderOptions = {
  db: Db;
  /** Opens a connection to the SMTP server for one run; the run closes it when the outbox is drained. */
  connect: () => MailTransport;
  from: string;
  publicUrl: string;
  /** JWT_SECRET: unsubscribe links are signed with a key derived from it. */
  secret: string;
  /** After this many failed attempts a mail is `failed`. */
  maxAttempts?: number;
  /** The wait after the first failure; doubled after each next one, at most six hours. */
  retryBaseMs?: number;
  /** How long a claimed mail is left to its sender before another may take it (a crash mid-send). */
  leaseMs?: number;
  log?: { error(obj: object, msg: string): void };
};

export const OUTBOX_JOB = 'outbox.send';
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/** The mail as it goes out: rendered now, from the row's data, with the links made absolute. */
export function renderOutboxMail(
  row: OutboxRow,
  { from, publicUrl, secret }: Pick<OutboxSenderOptions, 'from' | 'publicUrl' | 'secret'>,
) {
  if (!isTemplated(row.kind)) throw new Error(`No template for mail kind ${row.kind}`);
  const data = row.data;
  const organisationName = data.organisationName ?? '';
  const content = messageContent(row.kind, data, { locale: row.locale, organisationName });
  const security = isSecurityKind(row.kind);
  const unsubscribeUrl =
    security || !row.userId
      ? undefined
      : `${publicUrl}/api/v1/unsubscribe?token=${signUnsubscribe(secret, row.userId, row.kind)}`;
  const { html, text } = renderLayout({
    locale: row.locale,
    organisationName,
    name: data.name ?? '',
    heading: content.subject,
    lines: content.lines,
    ...(content.action && data.link ? { action: { label: content.action, url: `${publicUrl}${data.link}` } } : {}),
    ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
  });
  return {
    from,
    to: row.toAddress,
    subject: headerLine(row.subject),
    text,
    html,
    headers: unsubscribeUrl
      ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : ({} as Record<string, string>),
    attachments: row.attachments,
  };
}

/**
 * One run of the outbox job: claims due mails in small batches and sends them until none is due. A failure is
 * counted on the row and retried later with exponential backoff; it never stops the other mails.
 */
export function createOutboxSender(options: OutboxSenderOptions) {
  const { db, connect, maxAttempts = 6, retryBaseMs = 60_000, leaseMs = 5 * 60_000, log } = options;
  return async function sendDueMail(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    // One connection for the whole run (a handshake per mail made a burst of mails wait in the outbox), closed
    // when the outbox is drained, so that no idle connection outlives the run.
    let transport: MailTransport | undefined;
    try {
      for (;;) {
        const claimed = await claimDueMail({ db, now: new Date(), leaseMs, limit: 10 });
        if (claimed.length === 0) return { sent, failed };
        const open = (transport ??= connect());
        for (const row of claimed) {
          if (await sendOne(open, row)) sent += 1;
          else failed += 1;
        }
      }
    } finally {
      transport?.close();
    }
  };

  /** Sends one claimed mail; a failure is counted on its row and retried later. Answers whether it went out. */
  async function sendOne(transport: MailTransport, row: OutboxRow): Promise<boolean> {
    let mail: ReturnType<typeof renderOutboxMail>;
    try {
      mail = renderOutboxMail(row, options);
      await transport.send(mail);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = row.attempts >= maxAttempts;
      const wait = Math.min(retryBaseMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
      await markMailFailedAttempt({
        db,
        id: row.id,
        error: message,
        nextAttemptAt: last ? null : new Date(Date.now() + wait),
      });
      log?.error({ err: error, outboxId: row.id, attempts: row.attempts }, 'mail not sent');
      return false;
    }
    // Sent: only the bookkeeping is left. Its failure must not count as a failed send (that would send it again).
    await recordSent(row, mail);
    return true;
  }

  /** Notes a sent mail, trying again a few times; if the database stays away, the lease decides (see README). */
  async function recordSent(row: OutboxRow, mail: ReturnType<typeof renderOutboxMail>) {
    const body = isSecurityKind(row.kind) ? null : { text: mail.text, html: mail.html };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await markMailSent({ db, id: row.id, body });
        return;
      } catch (error) {
        if (attempt >= 3) {
          log?.error({ err: error, outboxId: row.id }, 'mail sent, but not marked sent');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
