import type { DigitalSkill } from '@ambassador/shared';
import { resolveHeader } from './columns.ts';
import { BLANK_LINE, detectDelimiter, readRecords } from '../../../http/csv-records.ts';
import { decodeInput, type CsvEncoding } from './decode.ts';
import { readRow } from './validate-row.ts';

export { IMPORT_COLUMNS, type ImportColumnKey } from './columns.ts';

export type { DigitalSkill };

export type { CsvError, CsvErrorCode, CsvRow } from './csv-types.ts';
import type { CsvError, CsvRow } from './csv-types.ts';

export type ParsedCsv = { rows: CsvRow[]; errors: CsvError[]; delimiter: ',' | ';'; encoding: CsvEncoding };

/**
 * Rows one import request may hold: enough for the largest hospital group we serve (about 20,000 staff), small enough
 * that reading and checking a file stays a short piece of work on the event loop that every organisation shares.
 */
export const MAX_ROWS = 25_000;

/**
 * Reads an HR export (AFAS, Youforce/Visma, Nmbrs, or a sheet saved from Dutch Excel) into employee rows.
 * Pure and synchronous: layers and departments are only checked for shape here; whether they exist is up to
 * the caller. A row with any error is left out of `rows`.
 */
export function parseEmployeeCsv(input: Buffer | string): ParsedCsv {
  const decoded = decodeInput(input);
  if (!decoded.ok) {
    return {
      rows: [],
      errors: [fileError('invalid_file', decoded.message)],
      delimiter: ';',
      encoding: decoded.encoding,
    };
  }
  const { text, encoding } = decoded;
  const delimiter = detectDelimiter(text, (cells) => resolveHeader(cells).indexByKey.size);
  const result = (rows: CsvRow[], errors: CsvError[]): ParsedCsv => ({ rows, errors, delimiter, encoding });
  const emptyFile = () => result([], [fileError('empty_file', 'The file is empty.')]);

  if (BLANK_LINE.test(text)) return emptyFile();
  const { records, failure } = readRecords(text, delimiter);
  const [header, ...data] = records;
  if (header === undefined) return failure ? result([], [failure]) : emptyFile();

  const { indexByKey, missing, duplicates } = resolveHeader(header.cells);
  const headerErrors: CsvError[] = [];
  if (missing.length > 0) {
    headerErrors.push({
      line: header.line,
      column: null,
      code: 'missing_columns',
      message: `Missing required column(s): ${missing.join(', ')}`,
    });
  }
  for (const key of duplicates) {
    headerErrors.push({
      line: header.line,
      column: key,
      code: 'duplicate_column',
      message: `More than one column is read as "${key}"; keep only one of them.`,
    });
  }
  if (headerErrors.length > 0) return result([], headerErrors);

  const firstExcess = data[MAX_ROWS];
  if (firstExcess !== undefined) {
    return result(
      [],
      [
        {
          line: firstExcess.line,
          column: null,
          code: 'too_many_rows',
          message: `The file has more than ${MAX_ROWS} employees; split it into smaller files.`,
        },
      ],
    );
  }

  const rows: CsvRow[] = [];
  const errors: CsvError[] = [];
  const firstLineByNumber = new Map<string, number>();
  for (const record of data) {
    const outcome = readRow(record, indexByKey, firstLineByNumber);
    if (Array.isArray(outcome)) errors.push(...outcome);
    else rows.push(outcome);
  }
  if (failure) errors.push(failure);
  return result(rows, errors);
}

function fileError(code: 'invalid_file' | 'empty_file', message: string): CsvError {
  return { line: 1, column: null, code, message };
}
