import { dueForAutoRelease, payOut } from '@gigmarket/engine';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { Sweep } from '../../operations/definitions.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { recordCreditEvent } from '../credit/effects.js';
import { settleWorkOrder } from '../jobs-work/effects.js';
import { syncAllocations } from './allocations.js';
import { applySettledStatus } from './escrow-status.js';
import { allocationsOf, moveTo, saveEscrow, workOf } from './escrow-work.js';
import { postEntry } from './ledger-store.js';
import { type Data, findByField, findTyped, ms, rulesFor, transitioned } from './model.js';
import { releaseAllocations } from './settle.js';
import { openArrearsCase, overdue } from './wage-arrears.js';

/** Rows of a type in some states, locked for this sweep's transaction. */
const rowsIn = (ctx: OperationContext, type: string, states: string[]) =>
  ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, type), inArray(objects.status, states)))
    .orderBy(objects.createdAt)
    .for('update');

/** Assignment states that show work went ahead. */
const WORKED = [
  'IN_PROGRESS',
  'COMPLETED_PENDING_CONFIRMATION',
  'ACCEPTED',
  'DISPUTED',
  'ENDED_BY_INCIDENT',
  'SETTLED',
];

/** CREATED → EXPIRED at `fundBy`; if work went ahead unsecured, a wage-arrears case is opened. */
export const escrowExpirySweep: Sweep = async (ctx) => {
  for (const row of await rowsIn(ctx, 'Escrow', ['CREATED'])) {
    const d = row.data as Data;
    if (ms(d.fundBy) > ctx.nowDate.getTime()) continue;
    const work = workOf(row);
    moveTo(ctx, work, 'EXPIRED', { trigger: 'fundBy passed unpaid' });
    await saveEscrow(ctx, work);
    const worked = (await findByField(ctx, 'Assignment', 'jobId', String(d.jobId))).filter(
      (a) => WORKED.includes(a.status ?? '') && (!d.assignmentId || a.id === d.assignmentId),
    );
    if (worked.length) {
      const job = await findTyped(ctx, 'Job', d.jobId);
      const region = ((job?.data as Data | undefined)?.location as Data | undefined)?.region as
        | string
        | undefined;
      await openArrearsCase(ctx, {
        tenantId: row.tenantId,
        employerId: String(d.payerEmployerId),
        workerIds: [...new Set(worked.map((a) => String((a.data as Data).workerId)))],
        amountOwedFen:
          worked.reduce((s, a) => s + Number((a.data as Data).agreedPayFen ?? 0), 0) || Number(d.amountFen),
        escrowId: row.id,
        disputeId: null,
        assignmentIds: worked.map((a) => a.id),
        description: `托管 ${row.id} 到期未付款，但已有零工开工，工资未获保障`,
        ...(region ? { region } : {}),
      });
    }
  }
};

/**
 * Keeps held escrows in step with the jobs domain (allocations, timers, READY → HELD) and releases
 * every open allocation whose `autoReleaseAt` passed without a dispute (wage protection; engine
 * dueForAutoRelease), accepting the work and recording the silent employer's credit event.
 */
export const escrowAutoReleaseSweep: Sweep = async (ctx) => {
  for (const row of await rowsIn(ctx, 'Escrow', ['FUNDED', 'HELD', 'DISPUTED'])) {
    const work = workOf(row);
    await syncAllocations(ctx, work);
    const candidates = allocationsOf(work).map((a) => ({
      id: a.assignmentId,
      status: a.state === 'OPEN' ? 'HELD' : a.state,
      disputed: a.state === 'DISPUTED',
      ...(a.autoReleaseAt ? { autoReleaseAt: a.autoReleaseAt } : {}),
    }));
    const due = dueForAutoRelease(candidates, ctx.nowDate, rulesFor(ctx)).map((d) => d.escrowId);
    if (due.length && work.data.status !== 'FUNDED') {
      const items = allocationsOf(work)
        .filter((a) => due.includes(a.assignmentId))
        .map((allocation) => ({ allocation }));
      await releaseAllocations(ctx, work, items);
      for (const { allocation } of items)
        await autoAccept(ctx, allocation.assignmentId, String(work.data.payerEmployerId), row.tenantId);
      await applySettledStatus(ctx, work, {
        trigger: 'autoReleaseAt reached without dispute (wage protection)',
      });
    }
    if (JSON.stringify(work.data) !== JSON.stringify(row.data)) await saveEscrow(ctx, work);
  }
};

/** Accepts submitted work whose timer fired here first, with the credit event against the silent employer. */
async function autoAccept(ctx: OperationContext, assignmentId: string, employerId: string, tenantId: string) {
  const asg = await findTyped(ctx, 'Assignment', assignmentId, true);
  if (asg && asg.status !== 'COMPLETED_PENDING_CONFIRMATION') return;
  if (asg)
    await saveObject(
      ctx.tx,
      asg,
      { data: { ...(asg.data as Data), acceptedAt: ctx.now, acceptedBy: 'AUTO_ACCEPT' }, status: 'ACCEPTED' },
      ctx.now,
    );
  await recordCreditEvent(ctx, {
    subjectType: 'EMPLOYER',
    subjectId: employerId,
    type: 'ESCROW_AUTO_RELEASED',
    sourceRef: assignmentId,
    tenantId,
  });
}

/** The sandbox provider confirms transfers: payouts PAID (ledger PAYOUT), refunds paid back, escrows final. */
export const providerConfirmationSweep: Sweep = async (ctx) => {
  for (const row of await rowsIn(ctx, 'Payout', ['PENDING'])) await payPayout(ctx, row);
  const escrows = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Escrow'),
        sql`(${objects.data}->>'refundedFen')::bigint > coalesce((${objects.internal}->>'refundPaidFen')::bigint, 0)`,
      ),
    )
    .for('update');
  for (const row of escrows) {
    const d = row.data as Data;
    const due = Number(d.refundedFen) - Number((row.internal as Data).refundPaidFen ?? 0);
    await postEntry(
      ctx,
      {
        kind: 'REFUND_PAYOUT',
        objectId: row.id,
        step: 'refund-payout',
        escrowId: row.id,
        tenantId: row.tenantId,
        partyTenantIds: row.partyTenantIds,
        accounts: { [`employer:${String(d.payerEmployerId)}`]: undefined },
      },
      (ledger) =>
        payOut(ledger, {
          account: `employer:${String(d.payerEmployerId)}`,
          provider: d.provider as never,
          amountFen: due,
        }),
    );
    await saveObject(
      ctx.tx,
      row,
      { internal: { ...(row.internal as Data), refundPaidFen: Number(d.refundedFen) } },
      ctx.now,
    );
  }
  for (const row of await rowsIn(ctx, 'Escrow', ['RELEASING', 'REFUNDING'])) {
    const work = workOf(row);
    const to =
      row.status === 'REFUNDING'
        ? 'REFUNDED'
        : Number(work.data.refundedFen) > 0
          ? 'PARTIALLY_RELEASED'
          : 'RELEASED';
    moveTo(ctx, work, to, {
      trigger:
        to === 'REFUNDED'
          ? 'provider confirmed the refund'
          : `provider confirmed all${to === 'RELEASED' ? ', nothing back to the employer' : ', part back to the employer'}`,
    });
    await saveEscrow(ctx, work);
  }
};

async function payPayout(ctx: OperationContext, row: ObjectRow) {
  const d = row.data as Data;
  const providerTransactionId = `SBX${row.id.slice(4)}`;
  if (Number(d.netFen) > 0)
    await postEntry(
      ctx,
      {
        kind: 'PAYOUT',
        objectId: row.id,
        step: 'payout',
        escrowId: String(d.escrowId),
        payoutId: row.id,
        providerTransactionId,
        tenantId: row.tenantId,
        partyTenantIds: row.partyTenantIds,
        accounts: { [`worker:${String(d.workerId)}`]: undefined },
      },
      (ledger) =>
        payOut(ledger, {
          account: `worker:${String(d.workerId)}` as never,
          provider: d.provider as never,
          amountFen: Number(d.netFen),
        }),
    );
  const data = {
    ...transitioned(ctx, d, 'PAID', { trigger: 'provider confirmed the transfer' }),
    providerTransactionId,
    attempts: Number(d.attempts) + 1,
    paidAt: ctx.now,
  };
  const saved = await saveObject(ctx.tx, row, { data, status: 'PAID' }, ctx.now);
  await ctx.emit('payout.paid', saved.data as Data, {
    previousStatus: 'PENDING',
    visibleTo: [saved.tenantId, ...saved.partyTenantIds],
  });
  const asg = await findTyped(ctx, 'Assignment', d.assignmentId, true);
  if (asg && ['ACCEPTED', 'DISPUTED', 'ENDED_BY_INCIDENT'].includes(asg.status ?? ''))
    await settleWorkOrder(ctx, asg);
}

/** MEDIATING → MEDIATION_FAILED when the 15 days (E14) pass without agreement; never an automatic referral. */
export const mediationDeadlineSweep: Sweep = async (ctx) => {
  for (const row of await rowsIn(ctx, 'Dispute', ['MEDIATING'])) {
    if (ms((row.data as Data).mediationDeadline) > ctx.nowDate.getTime()) continue;
    const data = transitioned(ctx, row.data as Data, 'MEDIATION_FAILED', {
      trigger: 'mediationDeadline passed without agreement',
    });
    await saveObject(ctx.tx, row, { data, status: 'MEDIATION_FAILED' }, ctx.now);
  }
};

/** Keeps `paymentOverdue` filterable and links the blacklist entry the credit domain created for a referred case. */
export const wageArrearsSweep: Sweep = async (ctx) => {
  for (const row of await rowsIn(ctx, 'WageArrearsCase', ['ORDERED_TO_PAY', 'REFERRED_BLACKLIST'])) {
    const d = row.data as Data;
    const [entry] =
      row.status === 'REFERRED_BLACKLIST' && !d.blacklistEntryId
        ? await findByField(ctx, 'BlacklistEntry', 'wageArrearsCaseId', row.id)
        : [];
    const next = {
      ...d,
      paymentOverdue: overdue(d, ctx.nowDate),
      ...(entry ? { blacklistEntryId: entry.id } : {}),
    };
    if (next.paymentOverdue !== d.paymentOverdue || entry)
      await saveObject(ctx.tx, row, { data: next }, ctx.now);
  }
};
