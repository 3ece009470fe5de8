import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

type Data = Record<string, unknown>;

/** Published and shown: `PUBLISHED` (isPublic) and its `validFrom` has come (jobs-postings.md "Visibility"). */
export function onTheBoard(ctx: OperationContext): SQL {
  return and(
    eq(objects.isPublic, true),
    sql`(${objects.data}->>'validFrom')::timestamptz <= ${ctx.now}::timestamptz`,
  ) as SQL;
}

/**
 * Which jobs a caller reads: anyone the public board; the owner also every status of its own; the
 * reviewing market operator those it reviews (`party`); regulators all. `x-roles` says `own` for
 * platforms, and the domain's table says "own + public", so the board is always added.
 */
export function jobScope(ctx: OperationContext): SQL | undefined {
  const caller = ctx.caller;
  if (!caller) return onTheBoard(ctx);
  if (ctx.visibility === 'all') return undefined;
  const own = eq(objects.tenantId, caller.tenantId);
  if (ctx.visibility === 'party')
    return or(own, sql`${caller.tenantId} = ANY(${objects.partyTenantIds})`, onTheBoard(ctx));
  return or(own, onTheBoard(ctx));
}

/** Whether the caller sees the owner-only fields: the owner, a reviewing party or a regulator. */
export function seesEverything(ctx: OperationContext, row: ObjectRow): boolean {
  const caller = ctx.caller;
  if (!caller) return false;
  return (
    caller.role === 'regulator' ||
    row.tenantId === caller.tenantId ||
    row.partyTenantIds.includes(caller.tenantId)
  );
}

/** A job as the caller may read it: public reads lose `metadata`, `escrowId` and `reviews`. */
export function presentJob(ctx: OperationContext, row: ObjectRow): Data {
  const data = row.data as Data;
  if (seesEverything(ctx, row)) return data;
  const { metadata: _m, escrowId: _e, reviews: _r, ...rest } = data;
  return rest;
}
