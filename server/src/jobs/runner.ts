/** What a job does when it runs; it must be safe to run again (every job here drains or checks, then returns). */
export type JobHandler = () => Promise<void>;

export type JobDefinition = {
  /** A queue name: lower case, dots allowed (`outbox.send`). */
  name: string;
  /** Run at least this often. pg-boss schedules by cron, so it rounds this up to whole minutes. */
  everySeconds: number;
  handler: JobHandler;
};

export type JobLog = { error(obj: object, msg: string): void; info?(obj: object, msg: string): void };

/**
 * Background jobs, behind one interface: pg-boss on PostgreSQL (several app instances share its queue, and a
 * scheduled job runs once per period however many run), an in-process timer on the embedded database. A runner
 * built but not started does nothing: apps built by tests never poll unless a test starts them.
 */
export interface JobRunner {
  readonly kind: 'pg-boss' | 'in-process';
  readonly started: boolean;
  start(): Promise<void>;
  /** Asks for a run soon (work was just committed); coalesced, never throws, a no-op until started. */
  wake(name: string): void;
  /** Stops polling and waits for running handlers to finish. */
  stop(): Promise<void>;
}
