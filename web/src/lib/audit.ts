import type { AuditChange } from '@ambassador/shared';

/** One changed field as a line of the audit table: its name, and its values before and after as text. */
export interface ChangeLine {
  field: string;
  hidden: boolean;
  before: string | null;
  after: string | null;
  /** Whether the event had a value before (an update, a removal) and after (a creation, an update). */
  hasBefore: boolean;
  hasAfter: boolean;
}

const MAX_VALUE = 120;

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return shown.length > MAX_VALUE ? `${shown.slice(0, MAX_VALUE - 1)}…` : shown;
}

/** The changed fields of an event, in the order the log gives them. */
export function changeLines(changes: Record<string, AuditChange> | null): ChangeLine[] {
  return Object.entries(changes ?? {}).map(([field, change]) => ({
    field,
    hidden: change.hidden === true,
    before: text(change.before),
    after: text(change.after),
    hasBefore: 'before' in change,
    hasAfter: 'after' in change,
  }));
}
