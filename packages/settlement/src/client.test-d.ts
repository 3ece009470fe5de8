import type { CallOptions, Paginator } from '@gigmarket/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { Escrow, EscrowCreate, EscrowReleaseRequest, Payout, SettlementClient } from './index.js';

declare const client: SettlementClient;

describe('SettlementClient signatures', () => {
  it('escrows.release takes (escrowId, body?, options?) and resolves to an Escrow', () => {
    expectTypeOf(client.escrows.release).parameters.toEqualTypeOf<
      [escrowId: string, body?: EscrowReleaseRequest, options?: CallOptions]
    >();
    expectTypeOf(client.escrows.release).returns.toEqualTypeOf<Promise<Escrow>>();
  });

  it('escrows.create requires its body', () => {
    expectTypeOf(client.escrows.create).parameter(0).toEqualTypeOf<EscrowCreate>();
    // @ts-expect-error the body is required
    client.escrows.create();
  });

  it('rejects body fields the spec does not define, and non-string ids', () => {
    // @ts-expect-error `amount` is not a field of EscrowReleaseRequest
    client.escrows.release('esc_01J4ESCR0W0000000000000000', { amount: 1 });
    // @ts-expect-error path ids are strings
    client.escrows.get(42);
  });

  it('lists return a Paginator of the page item', () => {
    expectTypeOf(client.escrows.list()).toExtend<Paginator<Escrow>>();
    expectTypeOf(client.payouts.list).returns.toExtend<Paginator<Payout>>();
    // @ts-expect-error `colour` is not a query parameter of escrows.list
    client.escrows.list({ colour: 'red' });
  });
});
