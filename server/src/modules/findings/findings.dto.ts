import type { Finding, FindingChange } from '@ambassador/shared';
import type { Actor } from '../../http/actor.ts';
import { dayIn } from '../../lib/days.ts';
import type { findingHistory, FindingListRow } from './findings.repository.ts';

/** How findings look to the one asking: whether she raised it, and who did only for admins and HR. */

/** Admins and HR see who raised a finding; an ambassador only whether she did. */
const seesRaiser = (actor: Actor) => actor.role === 'admin' || actor.role === 'hr';

export function findingDto(actor: Actor, { finding, raisedByName, roundTitle }: FindingListRow): Finding {
  return {
    id: finding.id,
    title: finding.title,
    body: finding.body,
    category: finding.category,
    roundId: finding.roundId,
    roundTitle: finding.roundId ? roundTitle : null,
    status: finding.status,
    resolution: finding.resolution,
    duplicateOfId: finding.duplicateOfId,
    mine: finding.raisedBy !== null && finding.raisedBy === actor.userId,
    ...(seesRaiser(actor)
      ? {
          raisedBy: finding.raisedBy && raisedByName !== null ? { userId: finding.raisedBy, name: raisedByName } : null,
        }
      : {}),
    createdAt: finding.createdAt.toISOString(),
    updatedAt: finding.updatedAt.toISOString(),
    // The day it was resolved, in the organisation's calendar.
    resolvedOn: finding.resolvedAt ? dayIn(actor.timezone, finding.resolvedAt) : null,
  };
}

/**
 * The history, oldest first. Its first entry (the creation) is by whoever raised the finding, so an ambassador sees
 * that name only when it is her own; the moves after it are the team's triage.
 */
export function historyDto(actor: Actor, history: Awaited<ReturnType<typeof findingHistory>>): FindingChange[] {
  return history.map((change, index) => {
    const by =
      change.changedById && change.changedByName ? { userId: change.changedById, name: change.changedByName } : null;
    const hidden = !seesRaiser(actor) && index === 0 && change.from === null && by?.userId !== actor.userId;
    return {
      from: change.from,
      to: change.to,
      resolution: change.resolution,
      changedAt: change.changedAt.toISOString(),
      changedBy: hidden ? null : by,
    };
  });
}
