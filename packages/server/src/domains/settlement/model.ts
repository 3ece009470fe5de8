import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

/** Any stored object's data. */
export type Data = Record<string, unknown>;

/** One assignment's share of an escrow (openapi EscrowAllocation). */
export interface Allocation {
  assignmentId: string;
  workerId: string;
  amountFen: number;
  commissionFen: number;
  releasedFen: number;
  refundedFen: number;
  state: 'OPEN' | 'DISPUTED' | 'RELEASED' | 'REFUNDED' | 'SPLIT';
  autoReleaseAt: string | null;
  disputeId: string | null;
  payoutId: string | null;
  settledAt: string | null;
}

/** What caused a status change, for `history` (openapi StatusChange). */
export interface Cause {
  action?: string;
  trigger?: string;
  reason?: string;
}

/** Escrow states in which money is held (an allocation may be settled or frozen). */
export const ACTIVE_ESCROW = ['CREATED', 'FUNDED', 'HELD', 'DISPUTED'] as const;

/** The history entry of one status change; `byTenantId` is null for timers and side effects of others. */
export function historyEntry(ctx: OperationContext, from: string | null, to: string, cause: Cause): Data {
  const byTenantId = cause.action ? (ctx.caller?.tenantId ?? null) : null;
  return {
    from,
    to,
    at: ctx.now,
    ...(cause.action ? { action: cause.action } : { trigger: cause.trigger ?? 'server rule' }),
    byTenantId,
    ...(cause.reason ? { reason: cause.reason.slice(0, 500) } : {}),
  };
}

/** Appends a status change to `data.history` and returns the data with its new status. */
export function transitioned(ctx: OperationContext, data: Data, to: string, cause: Cause): Data {
  const from = (data.status as string | undefined) ?? null;
  const history = [...((data.history as Data[] | undefined) ?? []), historyEntry(ctx, from, to, cause)];
  return { ...data, status: to, history };
}

/** The rules in force (one implementation for every domain). */
export { rulesFor } from '../../rules.js';

/** An object of a given type by id, regardless of tenant (for the server's own rules). */
export async function findTyped(
  ctx: OperationContext,
  type: string,
  id: unknown,
  forUpdate = false,
): Promise<ObjectRow | undefined> {
  if (typeof id !== 'string') return undefined;
  const row = await findById(ctx.tx, id, forUpdate);
  return row?.type === type ? row : undefined;
}

/** Rows of a type whose top-level data field equals a value, oldest first. */
export async function findByField(
  ctx: OperationContext,
  type: string,
  field: string,
  value: string,
): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, type), sql`${objects.data}->>${field} = ${value}`))
    .orderBy(objects.createdAt, objects.id);
}

/** Milliseconds of an RFC 3339 instant (NaN for anything else). */
export const ms = (instant: unknown): number => new Date(String(instant)).getTime();

/** The distinct non-empty strings of a list, without `except`. */
export const distinct = (values: unknown[], except?: string): string[] =>
  [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].filter(
    (v) => v !== except,
  );
