import { ensure, type RunContext } from '../context.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { newWorkOrder, workedOrder } from './l2-work-orders.js';
import { refuseIllegal, step } from './walk.js';

const DISPUTE = () => stateMachine('Dispute');

/**
 * A new OPEN dispute: the employer side disputes a new submitted work order (assignments.dispute),
 * which opens the dispute and links it on the work order. No escrow, so it freezes no money.
 */
async function openDispute(ctx: RunContext): Promise<Resource> {
  const submitted = await workedOrder(ctx, await newWorkOrder(ctx));
  const disputed = await call(ctx, 'assignments.dispute', {
    path: { assignmentId: submitted.id },
    body: { reason: '厨房未清洁干净', category: 'QUALITY' },
  });
  ensure(
    typeof disputed.disputeId === 'string',
    `the DISPUTED work order ${disputed.id} must name the disputeId it opened.`,
  );
  const dispute = await call(ctx, 'disputes.get', { path: { disputeId: disputed.disputeId } });
  ensure(dispute.status === 'OPEN', `a new dispute must be OPEN, not ${dispute.status}.`);
  return dispute;
}

/** Level 2: settlement disputes (DisputeStatus, docs/domains/settlement.md "Disputes"). */
export const disputeChecks: Check[] = [
  {
    id: 'SET-DSP-001',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title:
      'A dispute walks OPEN → MEDIATING → REFERRED_TO_ARBITRATION → RESOLVED → CLOSED through its actions',
    spec: 'domains/settlement.md',
    run: async (ctx) => {
      const machine = DISPUTE();
      let dispute = await openDispute(ctx);
      dispute = await step(ctx, machine, dispute, 'disputes.startMediation', {
        mediator: { type: 'GIG_MARKET', name: '清徐县零工市场劳动争议调解室' },
      });
      dispute = await step(ctx, machine, dispute, 'disputes.referToArbitration', {
        externalCaseNo: '清劳人仲案字〔2025〕第0456号',
        committeeName: '清徐县劳动人事争议仲裁委员会',
      });
      dispute = await step(ctx, machine, dispute, 'disputes.resolve', {
        outcome: {
          type: 'NO_ESCROW_EFFECT',
          basis: 'ARBITRATION_AWARD',
          summary: '仲裁裁决：工资已由雇主线下结清，不涉及托管资金。',
        },
      });
      dispute = await step(ctx, machine, dispute, 'disputes.close', { closeReason: 'OUTCOME_EXECUTED' });
      await ctx.once<Resource | undefined>('closedDispute', async () => dispute);
    },
  },
  {
    id: 'SET-DSP-002',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title:
      'Referring a withdrawn dispute or mediating a CLOSED one is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      const machine = DISPUTE();
      const withdrawn = await step(ctx, machine, await openDispute(ctx), 'disputes.close', {
        closeReason: 'WITHDRAWN',
        reason: '雇主撤回异议',
      });
      await refuseIllegal(ctx, machine, withdrawn, 'disputes.referToArbitration', 'disputes.get', {
        externalCaseNo: '清劳人仲案字〔2025〕第0457号',
        committeeName: '清徐县劳动人事争议仲裁委员会',
      });
      const closed = await ctx.once<Resource | undefined>('closedDispute', async () => undefined);
      if (!closed) return ctx.skip('SET-DSP-001 did not reach CLOSED.');
      await refuseIllegal(ctx, machine, closed, 'disputes.startMediation', 'disputes.get', {
        mediator: { type: 'GIG_MARKET', name: '清徐县零工市场劳动争议调解室' },
      });
    },
  },
];
