import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SsoKeyMissing } from './sso.errors.ts';

const ALGORITHM = 'aes-256-gcm';
/** GCM's recommended nonce length. */
const IV_BYTES = 12;

/**
 * Outside production a fixed key stands in when SSO_SECRET_KEY is unset, so development and tests work without
 * setup. It is public (it is in this file): secrets it encrypts are protected by nothing but the database.
 */
const DEVELOPMENT_KEY = createHash('sha256').update('ambassador development sso key').digest();

/** The key client secrets are encrypted with; in production only SSO_SECRET_KEY, or saving a secret is refused. */
export function ssoKey(configured: Buffer | undefined, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (configured) return configured;
  if (env.NODE_ENV === 'production') throw new SsoKeyMissing();
  return DEVELOPMENT_KEY;
}

/** `<iv>.<tag>.<ciphertext>`: a fresh IV per secret, and the tag so a changed ciphertext is refused, not decrypted. */
export function encryptSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
}

/** Throws when the key is not the one the secret was encrypted with, or the stored value was altered. */
export function decryptSecret(key: Buffer, stored: string): string {
  const [iv, tag, ciphertext] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  // A full 16-byte tag only: GCM would otherwise accept a truncated one.
  if (!iv || !tag || tag.length !== 16 || !ciphertext) throw new Error('Malformed encrypted secret');
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: 16 });
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
