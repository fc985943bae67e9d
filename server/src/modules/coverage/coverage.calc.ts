import type { CellStatus, CoverageCell, CoverageTarget, CoverageTotals } from '@ambassador/shared';

export type CellCount = { departmentId: string; layerId: string; employees: number; ambassadors: number };

/** At least `minPerCell` ambassadors in a cell with employees, and one per `perEmployees` of them. */
export function cellTarget(employees: number, target: CoverageTarget): number {
  if (employees === 0) return 0;
  return Math.max(target.minPerCell, Math.ceil(employees / target.perEmployees));
}

export function cellStatus(employees: number, ambassadors: number, target: number): CellStatus {
  if (employees === 0) return 'empty';
  if (ambassadors >= target) return 'covered';
  return ambassadors === 0 ? 'uncovered' : 'under';
}

export function toCell(
  { departmentId, layerId, employees, ambassadors }: CellCount,
  target: CoverageTarget,
): CoverageCell {
  const goal = cellTarget(employees, target);
  return {
    departmentId,
    layerId,
    employees,
    ambassadors,
    target: goal,
    status: cellStatus(employees, ambassadors, goal),
  };
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Running sums from which totals are finished; summing these over a tree never re-reads the cells. */
export type Tally = {
  employees: number;
  activeAmbassadors: number;
  target: number;
  cells: number;
  coveredCells: number;
  employeesInCovered: number;
};

export const emptyTally = (): Tally => ({
  employees: 0,
  activeAmbassadors: 0,
  target: 0,
  cells: 0,
  coveredCells: 0,
  employeesInCovered: 0,
});

export function addCell(tally: Tally, cell: CoverageCell): Tally {
  if (cell.employees === 0) return tally;
  tally.employees += cell.employees;
  tally.activeAmbassadors += cell.ambassadors;
  tally.target += cell.target;
  tally.cells += 1;
  if (cell.status === 'covered') {
    tally.coveredCells += 1;
    tally.employeesInCovered += cell.employees;
  }
  return tally;
}

export function addTally(into: Tally, from: Tally): Tally {
  into.employees += from.employees;
  into.activeAmbassadors += from.activeAmbassadors;
  into.target += from.target;
  into.cells += from.cells;
  into.coveredCells += from.coveredCells;
  into.employeesInCovered += from.employeesInCovered;
  return into;
}

export function finish(tally: Tally): CoverageTotals {
  return {
    employees: tally.employees,
    activeAmbassadors: tally.activeAmbassadors,
    target: tally.target,
    cells: tally.cells,
    coveredCells: tally.coveredCells,
    coveragePct: pct(tally.coveredCells, tally.cells),
    employeesInCoveredCellsPct: pct(tally.employeesInCovered, tally.employees),
  };
}

/** Totals over a set of cells; each cell is counted once, so summing departments' own cells never double counts. */
export function totalsOf(cells: readonly CoverageCell[]): CoverageTotals {
  return finish(cells.reduce(addCell, emptyTally()));
}
