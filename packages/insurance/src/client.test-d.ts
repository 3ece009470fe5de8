import type { CallOptions, Paginator } from '@gigmarket/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  InsuranceClaim,
  InsuranceClaimReport,
  InsuranceClient,
  InsurancePolicy,
  InsurancePolicyBind,
  InsuranceQuote,
} from './index.js';

declare const client: InsuranceClient;

describe('InsuranceClient signatures', () => {
  it('insurancePolicies.bind takes a required body and resolves to a policy', () => {
    expectTypeOf(client.insurancePolicies.bind).parameters.toEqualTypeOf<
      [body: InsurancePolicyBind, options?: CallOptions]
    >();
    expectTypeOf(client.insurancePolicies.bind).returns.toEqualTypeOf<Promise<InsurancePolicy>>();
    // @ts-expect-error the body is required
    client.insurancePolicies.bind();
  });

  it('quotes and claims', () => {
    expectTypeOf(client.insuranceQuotes.get).returns.toEqualTypeOf<Promise<InsuranceQuote>>();
    expectTypeOf(client.insuranceClaims.report).parameter(0).toEqualTypeOf<InsuranceClaimReport>();
    expectTypeOf(client.insuranceClaims.list()).toExtend<Paginator<InsuranceClaim>>();
    // @ts-expect-error path ids are strings
    client.insuranceClaims.get(7);
    // @ts-expect-error `premium` is not a field of InsuranceClaimReport
    client.insuranceClaims.report({ ...({} as InsuranceClaimReport), premium: 1 });
  });
});
