import { stringify } from 'csv-stringify/sync';

/*
 * Spreadsheet formula injection: Excel runs a cell that starts with one of these as a formula. The exporter prefixes
 * such cells with `'`, which Excel shows as plain text; the importer removes exactly one `'` again. A value that
 * already is `'` + trigger gets one more `'`, so every value survives export → import unchanged.
 */
const NEUTRALISED = /^'*[=+\-@\t\r]/;
const UNNEUTRALISE = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return NEUTRALISED.test(value) ? `'${value}` : value;
}

export function unneutraliseFormula(cell: string): string {
  return UNNEUTRALISE.test(cell) ? cell.slice(1) : cell;
}

/**
 * Writes rows the way Dutch Excel opens them without an import wizard: UTF-8 with BOM (otherwise Excel reads
 * windows-1252 and garbles accents), `;` (the Dutch list separator) and CRLF; every cell neutralised.
 */
export function writeExcelCsv(records: readonly (readonly string[])[]): Buffer {
  const text = stringify(
    records.map((record) => record.map(neutraliseFormula)),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      // With an explicit record delimiter csv-stringify stops quoting a lone LF or CR, which an importer (and Excel)
      // would read as the end of the row.
      quote_record_delimiter: true,
    },
  );
  return Buffer.from(text, 'utf8');
}
