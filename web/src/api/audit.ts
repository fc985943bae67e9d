import type { AuditEntities, AuditEventPage, AuditEventQuery, AuditExportQuery } from '@ambassador/shared';
import { download, http } from './http.ts';

/** The organisation's audit log, newest first (admins). */
export const listAuditEvents = (query: AuditEventQuery, signal?: AbortSignal) =>
  http.get<AuditEventPage>('/audit-events', query, signal);

/** The kinds of record the log holds, for the filter. */
export const listAuditEntities = () => http.get<AuditEntities>('/audit-events/entities');

/** The filtered log as CSV; downloading it is itself logged. */
export const downloadAuditCsv = (query: AuditExportQuery) =>
  download('/audit-events/export.csv', { query, accept: 'text/csv, application/problem+json' });
