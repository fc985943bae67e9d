import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, DataDirLockedError } from './client.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ambassador-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database lock', () => {
  it('refuses to open a data directory that another live process holds', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const dataDir = path.join(dir, 'held');
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(path.join(dataDir, 'pglite.lock'), String(other.pid));
      await expect(createDb({ dataDir })).rejects.toThrow(DataDirLockedError);
      await expect(createDb({ dataDir })).rejects.toThrow(/in use by another process/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone, and releases it on close', async () => {
    const dataDir = path.join(dir, 'stale');
    mkdirSync(dataDir, { recursive: true });
    // A pid far above any real one on this machine stands for a crashed process.
    writeFileSync(path.join(dataDir, 'pglite.lock'), '999999999');
    const database = await createDb({ dataDir });
    await database.ping();
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(true);
    await database.close();
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
  });
});
