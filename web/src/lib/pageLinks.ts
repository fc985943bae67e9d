import type { PageState } from './paging.ts';

/** The pages of a paged list: which one is shown (from 1) and how many there are (at least 1). */
export function pageOf({ total, limit, offset }: PageState): { page: number; pages: number } {
  const size = Math.max(1, limit);
  const pages = Math.max(1, Math.ceil(total / size));
  return { page: Math.min(pages, Math.floor(offset / size) + 1), pages };
}

/** Up to `count` page numbers around the shown one, as a paginator offers them. */
export function pageLinks(state: PageState, count = 5): number[] {
  const { page, pages } = pageOf(state);
  const first = Math.max(1, Math.min(page - Math.floor(count / 2), pages - count + 1));
  return Array.from({ length: Math.min(count, pages) }, (_, index) => first + index);
}
