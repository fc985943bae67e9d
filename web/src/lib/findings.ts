import type { Finding } from '@ambassador/shared';
import { FindingCategories } from '@ambassador/shared/constants';

export type WeDidGrouping = 'category' | 'round';

export interface FindingGroup {
  /** A category, a round id, or `none` for the findings without one. */
  key: string;
  /** The round's title for a round group; categories are named by the caller, in the user's language. */
  title: string | null;
  items: Finding[];
}

const NONE = 'none';

/**
 * The resolved findings in groups: by category in the categories' own order, or by round (newest first, as the list
 * comes); the ones without a category or round last. Within a group the list's order is kept.
 */
export function groupFindings(items: readonly Finding[], by: WeDidGrouping): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const item of items) {
    const key = (by === 'category' ? item.category : item.roundId) ?? NONE;
    let group = groups.get(key);
    if (!group) {
      group = { key, title: by === 'round' ? item.roundTitle : null, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const order = (key: string) =>
    key === NONE
      ? Number.MAX_SAFE_INTEGER
      : by === 'category'
        ? (FindingCategories as readonly string[]).indexOf(key)
        : 0;
  return [...groups.values()].sort((a, b) => order(a.key) - order(b.key));
}
