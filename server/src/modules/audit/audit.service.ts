import type { AuditEvent, AuditEventPage, AuditEventQuery, AuditExportQuery, Locale } from '@ambassador/shared';
import type { ActorScope, Scope } from '../../http/actor.ts';
import { writeExcelCsv } from '../../http/excel-csv.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import {
  auditEntities,
  insertAuditEvent,
  listAuditEvents,
  scrubAuditEvents,
  type AuditFilter,
  type AuditRow,
  type NewAuditEvent,
} from './audit.repository.ts';

/** Largest export: a year of a big organisation's log fits; beyond it the admin narrows the period. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** Writes an event the triggers do not see (a login, an export, a view of personal data) on the caller's `db`. */
export async function recordEvent(scope: Scope & { event: NewAuditEvent }) {
  await insertAuditEvent(scope);
}

/**
 * A login, or a failed login of a known account, in the account's organisation's log. A failed one has no actor:
 * whoever tried is not known to be her. `route` names the way in when it is not the request's own route (a login
 * through the organisation's provider). Never a password, token or claim: the event says who, not with what.
 */
export async function recordLogin({
  db,
  organisationId,
  userId,
  succeeded,
  route,
}: Scope & { userId: string; succeeded: boolean; route?: string }) {
  await insertAuditEvent({
    db,
    organisationId,
    event: {
      actorId: succeeded ? userId : null,
      actorKind: succeeded ? 'user' : 'anonymous',
      action: succeeded ? 'login' : 'login_failed',
      entity: 'user',
      entityId: userId,
      ...(route ? { route } : {}),
    },
  });
}

/** An export or a view by the one asking: who, what, which record. */
export async function recordAccess(
  actor: ActorScope & { action: 'export' | 'view'; entity: string; entityId?: string | null },
) {
  await insertAuditEvent({
    db: actor.db,
    organisationId: actor.organisationId,
    event: {
      actorId: actor.userId,
      actorKind: 'user',
      action: actor.action,
      entity: actor.entity,
      entityId: actor.entityId ?? null,
    },
  });
}

/** Erasing a person: her name, addresses and texts disappear from the organisation's history too. */
export async function scrubPersonFromAudit(scope: Scope & { ids: string[]; values: (string | null | undefined)[] }) {
  const needles = [...new Set(scope.values.filter((value): value is string => !!value && value.length >= 2))];
  return scrubAuditEvents({ ...scope, ids: scope.ids, needles });
}

function filterOf(query: AuditExportQuery): AuditFilter {
  return {
    entity: query.entity,
    entityId: query.entityId,
    actorId: query.actorId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

function eventDto(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
    actorKind: row.actorKind,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    changes: row.changes,
    route: row.route,
  };
}

export async function auditPage(actor: ActorScope & { query: AuditEventQuery }): Promise<AuditEventPage> {
  const window = pageWindow(actor.query);
  const { items, total } = await listAuditEvents({ ...actor, filter: filterOf(actor.query), ...window });
  return toPage(items.map(eventDto), total, window);
}

export async function entities(scope: Scope) {
  return { items: await auditEntities(scope) };
}

const HEADERS: Record<Locale, string[]> = {
  nl: ['Tijdstip', 'Wie', 'Soort', 'Handeling', 'Onderdeel', 'Id', 'Velden', 'Route'],
  en: ['Time', 'Who', 'Kind', 'Action', 'Entity', 'Id', 'Fields', 'Route'],
};

/** The filtered log as a CSV for Excel; the export itself is logged. */
export async function auditExport(actor: ActorScope & { query: AuditExportQuery }) {
  const { items } = await listAuditEvents({
    ...actor,
    filter: filterOf(actor.query),
    limit: AUDIT_EXPORT_LIMIT,
    offset: 0,
  });
  await recordAccess({ ...actor, action: 'export', entity: 'audit_event' });
  const rows = items.map((row) => [
    new Date(row.at).toISOString(),
    row.actorName ?? '',
    row.actorKind,
    row.action,
    row.entity,
    row.entityId ?? '',
    row.changes ? JSON.stringify(row.changes) : '',
    row.route ?? '',
  ]);
  const date = new Date().toISOString().slice(0, 10);
  return { filename: `audit-${date}.csv`, csv: writeExcelCsv([HEADERS[actor.locale], ...rows]).toString('utf8') };
}
