import type { ContentImportResult, ContentStatus } from '@ambassador/shared';
import { CONTENT_LIMITS } from '@ambassador/shared/constants';
import { decodeInput } from '../../../http/csv-decode.ts';
import { BLANK_LINE, detectDelimiter, readRecords } from '../../../http/csv-records.ts';
import { unneutraliseFormula } from '../../../http/excel-csv.ts';
import { isHttpUrl } from '../../../http/formats.ts';

/** The columns of a page list; `en` is the key errors name, the other spellings are what Dutch sheets write. */
export const CONTENT_COLUMNS = [
  { key: 'title', required: true, names: ['title', 'titel', 'pagina', 'paginatitel', 'page'] },
  { key: 'url', required: false, names: ['url', 'link', 'adres', 'pad', 'path'] },
  { key: 'section', required: false, names: ['section', 'sectie', 'rubriek', 'onderdeel'] },
  {
    key: 'owner_email',
    required: false,
    names: ['owner email', 'owneremail', 'owner', 'eigenaar', 'eigenaar e-mail', 'e-mail eigenaar', 'eigenaar email'],
  },
  { key: 'status', required: false, names: ['status'] },
  {
    key: 'review_interval_days',
    required: false,
    names: ['review interval days', 'reviewintervaldays', 'review interval', 'reviewinterval', 'interval (dagen)'],
  },
] as const;

export type ContentColumnKey = (typeof CONTENT_COLUMNS)[number]['key'];
export type ContentImportError = ContentImportResult['errors'][number];

/** One page of the file. `undefined`: the file has no such column (an update keeps what the register has). */
export type ContentCsvRow = {
  line: number;
  title: string;
  url: string | null;
  section: string | null;
  /** Lower case. */
  ownerEmail: string | null | undefined;
  status: ContentStatus | undefined;
  reviewIntervalDays: number | undefined;
};

const STATUSES = new Map<string, ContentStatus>([
  ['keep', 'keep'],
  ['behouden', 'keep'],
  ['houden', 'keep'],
  ['rewrite', 'rewrite'],
  ['herschrijven', 'rewrite'],
  ['remove', 'remove'],
  ['verwijderen', 'remove'],
  ['new', 'new'],
  ['nieuw', 'new'],
]);

const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const LINE_BREAK = /[\r\n]/;

const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const KEY_BY_HEADER = new Map<string, ContentColumnKey>(
  CONTENT_COLUMNS.flatMap((column) => [column.key, ...column.names].map((name) => [normaliseHeader(name), column.key])),
);

function resolveHeader(cells: readonly string[]) {
  const indexByKey = new Map<ContentColumnKey, number>();
  const duplicates: ContentColumnKey[] = [];
  cells.forEach((cell, index) => {
    const key = KEY_BY_HEADER.get(normaliseHeader(cell));
    if (key === undefined) return;
    if (indexByKey.has(key)) duplicates.push(key);
    else indexByKey.set(key, index);
  });
  const missing = CONTENT_COLUMNS.filter((c) => c.required && !indexByKey.has(c.key)).map((c) => c.key);
  return { indexByKey, duplicates, missing };
}

/**
 * Reads a page list (a sheet saved from Excel, `;` or `,`, with or without BOM) into rows; pure: owners are only
 * checked for shape here. A row with any error is left out of `rows`.
 */
export function parseContentCsv(input: Buffer | string): { rows: ContentCsvRow[]; errors: ContentImportError[] } {
  const fileError = (code: string, message: string) => ({
    rows: [],
    errors: [{ line: 1, column: null, code, message }],
  });
  const decoded = decodeInput(input);
  if (!decoded.ok) return fileError('invalid_file', decoded.message);
  const { text } = decoded;
  if (BLANK_LINE.test(text)) return fileError('empty_file', 'The file is empty.');
  const delimiter = detectDelimiter(text, (cells) => resolveHeader(cells).indexByKey.size);
  const { records, failure } = readRecords(text, delimiter);
  const [header, ...data] = records;
  if (header === undefined)
    return failure ? { rows: [], errors: [failure] } : fileError('empty_file', 'The file is empty.');

  const { indexByKey, duplicates, missing } = resolveHeader(header.cells);
  const headerErrors: ContentImportError[] = [];
  if (missing.length > 0)
    headerErrors.push({
      line: header.line,
      column: null,
      code: 'missing_columns',
      message: `Missing required column(s): ${missing.join(', ')}`,
    });
  for (const key of duplicates)
    headerErrors.push({
      line: header.line,
      column: key,
      code: 'duplicate_column',
      message: `More than one column is read as "${key}"; keep only one of them.`,
    });
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const firstExcess = data[CONTENT_LIMITS.importRows];
  if (firstExcess !== undefined)
    return {
      rows: [],
      errors: [
        {
          line: firstExcess.line,
          column: null,
          code: 'too_many_rows',
          message: `The file has more than ${CONTENT_LIMITS.importRows} pages; split it into smaller files.`,
        },
      ],
    };

  const rows: ContentCsvRow[] = [];
  const errors: ContentImportError[] = [];
  for (const { line, cells } of data) {
    const lineErrors: ContentImportError[] = [];
    const fail = (column: ContentColumnKey, code: string, message: string) =>
      lineErrors.push({ line, column, code, message });
    /** The cell of a column: `undefined` when the file has no such column, null when it is empty. */
    const cell = (key: ContentColumnKey, maxLength = 500): string | null | undefined => {
      const index = indexByKey.get(key);
      if (index === undefined) return undefined;
      const value = unneutraliseFormula(cells[index] ?? '').trim();
      if (value === '') return null;
      if (value.length > maxLength) {
        fail(key, 'too_long', `At most ${maxLength} characters.`);
        return null;
      }
      if (LINE_BREAK.test(value)) {
        fail(key, 'invalid_text', 'A line break does not belong in this cell.');
        return null;
      }
      return value;
    };
    const title = cell('title', CONTENT_LIMITS.title);
    if (!title && !lineErrors.some((e) => e.column === 'title')) fail('title', 'required', 'Every page needs a title.');
    const url = cell('url', CONTENT_LIMITS.url);
    if (url && !isHttpUrl(url)) fail('url', 'invalid_url', 'Give the full address, starting with https://.');
    const section = cell('section', CONTENT_LIMITS.section);
    const ownerCell = cell('owner_email', 254);
    const ownerEmail = ownerCell == null ? ownerCell : ownerCell.toLowerCase();
    if (ownerEmail && !PLAUSIBLE_EMAIL.test(ownerEmail))
      fail('owner_email', 'invalid_email', 'This is not an e-mail address.');
    const statusText = cell('status');
    const status = statusText ? STATUSES.get(statusText.toLowerCase()) : undefined;
    if (statusText && !status)
      fail(
        'status',
        'invalid_status',
        'Use keep, rewrite, remove or new (behouden, herschrijven, verwijderen, nieuw).',
      );
    const intervalText = cell('review_interval_days');
    const { min, max } = CONTENT_LIMITS.reviewIntervalDays;
    const interval = intervalText && /^\d{1,4}$/.test(intervalText) ? Number(intervalText) : undefined;
    if (intervalText && (interval === undefined || interval < min || interval > max))
      fail('review_interval_days', 'invalid_interval', `A whole number of days from ${min} to ${max}.`);
    if (lineErrors.length > 0) {
      errors.push(...lineErrors);
      continue;
    }
    rows.push({
      line,
      title: title!,
      url: url ?? null,
      section: section ?? null,
      ownerEmail,
      status,
      reviewIntervalDays: interval,
    });
  }
  if (failure) errors.push(failure);
  return { rows, errors };
}
