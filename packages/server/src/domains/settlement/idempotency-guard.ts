import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { validationProblem } from '../../http/problem.js';
import { idempotencyKeys } from '../../store/schema.js';

/**
 * Refuses a money-moving request sent without the Idempotency-Key its operation requires
 * (docs/conventions.md §5: `IdempotencyKeyRequired`), with `400 validation-error`.
 *
 * Why it looks at the claim table: the framework validates path, query and body but not headers,
 * and handlers do not see the request's headers. A request that sent a key has claimed it before
 * its transaction started (app.ts `claimKey`, state `in_flight`, stamped with the request's
 * instant), so a request of this tenant and operation with no claim at its instant sent none.
 * This belongs in app.ts (validate `z<Op>Headers` / `op.idempotency === 'required'`); see the report.
 */
export async function requireIdempotencyKey(ctx: OperationContext): Promise<void> {
  if (ctx.op.idempotency !== 'required' || !ctx.caller) return;
  const [claim] = await ctx.tx
    .select({ key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.tenantId, ctx.caller.tenantId),
        eq(idempotencyKeys.operationId, ctx.op.id),
        eq(idempotencyKeys.state, 'in_flight'),
        sql`${idempotencyKeys.createdAt} = ${ctx.now}::timestamptz`,
      ),
    )
    .limit(1);
  if (claim) return;
  throw validationProblem([
    {
      pointer: '#/header/Idempotency-Key',
      detail: `${ctx.op.id} moves money and requires an Idempotency-Key header (8–255 visible ASCII characters).`,
      code: 'required',
    },
  ]);
}
