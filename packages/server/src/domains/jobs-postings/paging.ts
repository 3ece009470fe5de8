import type { OperationContext } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomResult } from '../../operations/definitions.js';
import { textFromBase64Url, toBase64Url } from '../../web/base64.js';

/**
 * A page of a computed, ordered answer (map search, matches): the cursor is the offset, bound to
 * the query's filters so that it cannot be replayed with others (conventions §6).
 */
export function offsetPage(ctx: OperationContext, items: unknown[]): CustomResult {
  const limit = Number(ctx.query.limit ?? 20);
  const { cursor, limit: _l, ...filters } = ctx.query;
  const key = JSON.stringify(filters);
  let offset = 0;
  if (typeof cursor === 'string') {
    const decoded = (() => {
      try {
        return JSON.parse(textFromBase64Url(cursor)) as { o: number; k: string };
      } catch {
        return null;
      }
    })();
    if (!decoded || decoded.k !== key || !Number.isInteger(decoded.o))
      throw new ProblemError(
        400,
        'validation-error',
        'The cursor is not valid for these filters; start again without `cursor`.',
        {
          errors: [
            {
              pointer: '#/query/cursor',
              detail: 'unknown or issued for other filters',
              code: 'invalid_cursor',
            },
          ],
        },
      );
    offset = decoded.o;
  }
  const page = items.slice(offset, offset + limit);
  const next =
    offset + limit < items.length ? toBase64Url(JSON.stringify({ o: offset + limit, k: key })) : null;
  return { body: { data: page, nextCursor: next } };
}
