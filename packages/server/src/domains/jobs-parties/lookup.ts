import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import type { Visibility } from '../../spec/registry.js';
import { findVisible, type ObjectRow, visibleTo } from '../../store/objects.js';

export { presentEmployer } from './employer-view.js';
export { hasActiveConsent, presentWorker } from './worker-view.js';

/**
 * The visibility other areas look parties up with: `party` (the caller's own rows and those it is a
 * party to), widened to `all` when the operation gives the caller's role `all` (regulators).
 */
const lookupVisibility = (ctx: OperationContext): Visibility => (ctx.visibility === 'all' ? 'all' : 'party');

/** A worker row visible to the caller under `visibility`, or `404 not-found`. */
export async function findWorkerRow(
  ctx: OperationContext,
  workerId: string,
  visibility: Visibility | undefined,
  forUpdate = false,
): Promise<ObjectRow> {
  const row = await findVisible(ctx.tx, 'Worker', workerId, visibleTo(ctx.caller, visibility), forUpdate);
  if (!row) throw notFound('worker', workerId);
  return row;
}

/**
 * The worker row if the caller may see it (its tenant registered the worker or is a party to it;
 * regulators see all), else `404 not-found`. `row.data` is the masked worker; `row.internal` holds
 * the full ID number, mobile and birth date for the server's own rules (insurance binding,
 * contracts) and must never be answered as is: use `presentWorker(ctx, row)` for answers.
 */
export function findWorker(ctx: OperationContext, workerId: string): Promise<ObjectRow> {
  return findWorkerRow(ctx, workerId, lookupVisibility(ctx));
}

/**
 * The employer row if the caller may see it (own, party, or all for regulators), else `404
 * not-found`. `row.status` is its review state: only `APPROVED` employers may submit postings.
 * Answer it with `presentEmployer(ctx, row)`.
 */
export async function findEmployer(ctx: OperationContext, employerId: string): Promise<ObjectRow> {
  const row = await findVisible(ctx.tx, 'Employer', employerId, visibleTo(ctx.caller, lookupVisibility(ctx)));
  if (!row) throw notFound('employer', employerId);
  return row;
}
