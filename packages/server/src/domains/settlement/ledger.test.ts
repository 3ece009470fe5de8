import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, startTestServer } from '../../test-support/harness.js';
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
let escrowIds: string[] = [];
let workerId = '';

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await publishRule(server, NOW, {
    rateBps: 1500,
    capBps: 2000,
    fixedFeeFen: 100,
    occupationCode: undefined,
  });
  // Released, refunded, split, cancelled and paid-out money, with commission and cumulative tax.
  const taxed = await seedJob(server.db, { openings: 2, occupationCode: '2-02-10-09' });
  const a = await heldEscrow(server, taxed, 60000);
  await advance(server, '1m');
  await server.as('platformA')(
    'POST',
    `/escrows/${a.id}/release`,
    { assignmentIds: [taxed.assignments[0]] },
    key(),
  );
  await setAssignment(server, taxed.assignments[1] as string, 'NO_SHOW');
  await server.as('platformA')(
    'POST',
    `/escrows/${a.id}/refund`,
    { reasonCode: 'NO_SHOW', assignmentIds: [taxed.assignments[1]] },
    key(),
  );
  const split = await seedJob(server.db, { openings: 1 });
  const b = await heldEscrow(server, split, 20000);
  const d = await server.as('platformA')('POST', `/escrows/${b.id}/dispute`, {
    raisedBy: { type: 'WORKER', id: split.workers[0] },
    category: 'PAY_AMOUNT',
    description: '工资少算了半天',
  });
  await server.as('platformA')('POST', `/disputes/${d.body.disputeId}/resolve`, {
    outcome: {
      type: 'SPLIT',
      split: { workerFen: 14000, employerFen: 6000 },
      basis: 'NEGOTIATED_SETTLEMENT',
      summary: '和解',
    },
  });
  await server.as('platformA')(
    'POST',
    `/escrows/${b.id}/release`,
    { disputeId: d.body.disputeId, split: { workerFen: 14000, employerFen: 6000 } },
    key(),
  );
  await advance(server, '1m');
  escrowIds = [a.id, b.id];
  workerId = taxed.workers[0] as string;
});
afterAll(() => server.close());

describe('the double-entry ledger', () => {
  it('keeps every entry summing to zero and no balance but a provider’s negative; escrows end at zero', async () => {
    const entries = schemas.zLedgerEntryPage.parse(
      (await server.as('regulator')('GET', '/ledger/entries?limit=100')).body,
    ).data;
    expect(entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['FUNDING', 'RELEASE', 'REFUND', 'PAYOUT', 'REFUND_PAYOUT']),
    );
    const balances = new Map<string, number>();
    for (const entry of entries) {
      expect(entry.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(0);
      expect(new Set(entry.transactionId).size).toBeGreaterThan(0);
      for (const l of entry.lines) {
        balances.set(l.accountId, (balances.get(l.accountId) ?? 0) + l.amountFen);
        if (!l.accountId.startsWith('provider:')) expect(balances.get(l.accountId)).toBeGreaterThanOrEqual(0);
      }
    }
    expect(new Set(entries.map((e) => e.transactionId)).size).toBe(entries.length);
    expect([...balances.values()].reduce((s, b) => s + b, 0)).toBe(0);
    for (const id of escrowIds) expect(balances.get(`escrow:${id}`)).toBe(0);
    expect(
      balances.get(`platform:${entries[0] && (await server.as('platformA')('GET', '/me')).body.tenantId}`),
    ).toBeGreaterThan(0);
  });

  it('withholds tax by the cumulative method outside convenience services and discloses the commission', async () => {
    const [payout] = (await server.as('platformA')('GET', `/payouts?workerId=${workerId}`)).body.data;
    // 20000 gross, commission min(3000 + 100, 4000) = 3100; income 16900 is below the 5000-yuan allowance.
    expect(payout).toMatchObject({
      commissionFen: 3100,
      taxWithheldFen: 0,
      netFen: 16900,
      taxTreatment: 'CUMULATIVE_WITHHOLDING',
      status: 'PAID',
    });
  });

  it('answers balances to their owners; provider accounts to regulators only', async () => {
    const escrow = await server.as('platformA')('GET', `/ledger/balances/escrow:${escrowIds[0]}`);
    expect(schemas.zLedgerBalance.parse(escrow.body)).toMatchObject({ accountType: 'ESCROW', balanceFen: 0 });
    const before = await server.as('platformA')(
      'GET',
      `/ledger/balances/escrow:${escrowIds[0]}?asOf=2025-07-01T09:00:00%2B08:00`,
    );
    expect(before.body).toMatchObject({ balanceFen: 60000 });
    expect((await server.as('platformA')('GET', '/ledger/balances/provider:WECHAT_PAY')).status).toBe(404);
    expect((await server.as('platformB')('GET', `/ledger/balances/escrow:${escrowIds[0]}`)).status).toBe(404);
    const provider = await server.as('regulator')('GET', '/ledger/balances/provider:WECHAT_PAY');
    // What stays at the provider is the platform's commission not yet withdrawn (3100 + 2200).
    expect(schemas.zLedgerBalance.parse(provider.body).balanceFen).toBe(-5300);
    const platform = await server.as('platformA')(
      'GET',
      `/ledger/balances/platform:${CLIENTS.platformA.tenantId}`,
    );
    expect(platform.body).toMatchObject({ accountType: 'PLATFORM', balanceFen: 5300 });
    const worker = await server.as('platformA')('GET', `/ledger/entries?accountId=worker:${workerId}`);
    expect(worker.body.data.map((e: { kind: string }) => e.kind)).toEqual(['RELEASE', 'PAYOUT']);
  });
});
