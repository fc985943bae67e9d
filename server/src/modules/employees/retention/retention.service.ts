import { DateTime } from 'luxon';
import type { Db } from '../../../db/client.ts';
import type { JobDefinition } from '../../../jobs/runner.ts';
import { Changes } from '../../../events/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { scheduleSettings } from '../../organisations/organisations.repository.ts';
import { erase } from '../personal-data/personal-data.service.ts';
import { leftBefore } from './retention.repository.ts';

export const RETENTION_JOB = 'privacy.retention';
/** Employees anonymised per organisation per query; the job goes on until none is left. */
const BATCH = 100;

export type RetentionLog = { error(obj: object, msg: string): void; info?(obj: object, msg: string): void };

/**
 * Anonymises every employee who left longer ago than her organisation's retention period (AVG bewaartermijn), as an
 * admin's erasure does. One who cannot be (still an active ambassador) is logged and left for the admin to look at.
 * Safe to run again and from several instances at once: erasure locks the employee and is harmless twice.
 */
export async function applyRetention({
  db,
  now = new Date(),
  log,
}: {
  db: Db;
  now?: Date;
  log: RetentionLog;
}): Promise<{ anonymised: number; refused: number }> {
  let anonymised = 0;
  let refused = 0;
  for (const { organisationId, retentionMonths } of await scheduleSettings({ db })) {
    const before = DateTime.fromJSDate(now).minus({ months: retentionMonths }).toJSDate();
    const skipped = new Set<string>();
    for (;;) {
      const ids = (await leftBefore({ db, organisationId, before, limit: BATCH + skipped.size })).filter(
        (id) => !skipped.has(id),
      );
      if (ids.length === 0) break;
      for (const employeeId of ids) {
        try {
          // Nothing to announce: she had left, so coverage does not count her either way.
          await erase({ db, organisationId, employeeId, changes: new Changes() });
          anonymised += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          skipped.add(employeeId);
          refused += 1;
          log.error({ organisationId, employeeId, code: error.code }, 'retention: employee not anonymised');
        }
      }
    }
  }
  if (anonymised + refused > 0) log.info?.({ anonymised, refused }, 'retention applied');
  return { anonymised, refused };
}

/** The retention job: four times a day, so a period that ends is honoured within hours. */
export function retentionJob({ db, log }: { db: Db; log: RetentionLog }): JobDefinition {
  return {
    name: RETENTION_JOB,
    everySeconds: 6 * 60 * 60,
    handler: async () => {
      await applyRetention({ db, log });
    },
  };
}
