import type { CoverageCell, CoverageDepartment } from '@ambassador/shared';

export const cellKey = (departmentId: string, layerId: string) => `${departmentId}/${layerId}`;

/** Cells by department and layer; a cell without employees is absent (the matrix shows "–"). */
export function buildCellLookup(cells: readonly CoverageCell[]): Map<string, CoverageCell> {
  return new Map(cells.map((cell) => [cellKey(cell.departmentId, cell.layerId), cell]));
}

export interface MatrixRow {
  department: CoverageDepartment;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

interface DepartmentForest {
  roots: CoverageDepartment[];
  childrenOf: Map<string, CoverageDepartment[]>;
}

/**
 * Nests the flat list by `parentId`, keeping the server's order among siblings. The top of a subtree (its parent
 * is not in the list) is a root.
 */
function forest(departments: readonly CoverageDepartment[]): DepartmentForest {
  const ids = new Set(departments.map((department) => department.id));
  const childrenOf = new Map<string, CoverageDepartment[]>();
  const roots: CoverageDepartment[] = [];
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
export function matrixRows(departments: readonly CoverageDepartment[], expanded: ReadonlySet<string>): MatrixRow[] {
  const { roots, childrenOf } = forest(departments);
  const rows: MatrixRow[] = [];
  const seen = new Set<string>();
  const visit = (department: CoverageDepartment, depth: number) => {
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
export function parentIds(departments: readonly CoverageDepartment[]): string[] {
  const { childrenOf } = forest(departments);
  return [...childrenOf.keys()];
}

/** The top of the tree (or of the subtree shown). */
export function rootIds(departments: readonly CoverageDepartment[]): string[] {
  return forest(departments).roots.map((department) => department.id);
}
