import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { randomIds } from '../../ids.js';
import { operationRegistry } from '../../spec/registry.js';
import { CLIENTS, startTestServer, TEST_CONFIG } from '../../test-support/harness.js';
import { freezeAllocation, settleAllocation } from './effects.js';
import {
  advance,
  heldEscrow,
  key,
  publishRule,
  type Server,
  seedJob,
  setAssignment,
} from './test-fixtures.js';

let server: Server;
const NOW = new Date('2025-07-01T01:00:00Z');

const ids = randomIds();

/** Runs an effect as the jobs domain would: inside a request's transaction, as platform A. */
async function asJobsDomain(fn: (ctx: OperationContext) => Promise<void>) {
  const events: string[] = [];
  await server.db.transaction(async (tx) => {
    const caller = { ...CLIENTS.platformA, scopes: [], authMethod: 'API_KEY' as const };
    await fn({
      op: operationRegistry().get('assignments.confirm'),
      caller,
      visibility: 'party',
      tx,
      now: shanghaiIso(NOW),
      nowDate: NOW,
      config: TEST_CONFIG,
      path: {},
      query: {},
      body: {},
      fetch,
      runSweeps: async () => {},
      newId: (prefix: string) => ids(prefix, NOW.getTime()),
      emit: async (type: string) => {
        events.push(type);
      },
    } as unknown as OperationContext);
  });
  return events;
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await publishRule(server, NOW, { rateBps: 0, capBps: 0 });
});
afterAll(() => server.close());

describe('effects for the jobs domain', () => {
  it('settleAllocation releases an accepted assignment and refunds a no-show; the escrow then finishes', async () => {
    const seeded = await seedJob(server.db, { openings: 2 });
    const escrow = await heldEscrow(server, seeded, 40000);
    await setAssignment(server, seeded.assignments[0] as string, 'ACCEPTED');
    await asJobsDomain((ctx) => settleAllocation(ctx, seeded.assignments[0] as string, 'RELEASE'));
    await asJobsDomain((ctx) => settleAllocation(ctx, seeded.assignments[0] as string, 'RELEASE'));
    await setAssignment(server, seeded.assignments[1] as string, 'NO_SHOW');
    await asJobsDomain((ctx) => settleAllocation(ctx, seeded.assignments[1] as string, 'REFUND'));
    const after = schemas.zEscrow.parse((await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body);
    expect(after).toMatchObject({ status: 'RELEASING', releasedFen: 20000, refundedFen: 20000 });
    expect(after.allocations.map((a) => a.state)).toEqual(['RELEASED', 'REFUNDED']);
    expect((await server.as('platformA')('GET', `/payouts?escrowId=${escrow.id}`)).body.data).toHaveLength(1);
    await advance(server, '1s');
    expect((await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body.status).toBe(
      'PARTIALLY_RELEASED',
    );
    expect(
      (await server.as('platformA')('GET', `/events?types=escrow.released&objectId=${escrow.id}`)).body.data,
    ).toHaveLength(1);
    await asJobsDomain((ctx) => settleAllocation(ctx, 'asg_01J3W0RK0RDER0000000000000', 'RELEASE'));
  });

  it('freezeAllocation opens an ASSIGNMENT_ACTION dispute and freezes the money (escrow.disputed)', async () => {
    const seeded = await seedJob(server.db, { openings: 1 });
    const escrow = await heldEscrow(server, seeded, 20000);
    const events = await asJobsDomain((ctx) => freezeAllocation(ctx, seeded.assignments[0] as string, null));
    expect(events).toEqual(['escrow.disputed']);
    const after = schemas.zEscrow.parse((await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body);
    expect(after.status).toBe('DISPUTED');
    const dispute = (await server.as('platformA')('GET', `/disputes/${after.disputeId}`)).body;
    expect(dispute).toMatchObject({
      origin: 'ASSIGNMENT_ACTION',
      assignmentId: seeded.assignments[0],
      escrowId: escrow.id,
    });
  });
});

describe('timers', () => {
  it('releases an allocation at its autoReleaseAt (wage protection) and accepts the silent employer’s work', async () => {
    const seeded = await seedJob(server.db, { openings: 1 });
    const now = (await server.as('platformA')('GET', '/sandbox/clock')).body.now as string;
    await setAssignment(server, seeded.assignments[0] as string, 'COMPLETED_PENDING_CONFIRMATION', {
      submittedAt: now,
      autoAcceptAt: null,
    });
    const escrow = await heldEscrow(server, seeded, 20000);
    await advance(server, '1s');
    const timed = (await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body;
    expect(new Date(timed.autoReleaseAt).getTime() - new Date(now).getTime()).toBe(72 * 3600_000);
    const due = await server.as('platformA')(
      'GET',
      `/escrows?autoReleaseBefore=${encodeURIComponent(timed.autoReleaseAt)}`,
    );
    expect(due.body.data.map((e: { id: string }) => e.id)).toContain(escrow.id);
    await advance(server, '72h');
    const after = (await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body;
    expect(after).toMatchObject({ status: 'RELEASED', releasedFen: 20000, autoReleaseAt: null });
    expect(after.history.at(-2)).toMatchObject({
      to: 'RELEASING',
      trigger: expect.stringMatching(/wage protection/),
      byTenantId: null,
    });
  });

  it('expires an escrow unpaid at fundBy (409 on a later fund)', async () => {
    const seeded = await seedJob(server.db, { openings: 1, status: 'CONFIRMED' });
    const created = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen: 20000, provider: 'WECHAT_PAY' },
      key(),
    );
    await advance(server, '25h');
    const expired = schemas.zEscrow.parse(
      (await server.as('platformA')('GET', `/escrows/${created.body.id}`)).body,
    );
    expect(expired).toMatchObject({ status: 'EXPIRED' });
    const fund = await server.as('platformA')(
      'POST',
      `/escrows/${created.body.id}/fund`,
      { providerTransactionId: 'late-payment-1' },
      key(),
    );
    expect(fund.body).toMatchObject({ status: 409, currentState: 'EXPIRED' });
  });
});
