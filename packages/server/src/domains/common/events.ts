import { and, asc, gt, gte, sql } from 'drizzle-orm';
import { shanghaiIso } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { events } from '../../store/schema.js';
import { textFromBase64Url, toBase64Url } from '../../web/base64.js';

/** `GET /events`: the feed of what the caller may see, oldest first; the cursor is the last sequence number. */
export const eventsList: CustomHandler = async (ctx) => {
  const caller = ctx.caller;
  if (!caller) throw new ProblemError(401, 'unauthenticated', 'The event feed needs credentials.');
  const limit = Number(ctx.query.limit ?? 20);
  const after = typeof ctx.query.cursor === 'string' ? Number(textFromBase64Url(ctx.query.cursor)) : 0;
  if (!Number.isSafeInteger(after) || after < 0) {
    throw new ProblemError(400, 'validation-error', 'The cursor is not valid.', {
      errors: [{ pointer: '#/query/cursor', detail: 'not a cursor of this feed', code: 'invalid_cursor' }],
    });
  }
  const types = ctx.query.types as string[] | undefined;
  const rows = await ctx.tx
    .select()
    .from(events)
    .where(
      and(
        gt(events.seq, after),
        // A test ping is a delivery, not a change: its data has no `object`, so the feed's Event schema excludes it.
        sql`${events.type} <> 'webhook.ping'`,
        ctx.visibility === 'all' ? undefined : sql`${caller.tenantId} = ANY(${events.visibleTo})`,
        types?.length
          ? sql`${events.type} IN (${sql.join(
              types.map((t) => sql`${t}`),
              sql`, `,
            )})`
          : undefined,
        typeof ctx.query.objectId === 'string' ? sql`${events.objectId} = ${ctx.query.objectId}` : undefined,
        typeof ctx.query.since === 'string' ? gte(events.occurredAt, ctx.query.since) : undefined,
      ),
    )
    .orderBy(asc(events.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    body: {
      data: page.map((e) => ({
        id: e.id,
        type: e.type,
        occurredAt: shanghaiIso(new Date(e.occurredAt)),
        data: e.data,
      })),
      nextCursor: rows.length > limit && last ? toBase64Url(String(last.seq)) : null,
    },
  };
};
