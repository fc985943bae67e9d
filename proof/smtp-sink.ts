import type { AddressInfo } from 'node:net';

export type SmtpSink = {
  url: string;
  /** The envelope recipients of every mail received, one entry per mail and recipient. */
  recipients: string[];
  close: () => Promise<void>;
};

/**
 * An SMTP server in this process that accepts every mail and keeps its recipients, or `undefined` when the
 * `smtp-server` package (a dev dependency of the server) is not installed.
 */
export async function startSmtpSink(): Promise<SmtpSink | undefined> {
  const module = await import('smtp-server').catch(() => undefined);
  if (!module) return undefined;
  const recipients: string[] = [];
  const server = new module.SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const { address } of session.envelope.rcptTo) recipients.push(address.toLowerCase());
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    recipients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
