import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
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

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await publishRule(server, NOW);
});
afterAll(() => server.close());

describe('escrows.create', () => {
  it('creates a job escrow under the rule in force, with fundBy before the work starts', async () => {
    const seeded = await seedJob(server.db);
    const res = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen: 60000, provider: 'WECHAT_PAY' },
      key(),
    );
    expect(res.status).toBe(201);
    const escrow = schemas.zEscrow.parse(res.body);
    expect(escrow).toMatchObject({ status: 'CREATED', assignmentId: null, amountFen: 60000, releasedFen: 0 });
    expect(escrow.providerRef.merchantOrderNo).toBe(escrow.id);
    expect(escrow.fundBy).toBe('2025-07-02T09:00:00+08:00');
    expect(escrow.history[0]).toMatchObject({ from: null, to: 'CREATED', action: 'escrows.create' });
    const got = await server.as('platformA')('GET', `/escrows/${escrow.id}`);
    expect(schemas.zEscrow.parse(got.body).id).toBe(escrow.id);
    const list = await server.as('platformA')('GET', `/escrows?jobId=${seeded.jobId}`);
    expect(schemas.zEscrowPage.parse(list.body).data.map((e) => e.id)).toEqual([escrow.id]);
  });

  it('requires the Idempotency-Key (400 with a header pointer) and changes nothing without it', async () => {
    const seeded = await seedJob(server.db);
    const res = await server.as('platformA')('POST', '/escrows', {
      jobId: seeded.jobId,
      payerEmployerId: seeded.employerId,
      amountFen: 60000,
      provider: 'WECHAT_PAY',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('#/header/Idempotency-Key');
    expect((await server.as('platformA')('GET', `/escrows?jobId=${seeded.jobId}`)).body.data).toEqual([]);
  });

  it('refuses a payer other than the job employer (422), a second job escrow (409), another tenant’s job (404) and bad input (400)', async () => {
    const seeded = await seedJob(server.db);
    const body = {
      jobId: seeded.jobId,
      payerEmployerId: seeded.employerId,
      amountFen: 60000,
      provider: 'WECHAT_PAY',
    };
    const wrongPayer = await server.as('platformA')(
      'POST',
      '/escrows',
      { ...body, payerEmployerId: 'emp_01J0HZ8J1AZHENG00000000000' },
      key(),
    );
    expect(wrongPayer.status).toBe(422);
    expect(wrongPayer.body.type).toMatch(/rule-violation$/);
    expect((await server.as('platformA')('POST', '/escrows', body, key())).status).toBe(201);
    expect((await server.as('platformA')('POST', '/escrows', body, key())).status).toBe(409);
    expect((await server.as('platformB')('POST', '/escrows', body, key())).status).toBe(404);
    const bad = await server.as('platformA')(
      'POST',
      '/escrows',
      { ...body, amountFen: -1, provider: 'PAYPAL' },
      key(),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/amountFen', '/provider']),
    );
  });
});

describe('escrow life cycle', () => {
  it('funds (FUNDING entry, escrow.funded), answers a repeated fund unchanged and refuses a payment of another order', async () => {
    const seeded = await seedJob(server.db);
    const created = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen: 60000, provider: 'WECHAT_PAY' },
      key(),
    );
    const id = created.body.id;
    const funded = await server.as('platformA')(
      'POST',
      `/escrows/${id}/fund`,
      { providerTransactionId: '4200002371202506301827459130' },
      key(),
    );
    expect(schemas.zEscrow.parse(funded.body)).toMatchObject({
      status: 'FUNDED',
      providerRef: { transactionId: '4200002371202506301827459130' },
    });
    expect(funded.body.allocations).toHaveLength(3);
    const again = await server.as('platformA')(
      'POST',
      `/escrows/${id}/fund`,
      { providerTransactionId: '4200002371202506301827459130' },
      key(),
    );
    expect(again.status).toBe(200);
    expect(again.body.updatedAt).toBe(funded.body.updatedAt);
    const entries = await server.as('platformA')('GET', `/ledger/entries?escrowId=${id}`);
    expect(schemas.zLedgerEntryPage.parse(entries.body).data).toEqual([
      expect.objectContaining({
        transactionId: `${id}:fund`,
        kind: 'FUNDING',
        lines: [
          { accountId: 'provider:WECHAT_PAY', amountFen: -60000 },
          { accountId: `escrow:${id}`, amountFen: 60000 },
        ],
      }),
    ]);
    const other = await seedJob(server.db);
    const second = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: other.jobId, payerEmployerId: other.employerId, amountFen: 60000, provider: 'WECHAT_PAY' },
      key(),
    );
    const mismatch = await server.as('platformA')(
      'POST',
      `/escrows/${second.body.id}/fund`,
      { providerTransactionId: '4200002371202506301827459130' },
      key(),
    );
    expect(mismatch.status).toBe(422);
    const events = await server.as('platformA')('GET', `/events?types=escrow.funded&objectId=${id}`);
    expect(events.body.data).toHaveLength(1);
  });

  it('refuses an illegal transition with 409, currentState and allowedActions', async () => {
    const seeded = await seedJob(server.db);
    const created = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen: 60000, provider: 'WECHAT_PAY' },
      key(),
    );
    const res = await server.as('platformA')('POST', `/escrows/${created.body.id}/release`, {}, key());
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ currentState: 'CREATED', allowedActions: ['fund'] });
    expect((await server.as('platformB')('POST', `/escrows/${created.body.id}/hold`, {})).status).toBe(404);
  });

  it('releases submitted work per allocation with payouts, then RELEASED when the provider confirms', async () => {
    const seeded = await seedJob(server.db);
    await setAssignment(server, seeded.assignments[2] as string, 'IN_PROGRESS');
    const escrow = await heldEscrow(server, seeded);
    const tooEarly = await server.as('platformA')(
      'POST',
      `/escrows/${escrow.id}/release`,
      { assignmentIds: [seeded.assignments[2]] },
      key(),
    );
    expect(tooEarly.status).toBe(409);
    const first = await server.as('platformA')(
      'POST',
      `/escrows/${escrow.id}/release`,
      { reason: '雇主确认完工' },
      key(),
    );
    const partly = schemas.zEscrow.parse(first.body);
    expect(partly).toMatchObject({ status: 'HELD', releasedFen: 40000, commissionFen: 6000 });
    expect(partly.allocations.map((a) => a.state)).toEqual(['RELEASED', 'RELEASED', 'OPEN']);
    const payouts = await server.as('platformA')(
      'GET',
      `/payouts?escrowId=${escrow.id}&workerId=${seeded.workers[0]}`,
    );
    const [payout] = schemas.zPayoutPage.parse(payouts.body).data;
    expect(payout).toMatchObject({
      grossFen: 20000,
      commissionFen: 2000,
      taxWithheldFen: 0,
      netFen: 18000,
      status: 'PENDING',
      taxTreatment: 'EXEMPT_CONVENIENCE_SERVICE',
      payeeAccountMasked: '王*国（微信零钱）',
    });
    expect(payout?.commissionDisclosure).toMatchObject({
      payerTotalFen: 20000,
      workerIncomeFen: 18000,
      rateBps: 1000,
      capBps: 1500,
    });
    await setAssignment(server, seeded.assignments[2] as string, 'COMPLETED_PENDING_CONFIRMATION');
    const last = await server.as('platformA')(
      'POST',
      `/escrows/${escrow.id}/release`,
      { assignmentIds: [seeded.assignments[2]] },
      key(),
    );
    expect(last.body.status).toBe('RELEASING');
    await advance(server, '1s');
    const final = schemas.zEscrow.parse((await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body);
    expect(final).toMatchObject({
      status: 'RELEASED',
      releasedFen: 60000,
      refundedFen: 0,
      netToWorkerFen: 54000,
    });
    const paid = await server.as('platformB')('GET', `/payouts/${payout?.id}`);
    expect(schemas.zPayout.parse(paid.body)).toMatchObject({ status: 'PAID', attempts: 1 });
    const balance = await server.as('platformA')('GET', `/ledger/balances/escrow:${escrow.id}`);
    expect(schemas.zLedgerBalance.parse(balance.body).balanceFen).toBe(0);
  });

  it('refunds a FUNDED escrow whole (JOB_CANCELLED) and becomes REFUNDED with escrow.refunded', async () => {
    const seeded = await seedJob(server.db, { status: 'CONFIRMED' });
    const created = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen: 60000, provider: 'ALIPAY' },
      key(),
    );
    await server.as('platformA')(
      'POST',
      `/escrows/${created.body.id}/fund`,
      { providerTransactionId: `2025${Date.now()}` },
      key(),
    );
    const noKey = await server.as('platformA')('POST', `/escrows/${created.body.id}/refund`, {
      reasonCode: 'JOB_CANCELLED',
    });
    expect(noKey.status).toBe(400);
    const wrongCode = await server.as('platformA')(
      'POST',
      `/escrows/${created.body.id}/refund`,
      { reasonCode: 'NO_SHOW', assignmentIds: [seeded.assignments[0]] },
      key(),
    );
    expect(wrongCode.status).toBe(422);
    const res = await server.as('platformA')(
      'POST',
      `/escrows/${created.body.id}/refund`,
      { reasonCode: 'JOB_CANCELLED', reason: '雇主取消' },
      key(),
    );
    expect(schemas.zEscrow.parse(res.body)).toMatchObject({ status: 'REFUNDING', refundedFen: 60000 });
    await advance(server, '1s');
    const final = (await server.as('platformA')('GET', `/escrows/${created.body.id}`)).body;
    expect(final).toMatchObject({ status: 'REFUNDED', netToWorkerFen: 0 });
    const events = await server.as('platformA')(
      'GET',
      `/events?types=escrow.refunded&objectId=${created.body.id}`,
    );
    expect(events.body.data).toHaveLength(1);
  });
});

describe('money moves once', () => {
  it('replays a release with the same key and releases once', async () => {
    const seeded = await seedJob(server.db, { openings: 1 });
    const escrow = await heldEscrow(server, seeded, 20000);
    const k = key();
    const first = await server.as('platformA')('POST', `/escrows/${escrow.id}/release`, {}, k);
    const replay = await server.as('platformA')('POST', `/escrows/${escrow.id}/release`, {}, k);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const entries = (await server.as('platformA')('GET', `/ledger/entries?escrowId=${escrow.id}`)).body.data;
    expect(entries.filter((e: { kind: string }) => e.kind === 'RELEASE')).toHaveLength(1);
    expect((await server.as('platformA')('GET', `/payouts?escrowId=${escrow.id}`)).body.data).toHaveLength(1);
  });

  it('gives 20 concurrent releases of one escrow exactly one release', async () => {
    const seeded = await seedJob(server.db, { openings: 2 });
    const escrow = await heldEscrow(server, seeded, 40000);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.as('platformA')('POST', `/escrows/${escrow.id}/release`, {}, key()),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const entries = (await server.as('platformA')('GET', `/ledger/entries?escrowId=${escrow.id}`)).body.data;
    expect(entries.filter((e: { kind: string }) => e.kind === 'RELEASE')).toHaveLength(1);
    expect((await server.as('platformA')('GET', `/payouts?escrowId=${escrow.id}`)).body.data).toHaveLength(2);
  });
});
