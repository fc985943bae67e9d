import { describe, expect, it } from 'vitest';
import { MAX_OFFSET } from '@ambassador/shared/constants';
import { ValidationFailed } from './errors.ts';
import { pageWindow, toPage } from './pages.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pages', () => {
  it('reads on from the cursor the page before handed out', () => {
    const first = toPage(items(10), 25, { limit: 10, offset: 0 });
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(pageWindow({ limit: 10, cursor: first.nextCursor ?? undefined })).toEqual({ limit: 10, offset: 10 });
  });

  it('ends with a null cursor on the last page, on an empty page and past the end', () => {
    expect(toPage(items(5), 25, { limit: 10, offset: 20 }).nextCursor).toBeNull();
    expect(toPage([], 25, { limit: 10, offset: 30 }).nextCursor).toBeNull();
    expect(toPage([], 0, { limit: 10, offset: 0 })).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('takes an offset to jump to a page, and the default page size without a limit', () => {
    expect(pageWindow({ offset: 40 })).toEqual({ limit: 50, offset: 40 });
    expect(pageWindow({})).toEqual({ limit: 50, offset: 0 });
  });

  it.each([
    '',
    'x',
    Buffer.from('o-1').toString('base64url'),
    Buffer.from('o01').toString('base64url'),
    Buffer.from(`o${MAX_OFFSET + 1}`).toString('base64url'),
    Buffer.from('12').toString('base64url'),
  ])('refuses a cursor it did not hand out (%j) with a field error', (cursor) => {
    expect(() => pageWindow({ cursor })).toThrow(ValidationFailed);
  });
});
