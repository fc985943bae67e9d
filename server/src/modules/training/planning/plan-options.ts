import { UnplannedReasons } from '@ambassador/shared/constants';
import type { Scope } from '../../../http/actor.ts';
import { ValidationFailed, type FieldError } from '../../../http/errors.ts';
import type { loadTree } from '../../departments/departments.service.ts';
import { roomsByIds } from '../../rooms/rooms.repository.ts';
import type { PlanRoom } from './planner.ts';

/** What the planner's options need besides the planner itself: the chosen rooms, buddies' departments, the counts. */

/** Places in a digital-help session unless the body says otherwise: small enough for a buddy to help everyone. */
export const DEFAULT_DIGITAL_HELP_CAPACITY = 6;

/** The chosen rooms: every id must be an active room of the organisation. */
export async function chosenRooms(scope: Scope, roomIds: readonly string[]): Promise<PlanRoom[]> {
  if (roomIds.length === 0) return [];
  const found = new Map((await roomsByIds({ ...scope, roomIds })).map((room) => [room.id, room]));
  const errors: FieldError[] = [];
  roomIds.forEach((id, index) => {
    const room = found.get(id);
    if (!room) errors.push({ field: `roomIds.${index}`, code: 'not_found', message: 'unknown room' });
    else if (!room.active)
      errors.push({ field: `roomIds.${index}`, code: 'inactive', message: 'this room is not active' });
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return roomIds.map((id) => found.get(id)!).map(({ id, name, capacity }) => ({ id, name, capacity }));
}

export function countReasons(reasons: readonly (typeof UnplannedReasons)[number][]) {
  const counts = Object.fromEntries(UnplannedReasons.map((reason) => [reason, 0])) as Record<
    (typeof UnplannedReasons)[number],
    number
  >;
  for (const reason of reasons) counts[reason] += 1;
  return counts;
}

/** A department's ancestors, nearest first. */
export function ancestors(tree: Awaited<ReturnType<typeof loadTree>>, departmentId: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>([departmentId]);
  for (let node = tree.byId.get(tree.byId.get(departmentId)?.parentId ?? ''); node && !seen.has(node.id);) {
    found.push(node.id);
    seen.add(node.id);
    node = node.parentId ? tree.byId.get(node.parentId) : undefined;
  }
  return found;
}
