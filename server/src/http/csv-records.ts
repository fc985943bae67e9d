import { parse, type Options } from 'csv-parse/sync';

/**
 * Reading an uploaded CSV into records with their physical line numbers, the way Dutch Excel and HR systems write
 * them (`;` or `,`, stray quotes, rows of bare separators, mixed line endings). Each import decides what its columns
 * mean; this only finds the records.
 */

/** A non-blank CSV record: its start line and its trimmed cells. */
export type RawRecord = { line: number; cells: string[] };

export type CsvDelimiter = ',' | ';';

/** The CSV itself is broken (an unclosed quote, say) from this line on. */
export type CsvFailure = { line: number; column: null; code: 'malformed_csv'; message: string };

// Excel leaves rows of bare separators (`;;;;;;;`) behind where a user cleared cells instead of deleting the row.
export const BLANK_LINE = /^[\s,;]*$/;
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
 * Picks the delimiter under which the first non-blank line reads as the most known column names (`knownColumns`
 * counts them in a header's cells). When that does not decide (neither reads as a header), the one that occurs more
 * often outside quotes wins, and on a tie `;` wins because Dutch Excel writes it.
 */
export function detectDelimiter(text: string, knownColumns: (cells: string[]) => number): CsvDelimiter {
  const headerLine = FIRST_NON_BLANK_LINE.exec(text)?.[0] ?? '';
  const score = (delimiter: CsvDelimiter): [number, number] => {
    try {
      const cells = parse(headerLine, { ...CSV_OPTIONS, delimiter })[0] ?? [];
      return [knownColumns(cells), cells.length];
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
export function readRecords(
  text: string,
  delimiter: CsvDelimiter,
): { records: RawRecord[]; failure: CsvFailure | null } {
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
