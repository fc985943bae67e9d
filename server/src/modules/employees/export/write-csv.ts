import { stringify } from 'csv-stringify/sync';
import { IMPORT_COLUMNS, neutraliseFormula, type ImportColumnKey } from '../import/columns.ts';
import type { CsvRow } from '../import/parse-csv.ts';

/**
 * One employee as exported. Exactly the import columns and nothing else (no status, no ids), so that the file can be
 * edited in Excel and imported again; a caller that wants only active employees filters before calling.
 */
export type ExportRow = Omit<CsvRow, 'line'>;

export type ExportHeaders = 'nl' | 'en';

/**
 * Writes employees the way Dutch Excel opens them without an import wizard: UTF-8 with BOM (otherwise Excel reads
 * windows-1252 and garbles accents), `;` (the Dutch list separator) and CRLF.
 */
export function writeEmployeeCsv(rows: readonly ExportRow[], { headers }: { headers: ExportHeaders }): Buffer {
  const header = IMPORT_COLUMNS.map((column) => column[headers]);
  const records = rows.map((row) => IMPORT_COLUMNS.map(({ key }) => neutraliseFormula(cellOf(row, key))));
  const text = stringify([header, ...records], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // With an explicit record delimiter csv-stringify stops quoting a lone LF or CR, which the importer (and Excel)
    // would read as the end of the row.
    quote_record_delimiter: true,
  });
  return Buffer.from(text, 'utf8');
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
