import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationKinds, SECURITY_NOTIFICATION_KINDS } from '@ambassador/shared/constants';
import type { NotificationKind } from '@ambassador/shared';

/**
 * Unsubscribe links carry a signed token instead of a stored one: `<user id>.<kind>` and an HMAC over them with a key
 * derived from JWT_SECRET. It names one kind for one person, works without logging in and never expires; rotating
 * JWT_SECRET invalidates the links in mails already sent.
 */
const keyOf = (secret: string) => createHash('sha256').update(`ambassador-unsubscribe:${secret}`).digest();

const mac = (secret: string, payload: string) =>
  createHmac('sha256', keyOf(secret)).update(payload).digest().subarray(0, 18).toString('base64url');

export function signUnsubscribe(secret: string, userId: string, kind: NotificationKind): string {
  const payload = `${userId}.${kind}`;
  return `${payload}.${mac(secret, payload)}`;
}

export function verifyUnsubscribe(secret: string, token: string): { userId: string; kind: NotificationKind } | null {
  const match = /^([0-9a-f-]{36})\.([a-z_]+)\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!match) return null;
  const [, userId, kind, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(secret, `${userId}.${kind}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!(NotificationKinds as readonly string[]).includes(kind)) return null;
  if ((SECURITY_NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  return { userId, kind: kind as NotificationKind };
}
