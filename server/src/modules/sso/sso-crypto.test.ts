import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { decryptSecret, encryptSecret, ssoKey } from './sso-crypto.ts';

describe('client secret encryption', () => {
  const key = randomBytes(32);

  it('round-trips, with a fresh IV each time', () => {
    const first = encryptSecret(key, 'geheim-123');
    const second = encryptSecret(key, 'geheim-123');
    expect(first).not.toBe(second);
    expect(first).not.toContain('geheim');
    expect(decryptSecret(key, first)).toBe('geheim-123');
  });

  it('refuses another key and an altered ciphertext', () => {
    const stored = encryptSecret(key, 'geheim-123');
    expect(() => decryptSecret(randomBytes(32), stored)).toThrow();
    const [iv, tag, ciphertext] = stored.split('.');
    const flipped = Buffer.from(ciphertext!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptSecret(key, [iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('uses the fixed development key only outside production', () => {
    expect(ssoKey(undefined, { NODE_ENV: 'test' })).toHaveLength(32);
    expect(ssoKey(key, { NODE_ENV: 'production' })).toBe(key);
    expect(() => ssoKey(undefined, { NODE_ENV: 'production' })).toThrow(/SSO_SECRET_KEY/);
  });
});

describe('SSO_SECRET_KEY', () => {
  const env = { DATA_DIR: '/tmp/ambassador-sso-config-test' };

  it('takes 32 bytes as hex or base64', () => {
    const key = randomBytes(32);
    expect(loadConfig({ ...env, SSO_SECRET_KEY: key.toString('hex') }).ssoSecretKey).toEqual(key);
    expect(loadConfig({ ...env, SSO_SECRET_KEY: key.toString('base64') }).ssoSecretKey).toEqual(key);
    expect(loadConfig(env).ssoSecretKey).toBeUndefined();
  });

  it('refuses anything else', () => {
    for (const value of ['short', randomBytes(16).toString('hex'), randomBytes(33).toString('base64')])
      expect(() => loadConfig({ ...env, SSO_SECRET_KEY: value })).toThrow(ConfigError);
  });
});
