import { describe, expect, it } from 'vitest';
import { createTenantGate } from './tenant-gate.ts';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

describe('the tenant gate for heavy work', () => {
  it('runs one piece of work at a time per organisation, in the order it came', async () => {
    const gate = createTenantGate({ maxWaiting: 5 });
    const order: string[] = [];
    const first = later();
    const a = gate('org-1', async () => {
      order.push('a start');
      await first.done;
      order.push('a end');
    });
    const b = gate('org-1', async () => {
      order.push('b');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['a start']);
    first.release();
    await Promise.all([a, b]);
    expect(order).toEqual(['a start', 'a end', 'b']);
  });

  it('lets other organisations through while one is busy', async () => {
    const gate = createTenantGate();
    const blocked = later();
    const busy = gate('org-1', () => blocked.done);
    await expect(gate('org-2', async () => 'other')).resolves.toBe('other');
    blocked.release();
    await busy;
  });

  it('refuses an organisation with 429 tenant_busy once too many requests wait', async () => {
    const gate = createTenantGate({ maxWaiting: 2 });
    const blocked = later();
    const accepted = [gate('org-1', () => blocked.done), gate('org-1', async () => 1), gate('org-1', async () => 2)];
    await expect(gate('org-1', async () => 3)).rejects.toMatchObject({ code: 'tenant_busy', status: 429 });
    blocked.release();
    await Promise.all(accepted);
    // Once the queue has drained the organisation is welcome again.
    await expect(gate('org-1', async () => 'again')).resolves.toBe('again');
  });

  it('goes on with the next request when one fails', async () => {
    const gate = createTenantGate();
    const failing = gate('org-1', async () => {
      throw new Error('boom');
    });
    const next = gate('org-1', async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
