import type { Db } from './client.ts';

/** A transaction opened in one place and ended in another (a request's hooks): `end` commits or rolls back. */
export type HeldTransaction = { tx: Db; end(commit: boolean): Promise<void> };

class RolledBack extends Error {}

/**
 * Opens a transaction and keeps it open until `end` is called. Drizzle's transactions live inside a callback; this
 * one's callback waits for `end`. Rejects when BEGIN fails; `end` rejects when COMMIT fails.
 */
export function holdTransaction(db: Db): Promise<HeldTransaction> {
  return new Promise((resolve, reject) => {
    let release!: (commit: boolean) => void;
    const released = new Promise<boolean>((settle) => (release = settle));
    const finished = db
      .transaction(async (tx) => {
        resolve({ tx, end });
        if (!(await released)) throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    // Before `resolve` this is BEGIN failing; after it, `reject` is a no-op and `end` reports the error.
    finished.catch(reject);
    function end(commit: boolean) {
      release(commit);
      return finished;
    }
  });
}
