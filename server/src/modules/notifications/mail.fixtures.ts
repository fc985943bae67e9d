/** Test-only: a real SMTP server in this process (smtp-server), and every mail it received, parsed (mailparser). */
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../../db/client.ts';
import { outbox, passwordResetTokens } from '../../db/schema/notifications.ts';

export type Inbox = {
  url: string;
  messages: ParsedMail[];
  /** Mails received for this address. */
  to(address: string): ParsedMail[];
  /** Waits until `count` mails for `address` (or in all) have arrived. */
  waitFor(count: number, address?: string, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Stops listening (connections are refused) until `up()`. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
};

const addressesOf = (mail: ParsedMail) =>
  [mail.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .map((a) => a.address?.toLowerCase());

export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            messages.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  let server = make();
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  const port = await listen(0);
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const to = (address: string) => messages.filter((mail) => addressesOf(mail).includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to,
    async waitFor(count, address, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = address ? to(address) : messages;
        if (found.length >= count) return found;
        if (Date.now() > deadline)
          throw new Error(`Waited for ${count} mails${address ? ` to ${address}` : ''}, got ${found.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    down: stop,
    async up() {
      server = make();
      await listen(port);
    },
    close: stop,
  };
}

/** The outbox rows to one address, for tests of other modules (which may not read this module's tables). */
export async function outboxRowsTo(db: Db, address: string) {
  return db.select().from(outbox).where(eq(outbox.toAddress, address));
}

/** Makes every open password-reset link of the user expired. */
export async function expireResetLinks(db: Db, userId: string) {
  await db
    .update(passwordResetTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(passwordResetTokens.userId, userId));
}
