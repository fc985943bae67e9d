import { parse, type Options } from 'csv-parse/sync';
import type { DigitalSkill } from '@ambassador/shared';
import { resolveHeader } from './columns.ts';
import { decodeInput, type CsvEncoding } from './decode.ts';
import { readRow, type RawRecord } from './validate-row.ts';

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

// Excel leaves rows of bare separators (`;;;;;;;`) behind where a user cleared cells instead of deleting the row.
const BLANK_LINE = /^[\s,;]*$/;
const FIRST_NON_BLANK_LINE = /^.*[^\s,;].*$/m;
const LINE_BREAK = /\r\n|\n|\r/g;
const LEADING_WHITESPACE = /^\s*/;

const CSV_OPTIONS = {
  relax_column_count: true,
  // A stray quote inside an unquoted cell (`Jan "de Boer" Jansen`) is text, not a reason to reject the file.
  relax_quotes: true,
  skip_empty_lines: true,
  // Lets `1000, "Jansen, Piet"` (space before the quote) parse as a quoted cell.
  trim: true,
  // Without this csv-parse fixes the line ending from the first line, and a file whose rows were pasted together
  // from CRLF and LF sources would turn whole rows into multi-line cells.
  record_delimiter: ['\r\n', '\n', '\r'],
} satisfies Options;

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
  const delimiter = detectDelimiter(text);
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

/**
 * Picks the delimiter under which the first non-blank line reads as the most known column names. When that does not
 * decide (neither reads as a header), the one that occurs more often outside quotes wins, and on a tie `;` wins
 * because Dutch Excel writes it.
 */
function detectDelimiter(text: string): ',' | ';' {
  const headerLine = FIRST_NON_BLANK_LINE.exec(text)?.[0] ?? '';
  const score = (delimiter: ',' | ';'): [number, number] => {
    try {
      const cells = parse(headerLine, { ...CSV_OPTIONS, delimiter })[0] ?? [];
      return [resolveHeader(cells).indexByKey.size, cells.length];
    } catch {
      return [0, 0];
    }
  };
  const [semicolonKnown, semicolonCells] = score(';');
  const [commaKnown, commaCells] = score(',');
  if (commaKnown !== semicolonKnown) return commaKnown > semicolonKnown ? ',' : ';';
  return commaCells > semicolonCells ? ',' : ';';
}

/**
 * Physical line numbers of records. csv-parse's `info.lines` is the line on which a record ENDS, and it counts a
 * CRLF inside a quoted cell as two lines, so it cannot give the start line. Instead, `info.bytes` (the offset just
 * past each record's line break) marks where a record ends; the next record starts at the first non-blank character
 * after it, since csv-parse skips blank lines without emitting anything for them.
 */
class LineCounter {
  readonly #buffer: Buffer;
  #offset = 0;
  #line = 1;

  constructor(buffer: Buffer) {
    this.#buffer = buffer;
  }

  /** The start line of the record that ends at byte `end`. */
  advance(end: number): number {
    const segment = this.#buffer.toString('utf8', this.#offset, end);
    const start = this.#startLine(segment);
    this.#line += countLineBreaks(segment);
    this.#offset = end;
    return start;
  }

  /** The start line of the record after the last one passed to `advance`. */
  next(): number {
    return this.#startLine(this.#buffer.toString('utf8', this.#offset));
  }

  #startLine(segment: string): number {
    return this.#line + countLineBreaks(LEADING_WHITESPACE.exec(segment)?.[0] ?? '');
  }
}

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** Non-blank records with their trimmed cells; `failure` when the CSV itself is broken (e.g. an unclosed quote). */
function readRecords(text: string, delimiter: ',' | ';'): { records: RawRecord[]; failure: CsvError | null } {
  // csv-parse reports byte offsets, so the counter must look at exactly the bytes that were parsed.
  const buffer = Buffer.from(text, 'utf8');
  const lines = new LineCounter(buffer);
  const records: RawRecord[] = [];
  try {
    parse(buffer, {
      ...CSV_OPTIONS,
      delimiter,
      on_record: (record, context) => {
        const line = lines.advance(context.bytes);
        const cells = record.map((cell) => cell.trim());
        if (cells.some((cell) => cell !== '')) records.push({ line, cells });
        return null;
      },
    });
  } catch (error) {
    const quoteNotClosed = (error as { code?: unknown }).code === 'CSV_QUOTE_NOT_CLOSED';
    return {
      records,
      failure: {
        line: lines.next(),
        column: null,
        code: 'malformed_csv',
        message: quoteNotClosed
          ? 'A quoted cell that starts on this line is never closed.'
          : 'This line is not valid CSV: check the quotes around its cells.',
      },
    };
  }
  return { records, failure: null };
}
