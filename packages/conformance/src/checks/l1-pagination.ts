import { ensure } from '../context.js';
import type { Check } from '../types.js';

/** Level 1: cursor pagination (conventions.md §6), tested on the public gig-market directory. */
export const paginationChecks: Check[] = [
  {
    id: 'COM-PAG-001',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'Lists honour limit and answer { data, nextCursor }',
    spec: 'conventions.md#6-lists-and-pagination',
    run: async (ctx) => {
      const res = await ctx.probe({ path: '/gig-markets?limit=1' });
      ensure(res.status === 200, `GET /gig-markets?limit=1 must answer 200, got ${res.status}.`);
      ensure(Array.isArray(res.body?.data), 'a list answer needs a data array.');
      ensure(res.body.data.length <= 1, `limit=1 returned ${res.body.data.length} items.`);
      ensure('nextCursor' in res.body, 'a list answer needs nextCursor (null on the last page).');
      ensure(
        res.body.nextCursor === null || typeof res.body.nextCursor === 'string',
        'nextCursor must be a string or null.',
      );
    },
  },
  {
    id: 'COM-PAG-002',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'Walking the pages with cursor yields each item exactly once',
    spec: 'conventions.md#6-lists-and-pagination',
    run: async (ctx) => {
      const whole = await ctx.probe({ path: '/gig-markets?limit=100' });
      const expected: string[] = (whole.body?.data ?? []).map((m: { id: string }) => m.id);
      if (expected.length < 2) ctx.skip('Fewer than two gig markets: nothing to page through.');
      if (whole.body.nextCursor)
        ctx.skip('More than 100 gig markets: the walk would be too long for a check.');
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page <= expected.length; page++) {
        const res = await ctx.probe({
          path: `/gig-markets?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        });
        ensure(res.status === 200, `page ${page + 1} answered ${res.status}.`);
        seen.push(...res.body.data.map((m: { id: string }) => m.id));
        cursor = res.body.nextCursor;
        if (!cursor) break;
      }
      ensure(cursor === null, `after ${expected.length} pages of one, nextCursor is still set.`);
      ensure(new Set(seen).size === seen.length, `an item came twice: ${seen.join(', ')}.`);
      ensure(
        [...seen].sort().join() === [...expected].sort().join(),
        `the pages gave ${seen.length} items, one page of 100 gave ${expected.length}.`,
      );
    },
  },
];
