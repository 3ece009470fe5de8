import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { findById } from '../../store/objects.js';
import type { Data } from './support.js';

/** Which coverages of the product pay each benefit item (Yuhang 骑手保 coverage list, seed 000). */
const GROUPS: Array<{ benefits: string[]; coverages: string[]; label: string }> = [
  { benefits: ['DEATH', 'DISABILITY'], coverages: ['DEATH_DISABILITY'], label: 'death and disability' },
  {
    benefits: ['MEDICAL', 'REHABILITATION', 'ASSISTIVE_DEVICE'],
    coverages: ['MEDICAL_IN_SCHEME', 'MEDICAL_OUT_OF_SCHEME'],
    label: 'medical',
  },
  { benefits: ['NUTRITION_NURSING'], coverages: ['NUTRITION_NURSING'], label: 'nutrition and nursing' },
  { benefits: ['LOST_WORK_ALLOWANCE'], coverages: ['LOST_WORK_ALLOWANCE'], label: 'lost-work allowance' },
  {
    benefits: ['THIRD_PARTY_LIABILITY'],
    coverages: ['THIRD_PARTY_LIABILITY'],
    label: 'third-party liability',
  },
];

/**
 * A commercial approval stays within the product's coverage limits, and death and disability within
 * the policy's sum insured for the worker's age (seed 001; docs/domains/insurance.md §Claims).
 */
export async function checkCommercialLimits(
  ctx: OperationContext,
  claim: Data,
  benefits: Array<{ type: string; amountFen: number }>,
): Promise<void> {
  const policy = (await findById(ctx.tx, claim.policyId as string))?.data as Data;
  const product = (await findById(ctx.tx, policy.productId as string))?.data as Data;
  const coverages = product.coverages as Array<{ type: string; limitFen: number }>;
  for (const group of GROUPS) {
    const asked = benefits
      .filter((b) => group.benefits.includes(b.type))
      .reduce((s, b) => s + b.amountFen, 0);
    if (asked === 0) continue;
    const covering = coverages.filter((c) => group.coverages.includes(c.type));
    if (covering.length === 0)
      throw ruleViolation(
        `Product ${product.id} has no ${group.label} coverage; it cannot pay ${asked} fen of it.`,
      );
    let limit = covering.reduce((s, c) => s + c.limitFen, 0);
    if (group.coverages.includes('DEATH_DISABILITY')) {
      if (claim.death === true && claim.injuryType === 'SUDDEN_ILLNESS') {
        const suddenDeath = coverages.find((c) => c.type === 'SUDDEN_DEATH');
        limit = Math.max(limit, suddenDeath?.limitFen ?? 0);
      }
      limit = Math.min(limit, policy.sumInsuredFen as number);
    }
    if (asked > limit)
      throw ruleViolation(
        `The ${group.label} benefits of ${asked} fen exceed the limit of ${limit} fen under policy ${policy.id} (coverage limits and sum insured).`,
      );
  }
}
