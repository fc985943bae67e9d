import type { Db } from '../../db/client.ts';
import type { JobDefinition } from '../../jobs/runner.ts';
import { sendScheduledMessages, type ReminderLog } from './reminders.service.ts';

export const REMINDERS_JOB = 'reminders.send';

/** Reminders, nudges and the weekly digest: checked every 15 minutes, each sent once. */
export function reminderJob({ db, log, onQueued }: { db: Db; log: ReminderLog; onQueued?: () => void }): JobDefinition {
  return {
    name: REMINDERS_JOB,
    everySeconds: 15 * 60,
    handler: async () => {
      if ((await sendScheduledMessages({ db, log })) > 0) onQueued?.();
    },
  };
}
