import type { Department } from '@ambassador/shared';

/** A department in the tree, in the shape PlainTreeTable reads (`key`, `data`, `children`). */
export interface DepartmentNode {
  key: string;
  data: Department;
  children: DepartmentNode[];
  leaf: boolean;
}

/**
 * Nests the flat list by `parentId`, keeping the server's order among siblings. A department whose parent is
 * not in the list becomes a root rather than disappearing.
 */
export function buildDepartmentTree(items: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const department of items) {
    nodes.set(department.id, {
      key: department.id,
      data: department,
      children: [],
      leaf: true,
    });
  }
  const roots: DepartmentNode[] = [];
  for (const department of items) {
    const node = nodes.get(department.id)!;
    const parent = department.parentId === null ? undefined : nodes.get(department.parentId);
    if (parent && parent !== node) {
      parent.children.push(node);
      parent.leaf = false;
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** Case and accents do not matter: "beuk" finds "Afdeling Beuk", "creche" finds "Crèche". */
export function normaliseSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').trim();
}

function matches(department: Department, needle: string): boolean {
  return (
    normaliseSearch(department.name).includes(needle) ||
    (department.code !== null && normaliseSearch(department.code).includes(needle))
  );
}

/**
 * The departments whose name or code contains the search text, with their ancestors (so the match stays in its
 * place in the tree) and their own sub-departments (so a match on a cluster shows what it holds).
 */
export function filterDepartmentTree(nodes: readonly DepartmentNode[], query: string): DepartmentNode[] {
  const needle = normaliseSearch(query);
  if (!needle) return [...nodes];
  const visit = (node: DepartmentNode): DepartmentNode | null => {
    if (matches(node.data, needle)) return node;
    const children = node.children.map(visit).filter((child): child is DepartmentNode => child !== null);
    return children.length > 0 ? { ...node, children, leaf: false } : null;
  };
  return nodes.map(visit).filter((node): node is DepartmentNode => node !== null);
}

/** The tree as a list in reading order, each department with its depth (0 for a root): for pickers that indent. */
export function flattenDepartmentTree(
  nodes: readonly DepartmentNode[],
  depth = 0,
): { department: Department; depth: number }[] {
  return nodes.flatMap((node) => [
    { department: node.data, depth },
    ...flattenDepartmentTree(node.children, depth + 1),
  ]);
}

/** Keys of every node that has children: what "expand all" opens. */
export function parentKeys(nodes: readonly DepartmentNode[]): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.key, ...parentKeys(node.children)] : []));
}

/** The department itself and everything below it: the places it cannot be moved to. */
export function subtreeIds(items: readonly Department[], id: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const department of items) {
    if (department.parentId === null) continue;
    const siblings = childrenOf.get(department.parentId) ?? [];
    siblings.push(department.id);
    childrenOf.set(department.parentId, siblings);
  }
  const result = new Set<string>();
  const pending = [id];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (result.has(current)) continue;
    result.add(current);
    pending.push(...(childrenOf.get(current) ?? []));
  }
  return result;
}
