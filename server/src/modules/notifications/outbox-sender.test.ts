import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPool, fromPool, type Database } from '../../db/client.ts';
import { outbox } from '../../db/schema/notifications.ts';
import { createPgBossRunner } from '../../jobs/index.ts';
import { smtpTransport } from '../../mail/transport.ts';
import { uniqueEmail } from '../../test/factories.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { insertOrganisation } from '../organisations/organisations.repository.ts';
import { insertUser } from '../users/users.repository.ts';
import { startInbox, type Inbox } from './mail.fixtures.ts';
import { notify } from './notifications.service.ts';
import { createOutboxSender } from './outbox-sender.ts';

let database: Database;
let url: string | undefined;
let drop: () => Promise<void>;
let inbox: Inbox;
let organisationId: string;
let made = 0;

beforeAll(async () => {
  ({ database, url, drop } = await createTestDatabase());
  inbox = await startInbox();
  organisationId = (await insertOrganisation({ db: database.db, name: 'Zorggroep Verzenden' })).id;
});
afterAll(async () => {
  await drop();
  await inbox.close();
});

/** A finding-resolved mail to a new user; answers her address. */
async function queueMail(db = database.db) {
  made += 1;
  const user = await insertUser({
    db,
    organisationId,
    user: { email: uniqueEmail(`mail${made}`), name: `Ontvanger ${made}`, role: 'ambassador', status: 'active' },
  });
  await notify({
    db,
    organisationId,
    kind: 'finding_resolved',
    trigger: `test:${made}`,
    to: { userIds: [user.id] },
    data: { findingTitle: `Bevinding ${made}`, outcome: 'done', link: '/feedback/my-findings' },
  });
  return user.email;
}

const senderFor = (db: Database['db'], options: { retryBaseMs?: number; maxAttempts?: number } = {}) =>
  createOutboxSender({
    db,
    connect: () => smtpTransport(inbox.url),
    from: 'Ambassador <noreply@zorg.example>',
    publicUrl: 'http://ambassador.test',
    secret: 'x'.repeat(40),
    ...options,
  });

const rowOf = async (email: string) => (await database.db.select().from(outbox).where(eq(outbox.toAddress, email)))[0]!;

describe('outbox sender', () => {
  it('retries with backoff while SMTP is down and delivers once it is back', async () => {
    const email = await queueMail();
    const send = senderFor(database.db, { retryBaseMs: 200 });
    await inbox.down();
    try {
      expect(await send()).toEqual({ sent: 0, failed: 1 });
      const first = await rowOf(email);
      expect(first).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.any(String) });
      expect(first.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      // Not due yet: a run right away leaves it alone.
      expect(await send()).toEqual({ sent: 0, failed: 0 });
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await send()).toEqual({ sent: 0, failed: 1 });
      const second = await rowOf(email);
      expect(second.attempts).toBe(2);
      // The wait doubles: 400 ms after the second failure.
      expect(second.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(250);
    } finally {
      await inbox.up();
    }
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await send()).toEqual({ sent: 1, failed: 0 });
    expect(await rowOf(email)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(inbox.to(email)).toHaveLength(1);
    expect(await send()).toEqual({ sent: 0, failed: 0 });
  });

  it('gives a mail up as failed after the last attempt', async () => {
    const email = await queueMail();
    await inbox.down();
    try {
      const send = senderFor(database.db, { retryBaseMs: 1, maxAttempts: 2 });
      await send();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await send();
    } finally {
      await inbox.up();
    }
    expect(await rowOf(email)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'sends each mail once when two instances send from one PostgreSQL',
    async () => {
      const emails: string[] = [];
      for (let i = 0; i < 24; i++) emails.push(await queueMail());
      const pool = appPool({ connectionString: url, max: 4 });
      const second = fromPool(pool);
      try {
        const a = senderFor(database.db);
        const b = senderFor(second.db);
        const results = await Promise.all([a(), b(), a(), b()]);
        expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(24);
        // Both did some of the work, and no mail arrived twice.
        for (const email of emails) expect(inbox.to(email)).toHaveLength(1);
      } finally {
        await second.close();
      }
    },
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'runs a job through pg-boss on PostgreSQL and stops cleanly',
    async () => {
      let runs = 0;
      const runner = createPgBossRunner([{ name: 'test.count', everySeconds: 60, handler: async () => void runs++ }], {
        connectionString: url!,
        log: { error: () => {} },
      });
      await runner.start();
      try {
        const deadline = Date.now() + 15_000;
        while (runs === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        expect(runs).toBeGreaterThan(0);
      } finally {
        await runner.stop();
      }
      expect(runner.started).toBe(false);
    },
    30_000,
  );
});
