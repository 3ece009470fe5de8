import { uscc } from './identifiers.js';
import type { DemoWorld } from './world.js';

type Data = Record<string, unknown>;

/** The demo insurer's own USCC (fictitious branch in 上城区, valid check characters). */
export const DEMO_INSURER_USCC = uscc('91', '330102', 'MA27Q4C6');

/**
 * The insurer's per-order accident product (零工保): premiums by risk class are DOMAIN.md §4.1's
 * table (400–1200 fen, interpolated between the Sanming endpoints of seed 001); sum insured up to
 * 1,000,000 yuan by age (seed 001); coverages from the Yuhang rider cover list (seed 000).
 */
export async function seedInsuranceProduct(world: DemoWorld): Promise<void> {
  const product = await world.api.as('insurer')<Data>('POST', '/insurance-products', {
    name: '零工保（按单计费）',
    insurerUscc: DEMO_INSURER_USCC,
    layer: 'BASE',
    premiumBasis: 'PER_ORDER',
    premiumTable: [400, 560, 720, 880, 1040, 1200].map((premiumFen, i) => ({
      riskClass: String(i + 1),
      premiumFen,
    })),
    coverages: [
      { type: 'DEATH_DISABILITY', limitFen: 100_000_000 },
      { type: 'MEDICAL_OUT_OF_SCHEME', limitFen: 5_000_000, deductibleFen: 10_000, reimbursementBps: 9000 },
    ],
    sumInsuredByAge: [
      { minAge: 16, maxAge: 55, sumInsuredFen: 100_000_000 },
      { minAge: 56, maxAge: 65, sumInsuredFen: 40_000_000 },
    ],
    eligibleAge: { minAge: 16, maxAge: 65 },
    allowedPayers: ['EMPLOYER', 'PLATFORM', 'WORKER', 'GOVERNMENT'],
    regions: ['330100'],
    effectiveFrom: world.cal.date(0),
  });
  world.productId = product.id as string;
}
