import nodemailer from 'nodemailer';

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
};

/** Hands a mail to the SMTP server; throws when the server refuses it or cannot be reached. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void>; close(): void };

export function smtpTransport(smtpUrl: string): MailTransport {
  // A server that does not answer must not hold the sender for minutes (nodemailer's defaults). Pooled: the mails
  // of one run go over one connection instead of one handshake each; close() ends it.
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    maxMessages: 100,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(mail) {
      await transporter.sendMail({ ...mail, disableFileAccess: true, disableUrlAccess: true });
    },
    close() {
      transporter.close();
    },
  };
}
