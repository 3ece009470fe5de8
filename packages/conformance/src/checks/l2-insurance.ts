import { ensure, type RunContext } from '../context.js';
import { REGION } from '../fixtures/bodies.js';
import { uscc } from '../fixtures/identifiers.js';
import { newWorker } from '../fixtures/objects.js';
import { addHours, shanghai, targetNow } from '../fixtures/time.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const POLICY = () => stateMachine('InsurancePolicy');
const CLAIM = () => stateMachine('InsuranceClaim');

/** Skips unless an insurer was given: products are an insurer's, and so are claim decisions. */
function requireInsurer(ctx: RunContext): void {
  if (!ctx.hasCredentials('insurer'))
    ctx.skip(
      'Insurance products and claim decisions are an insurer’s: pass --insurer-client-id/--insurer-client-secret.',
    );
}

/** The insurer's per-day accident product, sold in the kit's prefecture; published once per run. */
function dayProduct(ctx: RunContext): Promise<Resource> {
  return ctx.once('dayProduct', () =>
    call(
      ctx,
      'insuranceProducts.create',
      {
        body: {
          name: '零工日保（合规测试）',
          insurerUscc: uscc('110000'),
          layer: 'BASE',
          premiumBasis: 'PER_DAY',
          premiumTable: [
            { riskClass: '1', premiumFen: 400 },
            { riskClass: '2', premiumFen: 560 },
            { riskClass: '3', premiumFen: 720 },
          ],
          coverages: [
            { type: 'DEATH_DISABILITY', limitFen: 100_000_000 },
            {
              type: 'MEDICAL_OUT_OF_SCHEME',
              limitFen: 5_000_000,
              deductibleFen: 10_000,
              reimbursementBps: 9000,
            },
          ],
          sumInsuredByAge: [
            { minAge: 16, maxAge: 55, sumInsuredFen: 100_000_000 },
            { minAge: 56, maxAge: 65, sumInsuredFen: 40_000_000 },
          ],
          eligibleAge: { minAge: 16, maxAge: 65 },
          allowedPayers: ['EMPLOYER', 'PLATFORM', 'WORKER', 'GOVERNMENT'],
          regions: [`${REGION.slice(0, 4)}00`],
          effectiveFrom: '2020-01-01',
        },
      },
      'insurer',
    ),
  );
}

/** A new worker's day cover for the Shanghai date `day` (YYYY-MM-DD): quoted, then bound (BOUND). */
async function dayPolicy(ctx: RunContext, day: string): Promise<Resource> {
  const product = await dayProduct(ctx);
  const worker = await newWorker(ctx);
  const quote = await call(ctx, 'insuranceQuotes.create', {
    body: { productId: product.id, workerId: worker.id, riskClass: '2', coverageDate: day, payer: 'WORKER' },
  });
  return call(ctx, 'insurancePolicies.bind', {
    body: { quoteId: quote.id, payer: { kind: 'WORKER', id: worker.id } },
  });
}

const today = async (ctx: RunContext) => shanghai(await targetNow(ctx)).slice(0, 10);

/** A COMMERCIAL claim for a fall a minute ago, under a new worker's day cover of today (REPORTED). */
async function reportClaim(ctx: RunContext): Promise<Resource> {
  const policy = await dayPolicy(ctx, await today(ctx));
  const now = await targetNow(ctx);
  const claim = await call(ctx, 'insuranceClaims.report', {
    body: {
      scheme: 'COMMERCIAL',
      policyId: policy.id,
      workerId: policy.insuredWorkerId,
      incidentAt: shanghai(new Date(now.getTime() - 60_000)),
      incidentLocation: { region: REGION, address: '山西省太原市清徐县清源镇文源路18号' },
      injuryType: 'FALL',
      description: '擦玻璃时从梯子上滑落，左手腕扭伤。',
      death: false,
    },
  });
  ensure(claim.status === 'REPORTED', `insuranceClaims.report must answer REPORTED, not ${claim.status}.`);
  return claim;
}

/** Level 2: policies and claims (InsurancePolicyStatus, InsuranceClaimStatus; docs/domains/insurance.md). */
export const insuranceChecks: Check[] = [
  {
    id: 'INS-POL-001',
    level: 2,
    domain: 'insurance',
    severity: 'MUST',
    title: 'A policy bound from a quote is BOUND, and insurancePolicies.cancel answers it CANCELLED',
    spec: 'domains/insurance.md',
    run: async (ctx) => {
      requireInsurer(ctx);
      // Tomorrow's cover: it stays BOUND until its start, so it can still be cancelled.
      const tomorrow = shanghai(addHours(await targetNow(ctx), 24)).slice(0, 10);
      const policy = await dayPolicy(ctx, tomorrow);
      ensure(policy.status === 'BOUND', `insurancePolicies.bind must answer BOUND, not ${policy.status}.`);
      const cancelled = await step(ctx, POLICY(), policy, 'insurancePolicies.cancel', {
        reason: '当天无订单',
      });
      await ctx.once<Resource | undefined>('cancelledPolicy', async () => cancelled);
    },
  },
  {
    id: 'INS-POL-002',
    level: 2,
    domain: 'insurance',
    severity: 'MUST',
    title: 'Cancelling a CANCELLED policy is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      requireInsurer(ctx);
      const cancelled = await ctx.once<Resource | undefined>('cancelledPolicy', async () => undefined);
      if (!cancelled) return ctx.skip('INS-POL-001 did not reach CANCELLED.');
      await refuseIllegal(ctx, POLICY(), cancelled, 'insurancePolicies.cancel', 'insurancePolicies.get', {
        reason: '重复退保',
      });
    },
  },
  {
    id: 'INS-CLM-001',
    level: 2,
    domain: 'insurance',
    severity: 'MUST',
    title:
      'A commercial claim walks REPORTED → SUBMITTED → UNDER_REVIEW → APPROVED → PAID (claimant submits, insurer decides and pays)',
    spec: 'domains/insurance.md',
    run: async (ctx) => {
      requireInsurer(ctx);
      const machine = CLAIM();
      let claim = await reportClaim(ctx);
      claim = await step(ctx, machine, claim, 'insuranceClaims.submit');
      claim = await step(ctx, machine, claim, 'insuranceClaims.startReview', {}, 'insurer');
      claim = await step(
        ctx,
        machine,
        claim,
        'insuranceClaims.approve',
        { approvedFen: 268_000, benefits: [{ type: 'MEDICAL', amountFen: 268_000 }] },
        'insurer',
      );
      await step(
        ctx,
        machine,
        claim,
        'insuranceClaims.pay',
        { paidFen: 268_000, method: 'BANK_TRANSFER', transactionId: `T${Date.now()}` },
        'insurer',
      );
    },
  },
  {
    id: 'INS-CLM-002',
    level: 2,
    domain: 'insurance',
    severity: 'MUST',
    title:
      'Approving a claim not under review, or submitting a WITHDRAWN one, is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      requireInsurer(ctx);
      const machine = CLAIM();
      const reported = await reportClaim(ctx);
      await refuseIllegal(
        ctx,
        machine,
        reported,
        'insuranceClaims.approve',
        'insuranceClaims.get',
        { approvedFen: 10_000, benefits: [{ type: 'MEDICAL', amountFen: 10_000 }] },
        'insurer',
      );
      const withdrawn = await step(ctx, machine, reported, 'insuranceClaims.withdraw', {
        reason: '已协商解决',
      });
      await refuseIllegal(ctx, machine, withdrawn, 'insuranceClaims.submit', 'insuranceClaims.get');
    },
  },
];
