import type { Coverage, CoverageCell, Locale } from '@ambassador/shared';
import { writeExcelCsv } from '../../http/excel-csv.ts';

const HEADERS = {
  nl: {
    department: 'Afdeling',
    layerAmbassadors: (layer: string) => `${layer} - ambassadeurs`,
    layerTarget: (layer: string) => `${layer} - doel`,
    employees: 'Medewerkers',
    ambassadors: 'Actieve ambassadeurs',
    target: 'Doel',
    covered: 'Gedekte cellen',
    cells: 'Cellen',
    total: 'Totaal',
  },
  en: {
    department: 'Department',
    layerAmbassadors: (layer: string) => `${layer} - ambassadors`,
    layerTarget: (layer: string) => `${layer} - target`,
    employees: 'Employees',
    ambassadors: 'Active ambassadors',
    target: 'Target',
    covered: 'Covered cells',
    cells: 'Cells',
    total: 'Total',
  },
};

type Figures = { ambassadors: number; target: number };

/**
 * Per department and layer what the heatmap shows: the department's own cell, or, for a parent without employees of
 * its own in that layer, the sum over the departments below it. Absent where nobody in the subtree is in that layer.
 */
export function departmentLayerFigures(matrix: Pick<Coverage, 'departments' | 'cells'>): Map<string, Figures> {
  const own = new Map<string, CoverageCell>(matrix.cells.map((cell) => [`${cell.departmentId}/${cell.layerId}`, cell]));
  const parentOf = new Map(matrix.departments.map((department) => [department.id, department.parentId]));
  const rolled = new Map<string, Figures>();
  for (const cell of matrix.cells) {
    if (cell.employees === 0) continue;
    // Climb from the cell's department to the top; `seen` guards against a broken tree.
    const seen = new Set<string>();
    for (let id: string | null | undefined = cell.departmentId; id && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      const key = `${id}/${cell.layerId}`;
      const sum = rolled.get(key) ?? { ambassadors: 0, target: 0 };
      sum.ambassadors += cell.ambassadors;
      sum.target += cell.target;
      rolled.set(key, sum);
    }
  }
  const figures = new Map<string, Figures>();
  for (const [key, sum] of rolled) {
    const cell = own.get(key);
    figures.set(key, cell && cell.employees > 0 ? { ambassadors: cell.ambassadors, target: cell.target } : sum);
  }
  return figures;
}

/**
 * The matrix as HR opens it in Excel: a row per department, two numeric columns per layer (ambassadors and target;
 * never "1/1", which Excel reads as a date), then the department's totals over itself and every department below it,
 * as the heatmap shows them, and a total row.
 */
export function coverageCsv(matrix: Coverage, locale: Locale): Buffer {
  const h = HEADERS[locale];
  const figures = departmentLayerFigures(matrix);
  const header = [
    h.department,
    ...matrix.layers.flatMap((layer) => [h.layerAmbassadors(layer.name), h.layerTarget(layer.name)]),
    h.employees,
    h.ambassadors,
    h.target,
    h.covered,
    h.cells,
  ];
  const rows = matrix.departments.map((department) => [
    department.path,
    ...matrix.layers.flatMap((layer) => {
      const cell = figures.get(`${department.id}/${layer.id}`);
      return cell ? [String(cell.ambassadors), String(cell.target)] : ['', ''];
    }),
    String(department.employees),
    String(department.activeAmbassadors),
    String(department.target),
    String(department.coveredCells),
    String(department.cells),
  ]);
  const { totals } = matrix;
  const total = [
    h.total,
    ...matrix.layers.flatMap((layer) =>
      layer.totals.cells > 0 ? [String(layer.totals.activeAmbassadors), String(layer.totals.target)] : ['', ''],
    ),
    String(totals.employees),
    String(totals.activeAmbassadors),
    String(totals.target),
    String(totals.coveredCells),
    String(totals.cells),
  ];
  return writeExcelCsv([header, ...rows, total]);
}
