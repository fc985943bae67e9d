import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process that keeps every mail it receives, parsed, for the browser tests to read. */
export interface Inbox {
  /** For the app's SMTP_URL. */
  url: string;
  /** Waits until a mail to `address` arrives that `matches`, and gives the newest such mail. */
  waitFor(address: string, matches: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

const recipients = (mail: ParsedMail) =>
  [mail.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .map((each) => each.address?.toLowerCase());

export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
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
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );

  return {
    url: `smtp://127.0.0.1:${port}`,
    async waitFor(address, matches, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.filter((mail) => recipients(mail).includes(address.toLowerCase()) && matches(mail));
        const newest = found.at(-1);
        if (newest) return newest;
        if (Date.now() > deadline) {
          const seen = messages.map((mail) => `${recipients(mail).join(',')}: ${mail.subject ?? ''}`).join('; ');
          throw new Error(`no matching mail to ${address} within ${timeoutMs} ms (received: ${seen || 'none'})`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
