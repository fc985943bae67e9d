import type { CellStatus, CoverageDepartment } from '@ambassador/shared';

/** Colour is never the only signal: each status has an icon (and words, for screen readers). */
export const STATUS_ICONS: Record<CellStatus, string> = { covered: '✓', under: '◐', uncovered: '✕', empty: '–' };

/** What the matrix needs of a department, a layer and a cell; the coverage and the training matrix both fit. */
export interface MatrixDepartment {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
}

export interface MatrixLayer {
  id: string;
  name: string;
}

export interface MatrixCell {
  departmentId: string;
  layerId: string;
}

export const cellKey = (departmentId: string, layerId: string) => `${departmentId}/${layerId}`;

/** Cells by department and layer; a cell without employees is absent (the matrix shows "–"). */
export function buildCellLookup<C extends MatrixCell>(cells: readonly C[]): Map<string, C> {
  return new Map(cells.map((cell) => [cellKey(cell.departmentId, cell.layerId), cell]));
}

export interface MatrixRow<D extends MatrixDepartment = CoverageDepartment> {
  department: D;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

interface DepartmentForest<D extends MatrixDepartment> {
  roots: D[];
  childrenOf: Map<string, D[]>;
}

/**
 * Nests the flat list by `parentId`, keeping the server's order among siblings. The top of a subtree (its parent
 * is not in the list) is a root.
 */
function forest<D extends MatrixDepartment>(departments: readonly D[]): DepartmentForest<D> {
  const ids = new Set(departments.map((department) => department.id));
  const childrenOf = new Map<string, D[]>();
  const roots: D[] = [];
  for (const department of departments) {
    if (department.parentId !== null && ids.has(department.parentId) && department.parentId !== department.id) {
      const siblings = childrenOf.get(department.parentId) ?? [];
      siblings.push(department);
      childrenOf.set(department.parentId, siblings);
    } else {
      roots.push(department);
    }
  }
  return { roots, childrenOf };
}

/** The rows a tree table shows: depth-first, children only under an expanded parent. */
export function matrixRows<D extends MatrixDepartment>(
  departments: readonly D[],
  expanded: ReadonlySet<string>,
): MatrixRow<D>[] {
  const { roots, childrenOf } = forest(departments);
  const rows: MatrixRow<D>[] = [];
  const seen = new Set<string>();
  const visit = (department: D, depth: number) => {
    if (seen.has(department.id)) return;
    seen.add(department.id);
    const children = childrenOf.get(department.id) ?? [];
    const open = expanded.has(department.id);
    rows.push({ department, depth, hasChildren: children.length > 0, expanded: open });
    if (open) for (const child of children) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return rows;
}

/** Departments that have sub-departments in the list: what "expand all" opens. */
export function parentIds(departments: readonly MatrixDepartment[]): string[] {
  const { childrenOf } = forest(departments);
  return [...childrenOf.keys()];
}

/** The top of the tree (or of the subtree shown). */
export function rootIds(departments: readonly MatrixDepartment[]): string[] {
  return forest(departments).roots.map((department) => department.id);
}
