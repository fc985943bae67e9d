import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditEvents, type AuditChange } from '../../db/schema/audit.ts';
import { rows } from '../../db/rows.ts';
import type { Scope } from '../../http/actor.ts';
import { usersOf } from '../users/users.views.ts';

export type AuditActorKind = 'user' | 'scim' | 'system' | 'anonymous';

/** Who is acting in a write request's transaction, read by the audit triggers of migration 0011. */
export type AuditContext = { actorId: string | null; actorKind: AuditActorKind; route: string; requestId: string };

/** The transaction settings that say who acts, for `setLocalSettings`. */
export function auditSettings(context: AuditContext): Record<string, string> {
  return {
    'app.actor_id': context.actorId ?? '',
    'app.actor_kind': context.actorKind,
    'app.route': context.route,
    'app.request_id': context.requestId,
  };
}

export type NewAuditEvent = {
  actorId: string | null;
  actorKind: AuditActorKind;
  action: string;
  entity: string;
  entityId: string | null;
  changes?: Record<string, AuditChange> | null;
  route?: string | null;
  requestId?: string | null;
};

/** An event the triggers cannot see: a login, a logout, an export, a view of personal data. */
export async function insertAuditEvent({ db, organisationId, event }: Scope & { event: NewAuditEvent }) {
  await db.insert(auditEvents).values({ organisationId, ...event });
}

export type AuditFilter = { entity?: string; entityId?: string; actorId?: string; from?: Date; to?: Date };

function conditions(organisationId: string, filter: AuditFilter): SQL[] {
  return [
    eq(auditEvents.organisationId, organisationId),
    ...(filter.entity ? [eq(auditEvents.entity, filter.entity)] : []),
    ...(filter.entityId ? [eq(auditEvents.entityId, filter.entityId)] : []),
    ...(filter.actorId ? [eq(auditEvents.actorId, filter.actorId)] : []),
    ...(filter.from ? [gte(auditEvents.at, filter.from)] : []),
    ...(filter.to ? [lt(auditEvents.at, filter.to)] : []),
  ];
}

/** A page of events, newest first, with the acting user's current name (an erased user's is anonymised). */
export async function listAuditEvents({
  db,
  organisationId,
  filter,
  limit,
  offset,
}: Scope & { filter: AuditFilter; limit: number; offset: number }) {
  const where = and(...conditions(organisationId, filter));
  const actor = usersOf(db, organisationId);
  const items: AuditRow[] = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: actor.name,
      actorKind: sql<AuditActorKind>`${auditEvents.actorKind}`,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      changes: auditEvents.changes,
      route: auditEvents.route,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit)
    .offset(offset);
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(where);
  return { items, total: counted?.total ?? 0 };
}

export type AuditRow = {
  id: string;
  at: Date | string;
  actorId: string | null;
  actorName: string | null;
  actorKind: AuditActorKind;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, AuditChange> | null;
  route: string | null;
};

/** The kinds of entity an organisation's log holds, for the filter. */
export async function auditEntities({ db, organisationId }: Scope) {
  const found = await db
    .selectDistinct({ entity: auditEvents.entity })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(auditEvents.entity);
  return found.map((row) => row.entity);
}

/**
 * Erasure: blanks the texts of the events of a person's records (`ids`: hers, and rows that refer to them) and
 * replaces every needle (name, addresses) in all the organisation's events; the count of events touched.
 */
export async function scrubAuditEvents({
  db,
  organisationId,
  ids,
  needles,
}: Scope & { ids: string[]; needles: string[] }) {
  const list = (values: string[]) =>
    sql`array[${sql.join(
      values.map((value) => sql`${value}`),
      sql`, `,
    )}]::text[]`;
  const [result] = await rows<{ n: number }>(
    db,
    sql`select audit_scrub(${organisationId}::uuid, ${list(ids)}, ${list(needles)}) as n`,
  );
  return Number(result?.n ?? 0);
}

/** The newest event of an organisation, for tests and the sweep. */
export async function latestAuditEvents({ db, organisationId, since }: Scope & { since: Date }) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), gte(auditEvents.at, since)))
    .orderBy(desc(auditEvents.at));
}
