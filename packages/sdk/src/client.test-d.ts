import { describe, expectTypeOf, it } from 'vitest';
import type {
  CallOptions,
  ClientOptions,
  CommonClient,
  CreditProfile,
  Discovery,
  EmploymentReport,
  Escrow,
  EscrowReleaseRequest,
  GigMarketClient,
  InsurancePolicy,
  Job,
  OperationId,
  Paginator,
  Transport,
} from './index.js';
import { createGigMarketClient } from './index.js';

declare const client: GigMarketClient;

describe('GigMarketClient', () => {
  it('is what createGigMarketClient returns, from ClientOptions', () => {
    expectTypeOf(createGigMarketClient).parameters.toEqualTypeOf<[options: ClientOptions]>();
    expectTypeOf(createGigMarketClient).returns.toEqualTypeOf<GigMarketClient>();
    expectTypeOf(client).toExtend<CommonClient>();
    expectTypeOf(client.transport).toEqualTypeOf<Transport>();
  });

  it('settlement.escrows.release takes (string, body?, options?) and resolves to an Escrow', () => {
    expectTypeOf(client.settlement.escrows.release).parameters.toEqualTypeOf<
      [escrowId: string, body?: EscrowReleaseRequest, options?: CallOptions]
    >();
    expectTypeOf(client.settlement.escrows.release).returns.toEqualTypeOf<Promise<Escrow>>();
    // @ts-expect-error path ids are strings
    client.settlement.escrows.release(1);
  });

  it('carries every domain’s models and the common ones', () => {
    expectTypeOf(client.discovery.get).returns.toEqualTypeOf<Promise<Discovery>>();
    expectTypeOf(client.jobs.jobs.list()).toExtend<Paginator<Job>>();
    expectTypeOf(client.insurance.insurancePolicies.get).returns.toEqualTypeOf<Promise<InsurancePolicy>>();
    expectTypeOf(client.credit.creditProfiles.get).returns.toEqualTypeOf<Promise<CreditProfile>>();
    expectTypeOf(client.reporting.employmentReports.get).returns.toEqualTypeOf<Promise<EmploymentReport>>();
  });

  it('OperationId spans the whole standard', () => {
    expectTypeOf<'escrows.release'>().toExtend<OperationId>();
    expectTypeOf<'discovery.get'>().toExtend<OperationId>();
    expectTypeOf<'openData.statistics'>().toExtend<OperationId>();
    expectTypeOf<'escrows.explode'>().not.toExtend<OperationId>();
  });
});
