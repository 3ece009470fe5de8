import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import { allowedActions } from '../../spec/state-machines.js';
import { findById, type ObjectRow } from '../../store/objects.js';

type Data = Record<string, unknown>;
export type Side = 'WORKER' | 'EMPLOYER';

/** Who is on which side of a work order, kept in the row's `internal` data. */
export interface AssignmentTenancy {
  employerTenantId: string;
  workerTenantId: string;
}

/**
 * The two sides of a new work order: the employer side is the tenant that published the job
 * (the job row's owner), the worker side the tenant that registered the worker (the worker row's
 * owner, else the tenant the application came through).
 */
export async function assignmentTenancy(
  ctx: OperationContext,
  application: Data,
  job: Data,
): Promise<AssignmentTenancy> {
  const jobRow = typeof job.id === 'string' ? await findById(ctx.tx, job.id) : undefined;
  const workerRow =
    typeof application.workerId === 'string' ? await findById(ctx.tx, application.workerId) : undefined;
  const applicationRow =
    typeof application.id === 'string' ? await findById(ctx.tx, application.id) : undefined;
  const fallback = ctx.caller?.tenantId ?? '';
  const employerTenantId = jobRow?.tenantId ?? (job.publishedVia as string | undefined) ?? fallback;
  const workerTenantId =
    workerRow?.tenantId ??
    (application.submittedVia as string | undefined) ??
    applicationRow?.tenantId ??
    fallback;
  return { employerTenantId, workerTenantId };
}

/** The tenancy of a stored work order (from `internal`, else owner = employer, first party = worker). */
export function tenancyOf(row: ObjectRow): AssignmentTenancy {
  const internal = (row.internal ?? {}) as Partial<AssignmentTenancy>;
  return {
    employerTenantId: internal.employerTenantId ?? row.tenantId,
    workerTenantId: internal.workerTenantId ?? row.partyTenantIds[0] ?? row.tenantId,
  };
}

/** The sides the caller can act for on a work order (a `worker_app` acts for the worker only). */
export function sidesOf(ctx: OperationContext, row: ObjectRow): Side[] {
  const caller = ctx.caller;
  if (!caller) return [];
  const { employerTenantId, workerTenantId } = tenancyOf(row);
  if (caller.role === 'worker_app') return ['WORKER'];
  const sides: Side[] = [];
  if (caller.tenantId === workerTenantId) sides.push('WORKER');
  if (caller.tenantId === employerTenantId) sides.push('EMPLOYER');
  return sides;
}

/** Refuses with `403` a caller that cannot act for `side` (jobs-work-orders.md "Parties and roles"). */
export function requireSide(ctx: OperationContext, row: ObjectRow, side: Side, what: string): void {
  if (!sidesOf(ctx, row).includes(side))
    throw new ProblemError(
      403,
      'forbidden',
      `Only the ${side.toLowerCase()} side of work order ${row.id} may ${what} (docs/domains/jobs-work-orders.md, Parties and roles).`,
    );
}

/**
 * The side a caller cancels for: its only side, or the one named in `actingAs` when it is party on
 * both sides. Naming a side it does not represent is `403`; a two-sided caller must name one (`422`).
 */
export function cancellingSide(ctx: OperationContext, row: ObjectRow, actingAs: unknown): Side {
  const sides = sidesOf(ctx, row);
  if (typeof actingAs === 'string') {
    if (!sides.includes(actingAs as Side))
      throw new ProblemError(
        403,
        'forbidden',
        `You do not represent the ${actingAs} side of work order ${row.id}, so you cannot act as it.`,
      );
    return actingAs as Side;
  }
  if (sides.length === 1) return sides[0] as Side;
  if (sides.length === 0)
    throw new ProblemError(403, 'forbidden', `You are not a side of work order ${row.id}.`);
  throw ruleViolation(
    `Your tenant is party on both sides of work order ${row.id}; name the side you cancel for in \`actingAs\` (AssignmentCancelRequest).`,
  );
}

/** Whether a CONFIRMED work order may become READY: contract signed and insurance bound, where required. */
export function prerequisitesMet(data: Data, contractSigned = false): boolean {
  const contractOk = data.contractRequired !== true || contractSigned;
  const insuranceOk = data.insuranceRequired !== true || (data.policyIds as unknown[] | undefined)?.length;
  return Boolean(contractOk && insuranceOk);
}

/** The rules in force (one implementation for every domain). */
export { rulesFor } from '../../rules.js';

/** Milliseconds of an RFC 3339 instant. */
export const ms = (instant: unknown): number => new Date(String(instant)).getTime();

/** `409 invalid-transition` for an action that the state allows but the clock does not yet (or no longer). */
export function notNow(ctx: OperationContext, row: ObjectRow, detail: string): ProblemError {
  const state = row.status ?? '';
  return new ProblemError(409, 'invalid-transition', detail, {
    currentState: state,
    allowedActions: ctx.op.machine ? allowedActions(ctx.op.machine, state) : [],
  });
}

/**
 * The work order's data as it is now in this transaction. Other domains' effects (settlement
 * links a dispute, for one) may have written the row after the action loaded it, so outcomes are
 * built on the fresh data rather than on the row the action started from.
 */
export async function freshData(ctx: OperationContext, row: ObjectRow): Promise<Record<string, unknown>> {
  return ((await findById(ctx.tx, row.id))?.data ?? row.data) as Record<string, unknown>;
}
