import type { Activity } from '@ambassador/shared';
import type { ActivityListRow } from './activities.repository.ts';

export function activityDto(row: ActivityListRow): Activity {
  return {
    id: row.id,
    ambassadorId: row.ambassadorId,
    ambassadorName: row.ambassadorName,
    kind: row.kind,
    date: row.occurredOn,
    count: row.count,
    note: row.note,
    digitalHelp: row.digitalHelp,
    automatic: Boolean(row.automatic),
    createdAt: row.createdAt.toISOString(),
  };
}
