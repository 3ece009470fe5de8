import { computeCommission, type Ledger, refundEscrow, releaseEscrow, splitEscrow } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { type EscrowWork, recompute, termsOf } from './escrow-work.js';
import { postEntry } from './ledger-store.js';
import { type Allocation, type Data, findTyped } from './model.js';
import { createPayout } from './payout-create.js';
import { taxTreatmentOf, withholdingFen } from './tax.js';

/** One allocation to pay out: in full, or its worker part under a dispute's SPLIT outcome. */
export interface ReleaseItem {
  allocation: Allocation;
  workerFen?: number;
}

const escrowAccount = (work: EscrowWork) => `escrow:${work.row.id}`;

/**
 * Releases allocations (wages out): per allocation commission under the escrow's rule (engine
 * computeCommission), cumulative tax withholding, one PENDING payout each, and the ledger: one
 * RELEASE entry for the full releases (engine releaseEscrow) and one per split (engine splitEscrow,
 * over that allocation's money only). Changes the working copy; the caller saves it.
 */
export async function releaseAllocations(
  ctx: OperationContext,
  work: EscrowWork,
  items: ReleaseItem[],
): Promise<void> {
  const terms = await termsOf(ctx, work.data);
  const job = await findTyped(ctx, 'Job', work.data.jobId);
  const treatment = taxTreatmentOf(ctx, (job?.data as Data | undefined)?.occupationCode);
  const employerId = String(work.data.payerEmployerId);
  const full: Array<{ a: Allocation; tax: number }> = [];
  for (const { allocation: a, workerFen } of items) {
    const gross = workerFen ?? a.amountFen;
    const commissionFen = computeCommission(gross, terms).commissionFen;
    const tax =
      gross > 0 && treatment === 'CUMULATIVE_WITHHOLDING'
        ? await withholdingFen(ctx, {
            tenantId: work.row.tenantId,
            workerId: a.workerId,
            incomeFen: gross - commissionFen,
          })
        : 0;
    const payoutId =
      gross > 0
        ? await createPayout(ctx, work, {
            assignmentId: a.assignmentId,
            workerId: a.workerId,
            grossFen: gross,
            commissionFen,
            taxWithheldFen: tax,
            taxTreatment: treatment,
            terms,
          })
        : null;
    Object.assign(a, {
      state: workerFen === undefined ? 'RELEASED' : 'SPLIT',
      releasedFen: gross,
      refundedFen: a.amountFen - gross,
      commissionFen,
      autoReleaseAt: null,
      payoutId,
      settledAt: ctx.now,
    });
    work.data.taxWithheldFen = (work.data.taxWithheldFen as number) + tax;
    if (workerFen === undefined) {
      full.push({ a, tax });
      continue;
    }
    await postEntry(
      ctx,
      {
        kind: 'RELEASE',
        objectId: work.row.id,
        step: 'split',
        escrowId: work.row.id,
        tenantId: work.row.tenantId,
        partyTenantIds: work.partyTenantIds,
        accounts: { [escrowAccount(work)]: a.amountFen },
        memos: { [`worker:${a.workerId}`]: a.assignmentId, [`employer:${employerId}`]: 'dispute outcome' },
      },
      (ledger) =>
        splitEscrow(ledger, {
          escrowId: work.row.id,
          workerId: a.workerId,
          employerId,
          tenantId: work.row.tenantId,
          commission: terms,
          taxWithheldFen: tax,
          workerFen: gross,
          employerFen: a.amountFen - gross,
        }),
    );
  }
  if (full.length) {
    await postEntry(
      ctx,
      {
        kind: 'RELEASE',
        objectId: work.row.id,
        step: 'release',
        escrowId: work.row.id,
        tenantId: work.row.tenantId,
        partyTenantIds: work.partyTenantIds,
        accounts: { [escrowAccount(work)]: undefined },
        memos: Object.fromEntries(full.map(({ a }) => [`worker:${a.workerId}`, a.assignmentId])),
      },
      (start) => {
        let ledger: Ledger = start;
        for (const { a, tax } of full) {
          const r = releaseEscrow(ledger, {
            escrowId: work.row.id,
            workerId: a.workerId,
            tenantId: work.row.tenantId,
            commission: terms,
            taxWithheldFen: tax,
            amountFen: a.amountFen,
          });
          if (!r.ok) return r;
          ledger = r.value;
        }
        return { ok: true, value: ledger };
      },
    );
  }
  await recompute(ctx, work);
}

/** Refunds money of the escrow to the employer: allocations in full, plus `extraFen` not allocated (engine refundEscrow). */
export async function refundAllocations(
  ctx: OperationContext,
  work: EscrowWork,
  allocations: Allocation[],
  extraFen = 0,
): Promise<void> {
  for (const a of allocations)
    Object.assign(a, {
      state: 'REFUNDED',
      refundedFen: a.amountFen,
      commissionFen: 0,
      autoReleaseAt: null,
      settledAt: ctx.now,
    });
  if (extraFen > 0)
    work.internal.unallocatedRefundedFen = ((work.internal.unallocatedRefundedFen as number) ?? 0) + extraFen;
  const amountFen = allocations.reduce((s, a) => s + a.amountFen, 0) + extraFen;
  if (amountFen > 0) {
    await postEntry(
      ctx,
      {
        kind: 'REFUND',
        objectId: work.row.id,
        step: 'refund',
        escrowId: work.row.id,
        tenantId: work.row.tenantId,
        partyTenantIds: work.partyTenantIds,
        accounts: { [escrowAccount(work)]: undefined },
      },
      (ledger) =>
        refundEscrow(ledger, {
          escrowId: work.row.id,
          employerId: String(work.data.payerEmployerId),
          amountFen,
        }),
    );
  }
  await recompute(ctx, work);
}
