import { describe, expect, it } from 'vitest';
import { pageLinks, pageOf } from './pageLinks.ts';

describe('pageOf and pageLinks', () => {
  it('find the shown page and up to five around it, kept within the list', () => {
    expect(pageOf({ total: 230, limit: 25, offset: 100 })).toEqual({ page: 5, pages: 10 });
    expect(pageLinks({ total: 230, limit: 25, offset: 0 })).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks({ total: 230, limit: 25, offset: 225 })).toEqual([6, 7, 8, 9, 10]);
    expect(pageLinks({ total: 60, limit: 25, offset: 25 })).toEqual([1, 2, 3]);
  });

  it('count an empty list as one page, and an offset past the end as the last page', () => {
    expect(pageOf({ total: 0, limit: 25, offset: 0 })).toEqual({ page: 1, pages: 1 });
    expect(pageOf({ total: 30, limit: 25, offset: 500 })).toEqual({ page: 2, pages: 2 });
    expect(pageLinks({ total: 0, limit: 25, offset: 0 })).toEqual([1]);
  });
});
