import { eq, or, type SQL, sql } from 'drizzle-orm';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource, runAction } from '../../operations/generic.js';
import { findVisible, type ObjectRow, saveObject, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { newAllocation } from './allocations.js';
import { ruleFor, rulesInEffect } from './commission-rules.js';
import { escrowActions } from './escrow-actions.js';
import { activeEscrowFor, ESCROW_EVENTS, type EscrowWork, partiesOf, recompute } from './escrow-work.js';
import { type Data, findByField, historyEntry, ms } from './model.js';

const DAY_MS = 24 * 3600_000;

/** A referenced object the caller may see (its own, one it is a party to, or a published one), else 404. */
async function reference(ctx: OperationContext, type: string, id: string, label: string): Promise<ObjectRow> {
  const scope = or(visibleTo(ctx.caller, 'party'), eq(objects.isPublic, true));
  const row = await findVisible(ctx.tx, type, id, scope);
  if (!row) throw notFound(label, id);
  return row;
}

async function create(ctx: OperationContext, body: Data) {
  const tenantId = ctx.caller?.tenantId as string;
  const jobRow = await reference(ctx, 'Job', String(body.jobId), 'job');
  const job = jobRow.data as Data;
  if (job.employerId !== body.payerEmployerId)
    throw ruleViolation(
      `The payer must be the job's employer ${String(job.employerId)}, not ${String(body.payerEmployerId)} (docs/domains/settlement.md "create").`,
    );
  let assignment: ObjectRow | undefined;
  if (typeof body.assignmentId === 'string') {
    assignment = await reference(ctx, 'Assignment', body.assignmentId, 'assignment');
    if ((assignment.data as Data).jobId !== jobRow.id)
      throw ruleViolation(`Assignment ${assignment.id} belongs to another job, not ${jobRow.id}.`);
    const covering = await activeEscrowFor(ctx, assignment);
    const d = covering?.data as Data | undefined;
    if (
      covering &&
      (d?.assignmentId === assignment.id ||
        ((d?.allocations as Data[] | undefined) ?? []).some((x) => x.assignmentId === assignment?.id))
    )
      throw new ProblemError(
        409,
        'conflict',
        `Assignment ${assignment.id} is already covered by escrow ${covering.id}.`,
      );
    if (Number((assignment.data as Data).agreedPayFen) > Number(body.amountFen))
      throw ruleViolation(
        `amountFen ${String(body.amountFen)} is less than the agreed pay ${String((assignment.data as Data).agreedPayFen)} of assignment ${assignment.id}.`,
      );
  } else {
    const active = (await findByField(ctx, 'Escrow', 'jobId', jobRow.id)).find(
      (e) =>
        ['CREATED', 'FUNDED', 'HELD', 'DISPUTED'].includes(e.status ?? '') &&
        (e.data as Data).assignmentId === null,
    );
    if (active)
      throw new ProblemError(
        409,
        'conflict',
        `Job ${jobRow.id} already has an active job escrow ${active.id}.`,
      );
  }
  const region = ((job.location ?? {}) as Data).region as string | undefined;
  let rule: ObjectRow | undefined;
  if (typeof body.commissionRuleId === 'string') {
    rule = (await rulesInEffect(ctx, tenantId, ctx.nowDate)).find((r) => r.id === body.commissionRuleId);
    if (!rule)
      throw ruleViolation(
        `Commission rule ${body.commissionRuleId} is not one of your rules in effect now (E17).`,
      );
  } else {
    rule = await ruleFor(ctx, tenantId, {
      ...(region ? { region } : {}),
      ...(typeof job.occupationCode === 'string' ? { occupationCode: job.occupationCode } : {}),
    });
    if (!rule)
      throw ruleViolation(
        'You have no commission rule in effect for this order: publish one (POST /commission-rules) before escrowing wages (E17).',
      );
  }
  const plannedStart = ms(
    (assignment?.data as Data | undefined)?.plannedStart ?? (job.schedule as Data | undefined)?.startAt,
  );
  const fundBy =
    (body.fundBy as string | undefined) ??
    new Date(
      Math.min(
        ctx.nowDate.getTime() + DAY_MS,
        plannedStart > ctx.nowDate.getTime() ? plannedStart : Infinity,
      ),
    ).toISOString();
  if (ms(fundBy) <= ctx.nowDate.getTime()) throw ruleViolation(`fundBy ${fundBy} is not in the future.`);
  const id = ctx.newId('esc');
  const data: Data = {
    id,
    tenantId,
    jobId: jobRow.id,
    assignmentId: assignment?.id ?? null,
    payerEmployerId: body.payerEmployerId,
    provider: body.provider,
    providerRef: { merchantOrderNo: id, transactionId: null },
    amountFen: body.amountFen,
    commissionRuleId: rule.id,
    commissionFen: 0,
    taxWithheldFen: 0,
    netToWorkerFen: 0,
    releasedFen: 0,
    refundedFen: 0,
    allocations: [],
    disputeId: null,
    fundBy: body.fundBy ?? shanghaiIso(new Date(fundBy)),
    autoReleaseAt: null,
    fundedAt: null,
    heldAt: null,
    disputedAt: null,
    releasedAt: null,
    refundedAt: null,
    expiredAt: null,
    status: 'CREATED',
    history: [historyEntry(ctx, null, 'CREATED', { action: 'escrows.create' })],
    ...(body.metadata ? { metadata: body.metadata } : {}),
  };
  const partyTenantIds = await partiesOf(ctx, [jobRow.id, assignment?.id, body.payerEmployerId], tenantId);
  const work: EscrowWork = { row: { id, tenantId } as ObjectRow, data, internal: {}, partyTenantIds };
  if (assignment)
    (data.allocations as Data[]).push(
      (await newAllocation(
        ctx,
        work,
        assignment.data as Data,
        Number((assignment.data as Data).agreedPayFen),
      )) as unknown as Data,
    );
  await recompute(ctx, work);
  // The jobs domain shows the escrow on the job and the work order (read-only there).
  const linked = assignment ?? jobRow;
  if (!(linked.data as Data).escrowId)
    await saveObject(ctx.tx, linked, { data: { ...(linked.data as Data), escrowId: id } }, ctx.now);
  return { data: work.data, status: 'CREATED', partyTenantIds };
}

/** Escrowed wages (托管工资): settled per allocation, money moving only through these actions. */
export const escrows: ResourceDefinition = {
  type: 'Escrow',
  prefix: 'esc',
  label: 'escrow',
  create,
  actions: escrowActions,
  events: ESCROW_EVENTS,
};

/**
 * `POST /escrows/{id}/fund`: a call after the provider's notification (same transaction) answers
 * the funded escrow unchanged; otherwise the action runs (CREATED → FUNDED, `FUNDING` entry).
 */
export const escrowsFund: CustomHandler = async (ctx) => {
  const id = ctx.path.escrowId as string;
  const row = await findVisible(ctx.tx, 'Escrow', id, visibleTo(ctx.caller, ctx.visibility));
  const ref = (row?.data as Data | undefined)?.providerRef as Data | undefined;
  if (row && row.status !== 'CREATED' && ref?.transactionId === (ctx.body as Data).providerTransactionId)
    return { body: row.data };
  return runAction(escrows, ctx, id);
};

/** `GET /escrows`: also by covered assignment, worker, and what the wage-protection timer will release. */
export const escrowsList: CustomHandler = (ctx) => {
  const { assignmentId, workerId, autoReleaseBefore, ...rest } = ctx.query;
  const filters: SQL[] = [];
  if (typeof assignmentId === 'string')
    filters.push(
      sql`(${objects.data}->>'assignmentId' = ${assignmentId} OR ${objects.data}->'allocations' @> ${JSON.stringify([{ assignmentId }])}::jsonb)`,
    );
  if (typeof workerId === 'string')
    filters.push(sql`${objects.data}->'allocations' @> ${JSON.stringify([{ workerId }])}::jsonb`);
  if (typeof autoReleaseBefore === 'string')
    filters.push(
      sql`${objects.status} = 'HELD' AND (${objects.data}->>'autoReleaseAt')::timestamptz <= ${autoReleaseBefore}::timestamptz`,
    );
  return listResource({ ...escrows, listFilters: () => filters }, { ...ctx, query: rest });
};
