import type { CascadeNode } from '@ambassador/shared';

/** A cascade node in the shape PlainTreeTable reads (`key`, `data`, `children`). */
export interface CascadeTreeNode {
  key: string;
  data: CascadeNode;
  children: CascadeTreeNode[];
}

/**
 * Keys are made unique along the path: an ambassador who was certified twice (by two trainers) appears under both,
 * and the tree needs a distinct key for each place.
 */
export function toTreeNodes(nodes: readonly CascadeNode[], parentKey = ''): CascadeTreeNode[] {
  return nodes.map((node) => {
    const key = parentKey ? `${parentKey}>${node.key}` : node.key;
    const children = toTreeNodes(node.children, key);
    return { key, data: node, children };
  });
}

/** Keys of every node that has children: what "expand all" opens. */
export function branchKeys(nodes: readonly CascadeTreeNode[]): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.key, ...branchKeys(node.children)] : []));
}
