import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { JobDefinition } from '../../jobs/runner.ts';
import { smtpTransport } from '../../mail/transport.ts';
import { createOutboxSender, OUTBOX_JOB } from './outbox-sender.ts';

/** The notification module's jobs: the outbox sender, when there is an SMTP server to send to. */
export function notificationJobs({
  db,
  config,
  log,
}: {
  db: Db;
  config: Config;
  log: { error(obj: object, msg: string): void };
}): JobDefinition[] {
  if (!config.smtpUrl) return [];
  const smtpUrl = config.smtpUrl;
  const send = createOutboxSender({
    db,
    connect: () => smtpTransport(smtpUrl),
    from: config.mailFrom ?? 'Ambassador <no-reply@localhost>',
    publicUrl: config.publicUrl,
    secret: config.jwtSecret,
    log,
  });
  return [
    {
      name: OUTBOX_JOB,
      everySeconds: 30,
      handler: async () => {
        await send();
      },
    },
  ];
}

export { OUTBOX_JOB };
