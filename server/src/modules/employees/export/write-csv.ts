import { writeExcelCsv } from '../../../http/excel-csv.ts';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../import/columns.ts';
import type { CsvRow } from '../import/parse-csv.ts';

/**
 * One employee as exported. Exactly the import columns and nothing else (no status, no ids), so that the file can be
 * edited in Excel and imported again; a caller that wants only active employees filters before calling.
 */
export type ExportRow = Omit<CsvRow, 'line'>;

export type ExportHeaders = 'nl' | 'en';

/** The employees in the import's own columns and headers, as Dutch Excel opens them (see writeExcelCsv). */
export function writeEmployeeCsv(rows: readonly ExportRow[], { headers }: { headers: ExportHeaders }): Buffer {
  const header = IMPORT_COLUMNS.map((column) => column[headers]);
  return writeExcelCsv([header, ...rows.map((row) => IMPORT_COLUMNS.map(({ key }) => cellOf(row, key)))]);
}

function cellOf(row: ExportRow, key: ImportColumnKey): string {
  switch (key) {
    case 'employee_number':
      return row.employeeNumber;
    case 'name':
      return row.name;
    case 'email':
      return row.email ?? '';
    case 'department':
      return row.departmentPath.join('/');
    case 'layer':
      return row.layer;
    case 'job_title':
      return row.jobTitle ?? '';
    case 'location':
      return row.location ?? '';
    case 'digital_skill':
      return row.digitalSkill ?? '';
  }
}
