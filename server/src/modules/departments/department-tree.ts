export type TreeNode = { id: string; name: string; code: string | null; parentId: string | null };

export const PATH_SEPARATOR = ' / ';

/** One collator for every sort: `localeCompare(…, 'nl')` builds a new one per comparison, which dominates a big tree. */
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The department tree of one organisation, built once from its flat rows: paths, subtree roll-ups and descendant
 * sets are derived here instead of per-department queries.
 */
export class DepartmentTree<T extends TreeNode = TreeNode> {
  readonly byId = new Map<string, T>();
  private readonly children = new Map<string | null, T[]>();
  private readonly paths = new Map<string, string[]>();

  constructor(rows: T[]) {
    for (const row of rows) {
      this.byId.set(row.id, row);
      const siblings = this.children.get(row.parentId) ?? [];
      siblings.push(row);
      this.children.set(row.parentId, siblings);
    }
  }

  /** Names from the root down; a broken parent link (never expected) ends the walk rather than looping. */
  segments(id: string): string[] {
    const cached = this.paths.get(id);
    if (cached) return cached;
    const names: string[] = [];
    const seen = new Set<string>();
    for (
      let node = this.byId.get(id);
      node && !seen.has(node.id);
      node = node.parentId ? this.byId.get(node.parentId) : undefined
    ) {
      seen.add(node.id);
      names.unshift(node.name);
    }
    this.paths.set(id, names);
    return names;
  }

  path(id: string): string {
    return this.segments(id).join(PATH_SEPARATOR);
  }

  childrenOf(id: string | null): T[] {
    return this.children.get(id) ?? [];
  }

  /** The department itself and every department below it. */
  subtree(id: string): string[] {
    const result: string[] = [];
    const pending = [id];
    while (pending.length > 0) {
      const current = pending.pop()!;
      result.push(current);
      for (const child of this.childrenOf(current)) pending.push(child.id);
    }
    return result;
  }

  /** Depth-first in name order, so that a flat list reads as the tree. */
  ordered(): T[] {
    const result: T[] = [];
    const visit = (parentId: string | null) => {
      for (const child of [...this.childrenOf(parentId)].sort((a, b) => byName.compare(a.name, b.name))) {
        result.push(child);
        visit(child.id);
      }
    };
    visit(null);
    return result;
  }

  /** Sums a per-department count over each department's subtree. */
  rollUp(own: Map<string, number>): Map<string, number> {
    const totals = new Map<string, number>();
    const total = (id: string): number => {
      const known = totals.get(id);
      if (known !== undefined) return known;
      const sum = (own.get(id) ?? 0) + this.childrenOf(id).reduce((acc, child) => acc + total(child.id), 0);
      totals.set(id, sum);
      return sum;
    };
    for (const id of this.byId.keys()) total(id);
    return totals;
  }
}
