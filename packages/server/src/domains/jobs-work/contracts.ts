import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { shanghaiIso } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ActionOutcome, CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { sidesOf } from './assignment-model.js';
import { createContract } from './contract-create.js';
import { evidence, retainUntil } from './contract-lifecycle.js';

type Data = Record<string, unknown>;

/**
 * `terminate` (SIGNED → TERMINATED) by either side; `BY_EMPLOYER` / `BY_WORKER` must be the
 * caller's side (`403`). `effectiveAt` is never in the past; `retainUntil` = end + 2 years (E10).
 * The work order is not cancelled by this.
 */
async function terminate(ctx: OperationContext, row: ObjectRow, body: Data): Promise<ActionOutcome> {
  const data = row.data as Data;
  const assignment = await findById(ctx.tx, String(data.assignmentId));
  const sides = assignment ? sidesOf(ctx, assignment) : [];
  const needed = body.type === 'BY_EMPLOYER' ? 'EMPLOYER' : body.type === 'BY_WORKER' ? 'WORKER' : null;
  if (needed ? !sides.includes(needed) : sides.length === 0)
    throw new ProblemError(
      403,
      'forbidden',
      `A ${String(body.type)} termination must come from ${needed ? `the ${needed.toLowerCase()} side` : 'a side'} of work order ${String(data.assignmentId)}.`,
    );
  const at = body.effectiveAt ? new Date(String(body.effectiveAt)) : ctx.nowDate;
  if (at.getTime() < ctx.nowDate.getTime() - 60_000)
    throw ruleViolation(
      `effectiveAt ${String(body.effectiveAt)} is in the past; a termination takes effect now or later.`,
    );
  const terminatedAt = shanghaiIso(at);
  const termination = {
    type: body.type,
    ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
  };
  return {
    to: 'TERMINATED',
    data: {
      statusReason: undefined,
      terminatedAt,
      termination,
      retainUntil: retainUntil(terminatedAt),
      evidenceChain: [
        ...(data.evidenceChain as Data[]),
        await evidence('TERMINATION', ctx.now, { contractId: row.id, ...termination, terminatedAt }),
      ],
    },
  };
}

/** E-contracts (电子合同, jobs-work-orders.md): owned by the employer side, the worker side (and a cooperating enterprise) are parties. */
export const contracts: ResourceDefinition = {
  type: 'Contract',
  prefix: 'ctr',
  label: 'contract',
  create: createContract,
  actions: { terminate },
  present: (_ctx, row) => row.data as Data,
};

/** `GET /contracts`: `workerId` / `employerId` select by party, which the generic field filter cannot. */
export const contractsList: CustomHandler = (ctx) => {
  const { workerId, employerId, ...query } = ctx.query;
  const byParty = (type: string, id: unknown) =>
    typeof id === 'string'
      ? sql`${objects.data}->'parties' @> ${JSON.stringify([{ party: { type, id } }])}::jsonb`
      : undefined;
  return listResource(
    { ...contracts, listFilters: () => [byParty('WORKER', workerId), byParty('EMPLOYER', employerId)] },
    { ...ctx, query },
  );
};
