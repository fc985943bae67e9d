import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/client.ts';
import { EventBus } from './bus.ts';
import { Changes } from './events.ts';

const db = {} as Db;

describe('after-commit events', () => {
  it('handles an organisation announced several times in one batch once', async () => {
    const seen: string[] = [];
    const bus = new EventBus().on('coverage.changed', async ({ organisationId }) => {
      seen.push(organisationId);
    });
    const changes = new Changes();
    changes.coverage('org-a');
    changes.coverage('org-b');
    changes.coverage('org-a');
    await bus.flush(changes, { db, log: { error: vi.fn() } });
    expect(seen).toEqual(['org-a', 'org-b']);
  });

  it('leaves the batch empty, so a second flush does nothing', async () => {
    const handler = vi.fn(async () => {});
    const bus = new EventBus().on('coverage.changed', handler);
    const changes = new Changes();
    changes.coverage('org-a');
    await bus.flush(changes, { db, log: { error: vi.fn() } });
    await bus.flush(changes, { db, log: { error: vi.fn() } });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('logs a failing handler instead of throwing, and still runs the others', async () => {
    const after = vi.fn(async () => {});
    const bus = new EventBus()
      .on('coverage.changed', async () => {
        throw new Error('store unreachable');
      })
      .on('coverage.changed', after);
    const log = { error: vi.fn() };
    const changes = new Changes();
    changes.coverage('org-a');
    await expect(bus.flush(changes, { db, log })).resolves.toBeUndefined();
    expect(after).toHaveBeenCalledWith({ organisationId: 'org-a' }, { db, log });
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error), event: 'coverage.changed', organisationId: 'org-a' }),
      expect.stringContaining('after commit'),
    );
  });

  it('does nothing for an event no one subscribed to', async () => {
    const log = { error: vi.fn() };
    const changes = new Changes();
    changes.coverage('org-a');
    await expect(new EventBus().flush(changes, { db, log })).resolves.toBeUndefined();
    expect(log.error).not.toHaveBeenCalled();
  });
});
