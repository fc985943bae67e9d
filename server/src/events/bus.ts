import type { Db } from '../db/client.ts';
import type { Announcement, Changes, EventMap, EventName } from './events.ts';

/** Where a failed after-commit handler is reported: the request's logger, or the console for a seed run. */
export type EventLog = { error(obj: object, msg: string): void };

export type AfterCommitContext = { db: Db; log: EventLog };

export type AfterCommitHandler<K extends EventName> = (
  payload: EventMap[K],
  context: AfterCommitContext,
) => Promise<void>;

/**
 * Runs the work that follows committed changes. The changes are stored whatever happens here, so a failing handler
 * must not become the answer (a 503 for a stored write makes the client retry into a 409): it is logged, and the
 * other handlers still run.
 */
export class EventBus {
  readonly #handlers = new Map<EventName, AfterCommitHandler<EventName>[]>();

  on<K extends EventName>(name: K, handler: AfterCommitHandler<K>): this {
    this.#handlers.set(name, [...(this.#handlers.get(name) ?? []), handler as AfterCommitHandler<EventName>]);
    return this;
  }

  /** Handles every announcement pending in `changes`, one after the other; never throws. */
  async flush(changes: Changes, context: AfterCommitContext): Promise<void> {
    for (const announcement of changes.take()) await this.#run(announcement, context);
  }

  async #run({ name, payload }: Announcement, context: AfterCommitContext) {
    for (const handler of this.#handlers.get(name) ?? []) {
      try {
        await handler(payload, context);
      } catch (error) {
        context.log.error({ err: error, event: name, ...payload }, `${name} handler failed after commit`);
      }
    }
  }
}
