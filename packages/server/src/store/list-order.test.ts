import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededIds } from '../ids.js';
import { type Database, openDatabase } from './database.js';
import { type ListOrder, NEWEST_FIRST, OLDEST_FIRST, sortKeyOf } from './list-order.js';
import { insertObject, listObjects, type ObjectRow } from './objects.js';

let db: Database;
let close: () => Promise<void>;
const TYPE = 'OrderProbe';

/**
 * 12 rows with ties on purpose: four share one creation instant, some share a `listedAt`, some have
 * no `listedAt` (the fallback field decides), one has neither.
 */
const ids = seededIds(3);
const rows = Array.from({ length: 12 }, (_, i) => {
  const createdAt = `2025-07-01T09:00:0${i < 4 ? 0 : Math.floor(i / 2)}+08:00`;
  const listedAt = i % 3 === 0 ? undefined : `2025-06-0${(i * 7) % 5}T10:00:00+08:00`;
  const fallback = i === 9 ? undefined : `2025-05-${String(10 + i).padStart(2, '0')}`;
  return {
    id: ids('prb', Date.parse(createdAt) + (i % 2)),
    createdAt,
    data: {
      ...(listedAt ? { listedAt } : {}),
      ...(fallback ? { fallback } : {}),
      ...(i === 5 ? {} : { tenantId: i % 3 === 1 ? 'ten_B' : 'ten_A' }),
    },
  };
});

beforeAll(async () => {
  ({ db, close } = await openDatabase({}));
  for (const r of rows) {
    await insertObject(db, {
      id: r.id,
      type: TYPE,
      tenantId: 'ten_A',
      partyTenantIds: [],
      isPublic: false,
      status: null,
      data: r.data,
      internal: {},
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
    });
  }
});
afterAll(() => close());

/** Every row, page by page, as a client following `nextCursor` would see them. */
async function pageThrough(order: ListOrder, limit: number): Promise<ObjectRow[]> {
  const seen: ObjectRow[] = [];
  let position: { key: string; id: string } | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const batch = await listObjects(db, TYPE, [], position, limit, order);
    const page = batch.slice(0, limit);
    seen.push(...page);
    const last = page.at(-1);
    if (batch.length <= limit || !last) return seen;
    position = { key: sortKeyOf(order, last), id: last.id };
  }
  throw new Error('paging did not end');
}

/** The order the list promises, computed without the database. */
function expected(order: ListOrder): string[] {
  const key = (r: (typeof rows)[number]) =>
    'column' in order
      ? r.createdAt
      : String(order.fields.map((f) => (r.data as Record<string, string>)[f]).find(Boolean) ?? '');
  const group = (r: (typeof rows)[number]) =>
    'fields' in order && order.groupBy ? ((r.data as Record<string, string>)[order.groupBy] ?? '') : '';
  const sign = order.direction === 'desc' ? -1 : 1;
  return [...rows]
    .sort(
      (a, b) =>
        group(a).localeCompare(group(b)) || sign * (key(a).localeCompare(key(b)) || a.id.localeCompare(b.id)),
    )
    .map((r) => r.id);
}

const ORDERS: Array<[string, ListOrder]> = [
  ['newest first', NEWEST_FIRST],
  ['oldest first', OLDEST_FIRST],
  ['newest listedAt first, else fallback', { fields: ['listedAt', 'fallback'], direction: 'desc' }],
  ['by a field ascending', { fields: ['listedAt'], direction: 'asc' }],
  [
    'by tenant, then newest listedAt first',
    { groupBy: 'tenantId', fields: ['listedAt', 'fallback'], direction: 'desc' },
  ],
];

describe.each(ORDERS)('listObjects %s', (_name, order) => {
  it.each([1, 2, 3, 5, 12, 100])('pages of %i give every row once, in order', async (limit) => {
    const seen = (await pageThrough(order, limit)).map((r) => r.id);
    expect(new Set(seen).size).toBe(rows.length);
    expect(seen).toEqual(expected(order));
  });
});

describe('list order', () => {
  it('newest first breaks equal creation instants by the later id first', async () => {
    const page = await listObjects(db, TYPE, [], null, 4, NEWEST_FIRST);
    const tied = rows.slice(0, 4).map((r) => r.id);
    // The four earliest rows share one instant, so they come last, latest id first.
    const all = await pageThrough(NEWEST_FIRST, 100);
    expect(all.slice(-4).map((r) => r.id)).toEqual([...tied].sort().reverse());
    expect(page[0]?.id).not.toBe(rows[0]?.id);
  });

  it('a row inserted between pages does not shift the rest of the walk (no repeats, no skips)', async () => {
    const first = await listObjects(db, TYPE, [], null, 3, NEWEST_FIRST);
    const last = first[2] as ObjectRow;
    const newer = ids('prb', Date.parse('2025-07-01T09:00:30+08:00'));
    await insertObject(db, {
      id: newer,
      type: TYPE,
      tenantId: 'ten_A',
      partyTenantIds: [],
      isPublic: false,
      status: null,
      data: {},
      internal: {},
      createdAt: '2025-07-01T09:00:30+08:00',
      updatedAt: '2025-07-01T09:00:30+08:00',
    });
    const rest = await listObjects(
      db,
      TYPE,
      [],
      { key: sortKeyOf(NEWEST_FIRST, last), id: last.id },
      100,
      NEWEST_FIRST,
    );
    const walked = [...first.slice(0, 3), ...rest].map((r) => r.id);
    expect(walked).not.toContain(newer);
    expect(walked).toEqual(expected(NEWEST_FIRST));
  });
});
