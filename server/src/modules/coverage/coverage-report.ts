import type { Coverage, Locale } from '@ambassador/shared';
import { writeExcelCsv } from '../../http/excel-csv.ts';

const HEADERS = {
  nl: {
    department: 'Afdeling',
    employees: 'Medewerkers',
    ambassadors: 'Actieve ambassadeurs',
    target: 'Doel',
    covered: 'Gedekte cellen',
    cells: 'Cellen',
  },
  en: {
    department: 'Department',
    employees: 'Employees',
    ambassadors: 'Active ambassadors',
    target: 'Target',
    covered: 'Covered cells',
    cells: 'Cells',
  },
};

/**
 * The matrix as HR opens it in Excel: a row per department (its own employees), a column per layer with
 * "ambassadors/target" (empty where the cell has no employees), then the department's own totals and a total row.
 */
export function coverageCsv(matrix: Coverage, locale: Locale): Buffer {
  const h = HEADERS[locale];
  const cells = new Map(matrix.cells.map((cell) => [`${cell.departmentId}/${cell.layerId}`, cell]));
  const header = [
    h.department,
    ...matrix.layers.map((layer) => layer.name),
    h.employees,
    h.ambassadors,
    h.target,
    h.covered,
    h.cells,
  ];
  const rows = matrix.departments.map((department) => [
    department.path,
    ...matrix.layers.map((layer) => {
      const cell = cells.get(`${department.id}/${layer.id}`);
      return cell ? `${cell.ambassadors}/${cell.target}` : '';
    }),
    String(department.own.employees),
    String(department.own.activeAmbassadors),
    String(department.own.target),
    String(department.own.coveredCells),
    String(department.own.cells),
  ]);
  const { totals } = matrix;
  const total = [
    locale === 'nl' ? 'Totaal' : 'Total',
    ...matrix.layers.map((layer) => `${layer.totals.activeAmbassadors}/${layer.totals.target}`),
    String(totals.employees),
    String(totals.activeAmbassadors),
    String(totals.target),
    String(totals.coveredCells),
    String(totals.cells),
  ];
  return writeExcelCsv([header, ...rows, total]);
}
