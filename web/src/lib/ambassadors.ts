import type { Ambassador, AmbassadorListItem, AmbassadorStatus } from '@ambassador/shared';
import { AMBASSADOR_TRANSITIONS, AmbassadorStatuses } from '@ambassador/shared/constants';

/**
 * A list item with the whole record: every item for admins and HR. An ambassador gets only her own record so, and her
 * colleagues as summaries (name, department, layer, roles and status).
 */
export function isFullRecord(item: AmbassadorListItem): item is Ambassador {
  return 'allowedTransitions' in item;
}

/** The transitions the server enforces; it has the last word on every move. */
export function canMove(from: AmbassadorStatus, to: AmbassadorStatus): boolean {
  return AMBASSADOR_TRANSITIONS[from].includes(to);
}

/** The recruiting board from left to right, in the order of the statuses; `declined` is folded away at the end. */
export const BOARD_COLUMNS: readonly AmbassadorStatus[] = AmbassadorStatuses;

export const FOLDED_COLUMNS: readonly AmbassadorStatus[] = ['declined'];

/** Paths are long ("Wonen en Zorg / De Linde / Afdeling Beuk"); a card shows the last two parts. */
export function shortPath(path: string, parts = 2): string {
  const names = path.split(' / ');
  return names.length <= parts ? path : `… / ${names.slice(-parts).join(' / ')}`;
}

/**
 * Hours per month as typed: empty is "not agreed" (null); a number from 0 to 160 (halves allowed) is kept;
 * anything else is undefined, which the form reports next to the field.
 */
export function parseHours(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const hours = Number(trimmed);
  return Number.isFinite(hours) && hours >= 0 && hours <= 160 ? hours : undefined;
}
