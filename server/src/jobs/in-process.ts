import type { JobDefinition, JobLog, JobRunner } from './runner.ts';

type Slot = { job: JobDefinition; timer?: NodeJS.Timeout; running?: Promise<void>; again: boolean };

/**
 * Runs each job on a timer in this process, never two runs of one job at once; a wake during a run runs it once
 * more afterwards. For the embedded database, which only this process can open.
 */
export function createInProcessRunner(jobs: JobDefinition[], log: JobLog): JobRunner {
  const slots = new Map<string, Slot>(jobs.map((job) => [job.name, { job, again: false }]));
  let started = false;

  const run = (slot: Slot): void => {
    if (!started) return;
    if (slot.running) {
      slot.again = true;
      return;
    }
    slot.running = slot.job
      .handler()
      .catch((error: unknown) => log.error({ err: error, job: slot.job.name }, 'job failed'))
      .finally(() => {
        slot.running = undefined;
        if (slot.again) {
          slot.again = false;
          run(slot);
        }
      });
  };

  return {
    kind: 'in-process',
    get started() {
      return started;
    },
    async start() {
      if (started) return;
      started = true;
      for (const slot of slots.values()) {
        slot.timer = setInterval(() => run(slot), slot.job.everySeconds * 1000);
        slot.timer.unref();
        run(slot);
      }
    },
    wake(name) {
      const slot = slots.get(name);
      if (slot) run(slot);
    },
    async stop() {
      started = false;
      for (const slot of slots.values()) {
        clearInterval(slot.timer);
        slot.again = false;
      }
      await Promise.all([...slots.values()].map((slot) => slot.running));
    },
  };
}
