import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { type Page, type Paginator, paginate } from './pagination.js';

/** Three pages: [1,2] → c1 → [3,4] → c2 → [5] → null. */
function threePages() {
  const pages: Record<string, Page<number>> = {
    start: { data: [1, 2], nextCursor: 'c1' },
    c1: { data: [3, 4], nextCursor: 'c2' },
    c2: { data: [5], nextCursor: null },
  };
  return vi.fn(async (cursor: string | undefined) => pages[cursor ?? 'start'] as Page<number>);
}

describe('paginate', () => {
  it('iterates the items of all pages, following nextCursor until null', async () => {
    const fetchPage = threePages();
    const items: number[] = [];
    for await (const item of paginate(fetchPage)) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'c1', 'c2']);
  });

  it('iterates whole pages with .pages()', async () => {
    const seen: Array<{ size: number; next: string | null }> = [];
    for await (const page of paginate(threePages()).pages())
      seen.push({ size: page.data.length, next: page.nextCursor });
    expect(seen).toEqual([
      { size: 2, next: 'c1' },
      { size: 2, next: 'c2' },
      { size: 1, next: null },
    ]);
  });

  it('is lazy, and stops fetching when the loop breaks', async () => {
    const fetchPage = threePages();
    const paginator = paginate(fetchPage);
    expect(fetchPage).not.toHaveBeenCalled();
    for await (const item of paginator) {
      if (item === 2) break;
    }
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('starts again from the first page on each iteration, or from a given cursor', async () => {
    const fetchPage = threePages();
    const paginator = paginate(fetchPage);
    expect(await paginator.toArray()).toEqual([1, 2, 3, 4, 5]);
    expect(await paginator.toArray({ max: 3 })).toEqual([1, 2, 3]);
    expect(await paginate(threePages(), { cursor: 'c1' }).toArray()).toEqual([3, 4, 5]);
    expect(fetchPage).toHaveBeenCalledTimes(5);
  });

  it('stops on abort: the next page is not requested', async () => {
    const controller = new AbortController();
    const fetchPage = threePages();
    const items: number[] = [];
    const walk = (async () => {
      for await (const item of paginate(fetchPage, { signal: controller.signal })) {
        items.push(item);
        if (item === 2) controller.abort(new Error('enough'));
      }
    })();
    await expect(walk).rejects.toThrow('enough');
    expect(items).toEqual([1, 2]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('infers the item type, and keeps a richer page type for .pages() (checked by tsc)', () => {
    expectTypeOf(paginate(threePages())).toEqualTypeOf<Paginator<number, Page<number>>>();
    type CountedPage = Page<string> & { totalCount: number };
    const counted = paginate(
      async (): Promise<CountedPage> => ({ data: ['a'], nextCursor: null, totalCount: 1 }),
    );
    expectTypeOf(counted).toEqualTypeOf<Paginator<string, CountedPage>>();
    expect(counted.pages()).toBeDefined();
  });

  it('refuses to loop when the server repeats a cursor', async () => {
    const paginator = paginate(async () => ({ data: [1], nextCursor: 'same' }), { cursor: 'same' });
    await expect(paginator.toArray()).rejects.toThrow(/nextCursor/);
  });
});
