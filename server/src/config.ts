import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  jwtSecret: string;
  publicUrl: string;
  logLevel: string;
  seedDemo: boolean;
  trustProxy: boolean;
  webDistDir: string;
  /** `smtp://user:pass@host:587` or `smtps://…`; without it mails stay queued in the outbox. */
  smtpUrl?: string | undefined;
  /** The From of every mail. */
  mailFrom?: string;
  /** 32 bytes (SSO_SECRET_KEY, base64 or hex) that encrypt organisations' OpenID Connect client secrets. */
  ssoSecretKey?: Buffer | undefined;
};

/** What only the running process needs (server.ts), beyond what building the app takes. */
export type ProcessConfig = Config & {
  /** How long in-flight requests may take to finish on SIGTERM/SIGINT before their connections are cut. */
  shutdownGraceMs: number;
};

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0-65535, got "${value}"`);
  return port;
}

function readSeconds(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || seconds <= 0 || seconds > max)
    throw new ConfigError(`${name} must be a number of seconds above 0 and at most ${max}, got "${value}"`);
  return seconds;
}

function readBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function readSmtpUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SMTP_URL must be a URL such as smtp://user:pass@host:587');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname)
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps:// and name a host');
  return value;
}

/** 32 bytes as 64 hex digits or as base64 (44 characters with padding, 43 without). */
function readSsoSecretKey(value: string | undefined): Buffer | undefined {
  if (value === undefined || value === '') return undefined;
  const trimmed = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(trimmed) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)))
    throw new ConfigError('SSO_SECRET_KEY must be 32 bytes, as 64 hex digits or base64 (openssl rand -base64 32)');
  return key;
}

/** In embedded mode the secret is generated once and kept beside the database, so restarts keep sessions valid. */
function embeddedJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** Reads the environment once at start-up; every variable is documented in .env.example and the README. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ProcessConfig {
  const port = readPort(env.PORT);
  const host = env.HOST || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  let jwtSecret = env.JWT_SECRET || '';
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (!jwtSecret) {
    if (databaseUrl) throw new ConfigError('JWT_SECRET is required when DATABASE_URL is set (all instances share it)');
    jwtSecret = embeddedJwtSecret(dataDir);
  }

  const publicUrl = (env.PUBLIC_URL || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }

  const smtpUrl = readSmtpUrl(env.SMTP_URL);
  const mailFrom = env.MAIL_FROM || `Ambassador <no-reply@${new URL(publicUrl).hostname}>`;
  if (!/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(mailFrom.trim()))
    throw new ConfigError(`MAIL_FROM must be an address such as "Ambassador <noreply@example.org>", got "${mailFrom}"`);

  return {
    port,
    host,
    dataDir,
    databaseUrl,
    jwtSecret,
    publicUrl,
    logLevel,
    seedDemo: readBoolean('SEED_DEMO', env.SEED_DEMO, true),
    trustProxy: readBoolean('TRUST_PROXY', env.TRUST_PROXY, false),
    webDistDir: path.resolve(import.meta.dirname, '../../web/dist'),
    smtpUrl,
    mailFrom: mailFrom.trim(),
    ssoSecretKey: readSsoSecretKey(env.SSO_SECRET_KEY),
    shutdownGraceMs: Math.round(readSeconds('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 10, 600) * 1000),
  };
}
