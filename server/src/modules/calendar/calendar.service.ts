import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CalendarFeed } from '@ambassador/shared';
import type { Db } from '../../db/client.ts';
import { scopeToOrganisation } from '../../db/settings.ts';
import { actorOf, type ActorScope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { listSessions } from '../training/sessions/sessions.repository.ts';
import { present } from '../training/sessions/sessions.dto.ts';
import { get } from '../training/sessions/sessions.service.ts';
import { findActor } from '../users/users.repository.ts';
import { ensureFeed, findFeed, renewFeed } from './calendar.repository.ts';
import { sessionsToIcs } from './ics.ts';

type Keys = { secret: string; publicUrl: string };

/** A feed covers sessions from this many days back, and everything ahead. */
const FEED_HISTORY_DAYS = 180;
const FEED_MAX_SESSIONS = 2000;

const signature = (secret: string, feedId: string) =>
  createHmac('sha256', secret).update(`calendar-feed:${feedId}`).digest('base64url');

const tokenOf = (secret: string, feedId: string) => `${feedId.replaceAll('-', '')}${signature(secret, feedId)}`;

function feedIdOf(secret: string, token: string): string | null {
  const hex = token.slice(0, 32);
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  const feedId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const given = Buffer.from(token.slice(32));
  const expected = Buffer.from(signature(secret, feedId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? feedId : null;
}

function feedUrls(keys: Keys, feedId: string): CalendarFeed {
  const url = `${keys.publicUrl}/api/v1/calendar/${tokenOf(keys.secret, feedId)}.ics`;
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}

/** The user's feed address, made on first ask. */
export async function feed(actor: ActorScope & Keys) {
  const row = await ensureFeed(actor);
  return feedUrls(actor, row.feedId);
}

/** A new address; the old one answers 404 from now on. */
export async function regenerate(actor: ActorScope & Keys) {
  const row = await renewFeed(actor);
  return feedUrls(actor, row.feedId);
}

/** The feed behind a token: admins get every session, everyone else the sessions they give or are enrolled in. */
export async function feedIcs({ db, token, secret, publicUrl }: { db: Db; token: string } & Keys) {
  const feedId = feedIdOf(secret, token);
  const row = feedId ? await findFeed({ db, feedId }) : undefined;
  // Found across organisations by its secret; from here on the request sees only the feed's organisation.
  if (row) await scopeToOrganisation(db, row.organisationId);
  // The feed's owner as the caller, loaded as the auth hook loads one: what she sees, in her organisation's time zone.
  const user = row ? await findActor({ db, userId: row.userId }) : undefined;
  if (!row || !user || user.organisationId !== row.organisationId) throw new NotFound('calendar');
  const actor = { db, ...actorOf(user) };
  const from = new Date(Date.now() - FEED_HISTORY_DAYS * 24 * 3600 * 1000).toISOString();
  const { items } = await listSessions({
    ...actor,
    filter: { from, mine: user.role !== 'admin' },
    viewer: actor,
    limit: FEED_MAX_SESSIONS,
    offset: 0,
  });
  const organisation = await findOrganisation(actor);
  return sessionsToIcs({
    name: `${organisation?.name ?? 'Ambassador'}: trainingen`,
    timezone: actor.timezone,
    sessions: await present(actor, items, actor),
    publicUrl,
  });
}

export async function sessionIcs(actor: ActorScope & { sessionId: string; publicUrl: string }) {
  const session = await get(actor);
  return sessionsToIcs({
    name: session.title,
    timezone: actor.timezone,
    sessions: [session],
    publicUrl: actor.publicUrl,
  });
}
