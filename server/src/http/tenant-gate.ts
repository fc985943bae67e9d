import { domainError } from './errors.ts';

export const TenantBusy = domainError(
  'tenant_busy',
  429,
  (waiting: string) =>
    `Your organisation already has ${waiting} requests of this kind waiting; try again when they are done`,
);

/**
 * CPU-heavy work (planning a wave, reading an import) runs one at a time per organisation: the event loop is shared
 * by every tenant, so twenty plans at once from one organisation must not stall everyone else's requests. A few
 * requests wait their turn; past that the organisation is told to try again (429 `tenant_busy`).
 */
export function createTenantGate({ maxWaiting = 3 }: { maxWaiting?: number } = {}) {
  const queues = new Map<string, { tail: Promise<unknown>; size: number }>();

  return async function run<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
    const queue = queues.get(tenantId) ?? { tail: Promise.resolve(), size: 0 };
    if (queue.size > maxWaiting) throw new TenantBusy(String(queue.size));
    queue.size += 1;
    queues.set(tenantId, queue);
    const turn = queue.tail.then(work);
    // The next request waits for this one however it ends.
    queue.tail = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      queue.size -= 1;
      if (queue.size === 0) queues.delete(tenantId);
    }
  };
}

export type TenantGate = ReturnType<typeof createTenantGate>;

/** The gate for heavy work, shared by every route of this process. */
export const heavyWork = createTenantGate();
