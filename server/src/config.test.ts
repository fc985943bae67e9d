import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ambassador-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('loadConfig', () => {
  it('uses the documented defaults and keeps a generated JWT secret in DATA_DIR', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir, databaseUrl: undefined, logLevel: 'info' });
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8')).toBe(config.jwtSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('requires JWT_SECRET with DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x', DATA_DIR: tempDir() })).toThrow(/JWT_SECRET/);
  });

  it('reads the mail settings, and leaves mail in the outbox without SMTP_URL', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir })).toMatchObject({
      smtpUrl: undefined,
      mailFrom: 'Ambassador <no-reply@127.0.0.1>',
    });
    const config = loadConfig({
      DATA_DIR: dataDir,
      SMTP_URL: 'smtp://user:pass@mail.example.org:587',
      MAIL_FROM: 'Zorggroep <noreply@zorggroep.example>',
    });
    expect(config.smtpUrl).toBe('smtp://user:pass@mail.example.org:587');
    expect(config.mailFrom).toBe('Zorggroep <noreply@zorggroep.example>');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DATABASE_URL: 'mysql://x', JWT_SECRET: 'x'.repeat(40) }, /DATABASE_URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ PUBLIC_URL: 'not a url' }, /PUBLIC_URL/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ SMTP_URL: 'not a url' }, /SMTP_URL/],
    [{ SMTP_URL: 'http://mail.example.org' }, /SMTP_URL/],
    [{ MAIL_FROM: 'nobody' }, /MAIL_FROM/],
  ])('refuses %o with a clear message', (env, message) => {
    const load = () => loadConfig({ DATA_DIR: tempDir(), ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});
