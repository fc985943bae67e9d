import type { CoverageCell, CoverageDepartment, CoverageTarget } from '@ambassador/shared';

/** Which rule sets a cell's target: one per `perEmployees` employees, or the minimum per cell when that is higher. */
export type TargetRule = 'ratio' | 'minimum';

/** The cell target as the server computes it, and the rule that set it. */
export function targetRule(employees: number, target: CoverageTarget): { rule: TargetRule; byRatio: number } {
  const byRatio = Math.ceil(employees / target.perEmployees);
  return { rule: byRatio >= target.minPerCell ? 'ratio' : 'minimum', byRatio };
}

/** How many cells (with employees) take their target from the minimum per cell. */
export function cellsSetByMinimum(cells: readonly CoverageCell[], target: CoverageTarget): number {
  return cells.filter((cell) => cell.employees > 0 && targetRule(cell.employees, target).rule === 'minimum').length;
}

/** The organisation-wide ratio alone: one ambassador per `perEmployees` employees, without any per-cell minimum. */
export function organisationRatio(employees: number, target: CoverageTarget): { target: number; percent: number } {
  return { target: Math.ceil(employees / target.perEmployees), percent: 100 / target.perEmployees };
}

export type RolledUpFigures = { ambassadors: number; target: number; employees: number };

/**
 * Per department and layer, the sum over the department and every department below it: what a parent row shows
 * where it has no employees of its own in that layer.
 */
export function rolledUpByLayer(
  departments: readonly Pick<CoverageDepartment, 'id' | 'parentId'>[],
  cells: readonly CoverageCell[],
): Map<string, RolledUpFigures> {
  const parentOf = new Map(departments.map((department) => [department.id, department.parentId]));
  const sums = new Map<string, RolledUpFigures>();
  for (const cell of cells) {
    if (cell.employees === 0) continue;
    const seen = new Set<string>();
    for (let id: string | null | undefined = cell.departmentId; id && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      const key = `${id}/${cell.layerId}`;
      const sum = sums.get(key) ?? { ambassadors: 0, target: 0, employees: 0 };
      sum.ambassadors += cell.ambassadors;
      sum.target += cell.target;
      sum.employees += cell.employees;
      sums.set(key, sum);
    }
  }
  return sums;
}
