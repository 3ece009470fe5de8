import { apiKey } from '@gigmarket/core';
import { createInsuranceClient, type InsuranceClaim, type InsurancePolicy } from '@gigmarket/insurance';

const insurance = createInsuranceClient({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: apiKey('gm_demo_platform'),
});

/** Per-order accident insurance for one assignment: quote, then bind (binding requires a key). */
export async function insureAssignment(
  productId: string,
  assignmentId: string,
  employerId: string,
): Promise<InsurancePolicy> {
  const quote = await insurance.insuranceQuotes.create({ productId, assignmentId, payer: 'EMPLOYER' });
  return insurance.insurancePolicies.bind(
    { quoteId: quote.id, payer: { kind: 'EMPLOYER', id: employerId } },
    { idempotencyKey: `policy-${assignmentId}` },
  );
}

/** Open claims of a policy, all pages. */
export function openClaims(policyId: string): Promise<InsuranceClaim[]> {
  return insurance.insuranceClaims.list({ policyId, status: 'REPORTED' }).toArray();
}
