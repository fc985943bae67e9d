import { MAX_PAGE_SIZE } from '@ambassador/shared/constants';
import { describe, expect, it, vi } from 'vitest';
import { fetchAllPages, type Page, type PageRequest } from './pages.ts';

/** A list of `total` numbers, answered page by page like the API. */
function list(total: number) {
  const all = Array.from({ length: total }, (_, index) => index);
  return vi.fn(async ({ limit, offset }: PageRequest): Promise<Page<number>> => ({
    items: all.slice(offset, offset + limit),
    total,
  }));
}

describe('fetchAllPages', () => {
  it('asks pages of the largest size the server allows', async () => {
    const fetchPage = list(MAX_PAGE_SIZE + 1);

    await fetchAllPages(fetchPage);

    expect(fetchPage.mock.calls.map(([page]) => page)).toEqual([
      { limit: MAX_PAGE_SIZE, offset: 0 },
      { limit: MAX_PAGE_SIZE, offset: MAX_PAGE_SIZE },
    ]);
  });

  it('reads one page when everything fits on it', async () => {
    const fetchPage = list(3);

    await expect(fetchAllPages(fetchPage)).resolves.toEqual({ items: [0, 1, 2], total: 3 });
    expect(fetchPage.mock.calls).toEqual([[{ limit: 200, offset: 0 }]]);
  });

  it('reads page after page until it has the total', async () => {
    const fetchPage = list(450);

    const { items, total } = await fetchAllPages(fetchPage);

    expect(fetchPage.mock.calls.map(([page]) => page)).toEqual([
      { limit: 200, offset: 0 },
      { limit: 200, offset: 200 },
      { limit: 200, offset: 400 },
    ]);
    expect(items).toEqual(Array.from({ length: 450 }, (_, index) => index));
    expect(total).toBe(450);
  });

  it('stops at an empty page when the list shrank while it was read', async () => {
    const fetchPage = vi
      .fn<(page: PageRequest) => Promise<Page<string>>>()
      .mockResolvedValueOnce({ items: Array.from({ length: 200 }, () => 'x'), total: 300 })
      .mockResolvedValueOnce({ items: [], total: 150 });

    const { items, total } = await fetchAllPages(fetchPage);

    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(items).toHaveLength(200);
    expect(total).toBe(150);
  });

  it('stops at `max` items and still tells the total', async () => {
    const fetchPage = list(1000);

    const { items, total } = await fetchAllPages(fetchPage, { max: 300 });

    expect(fetchPage.mock.calls.map(([page]) => page)).toEqual([
      { limit: 200, offset: 0 },
      { limit: 100, offset: 200 },
    ]);
    expect(items).toHaveLength(300);
    expect(total).toBe(1000);
  });

  it('asks for no further page once its signal is aborted', async () => {
    const controller = new AbortController();
    const fetchPage = vi.fn(async ({ offset }: PageRequest): Promise<Page<number>> => {
      controller.abort();
      return { items: Array.from({ length: 200 }, (_, index) => offset + index), total: 600 };
    });

    await expect(fetchAllPages(fetchPage, { signal: controller.signal })).rejects.toThrow();
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});
