import { MAX_PAGE_SIZE } from '@ambassador/shared/constants';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface AllPagesOptions {
  /** Stops asking once this many items (at least one) are in; `total` still says how many there are. */
  max?: number;
  /** The signal the pages are asked with: once it is aborted, no further page is asked for. */
  signal?: AbortSignal;
}

/**
 * Every item of a paged list, asked page by page (MAX_PAGE_SIZE at a time) until `total` is reached. An empty page
 * ends it too: the list shrank while it was being read. `total` is that of the last page.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: PageRequest) => Promise<Page<T>>,
  { max = Number.POSITIVE_INFINITY, signal }: AllPagesOptions = {},
): Promise<Page<T>> {
  const items: T[] = [];
  for (;;) {
    signal?.throwIfAborted();
    const page = await fetchPage({ limit: Math.min(MAX_PAGE_SIZE, max - items.length), offset: items.length });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total || items.length >= max) {
      return { items, total: page.total };
    }
  }
}
