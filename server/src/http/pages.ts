import type { Page, PageQuery } from '@ambassador/shared';
import { DEFAULT_PAGE_SIZE, MAX_OFFSET } from '@ambassador/shared/constants';
import { ValidationFailed } from './errors.ts';

/** Which rows a list request asks for. */
export type PageWindow = { limit: number; offset: number };

const PREFIX = 'o';

function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = /^o(0|[1-9]\d{0,6})$/.test(text) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset > MAX_OFFSET)
    throw new ValidationFailed([
      { field: 'cursor', code: 'invalid_cursor', message: 'This cursor was not handed out by this list' },
    ]);
  return offset;
}

/** The window of a list request: the cursor's position when one is given, else `offset`. */
export function pageWindow(query: PageQuery): PageWindow {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.cursor === undefined ? (query.offset ?? 0) : decodeCursor(query.cursor);
  return { limit, offset };
}

/** One page of a list, with the cursor of the next page when there is one. */
export function toPage<T>(items: T[], total: number, window: PageWindow): Page<T> {
  const next = window.offset + items.length;
  return { items, total, nextCursor: items.length > 0 && next < total ? encodeCursor(next) : null };
}
