/**
 * One page of a cursor-paginated list, as every list operation of the standard answers it.
 *
 * @example
 * ```ts
 * const page: Page<Job> = { data: [job], nextCursor: 'eyJrIjoiam9iXzAx…' };
 * ```
 */
export interface Page<T> {
  data: T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * Fetches the page at `cursor` (`undefined` for the first page). `P` is the page type when it has
 * more than `data` and `nextCursor`.
 *
 * @example
 * ```ts
 * const fetchPage: FetchPage<Job> = (cursor) => transport.request(listJobs, { query: { limit: 50, cursor } });
 * ```
 */
export type FetchPage<T, P extends Page<T> = Page<T>> = (cursor: string | undefined) => Promise<P & Page<T>>;

/**
 * A lazy, restartable walk through a list: iterate it for items, or `.pages()` for whole pages. No
 * request is made until iteration starts; each `for await` starts again from the first page.
 *
 * @example
 * ```ts
 * for await (const job of client.jobs.list({ status: ['PUBLISHED'], limit: 100 })) {
 *   if (job.regionCode === '330110') break; // stops fetching
 * }
 * ```
 */
export interface Paginator<T, P extends Page<T> = Page<T>> extends AsyncIterable<T> {
  /** Iterates whole pages (`{ data, nextCursor }`), following `nextCursor` until it is `null`. */
  pages(): AsyncIterable<P>;
  /** Collects the items into an array; stops after `max` items when given. */
  toArray(options?: { max?: number }): Promise<T[]>;
}

/**
 * Options of {@link paginate}.
 *
 * @example
 * ```ts
 * paginate(fetchPage, { signal: controller.signal, cursor: savedCursor });
 * ```
 */
export interface PaginateOptions {
  /** Aborting stops the walk: the next page is not requested and iteration rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Start from this cursor instead of the first page. */
  cursor?: string | undefined;
}

/**
 * Turns a page fetcher into a {@link Paginator}. Breaking out of a `for await` stops fetching at once.
 *
 * @example
 * ```ts
 * const escrows = paginate((cursor) => transport.request<Page<Escrow>>(listEscrows, { query: { cursor, limit: 50 } }));
 * const firstHundred = await escrows.toArray({ max: 100 });
 * ```
 */
export function paginate<T, P extends Page<T> = Page<T>>(
  fetchPage: FetchPage<T, P>,
  options: PaginateOptions = {},
): Paginator<T, P> {
  const { signal } = options;

  async function* pages(): AsyncGenerator<P> {
    let cursor = options.cursor;
    for (;;) {
      signal?.throwIfAborted();
      const page = await fetchPage(cursor);
      yield page;
      const next = page.nextCursor;
      if (!next) return; // null (or a missing or empty cursor) ends the list
      if (next === cursor) {
        throw new Error(`nextCursor repeats the cursor '${next}'; stopping to avoid a loop.`);
      }
      cursor = next;
    }
  }

  async function* items(): AsyncGenerator<T> {
    for await (const page of pages()) yield* page.data;
  }

  return {
    [Symbol.asyncIterator]: () => items(),
    pages: () => ({ [Symbol.asyncIterator]: () => pages() }),
    async toArray({ max = Infinity } = {}) {
      const collected: T[] = [];
      if (max <= 0) return collected;
      for await (const item of items()) {
        collected.push(item);
        if (collected.length >= max) break;
      }
      return collected;
    },
  };
}
