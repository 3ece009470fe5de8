import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { advance, heldEscrow, key, publishRule, type Server, seedJob } from './test-fixtures.js';

let server: Server;
const NOW = new Date('2025-07-01T01:00:00Z');
const mediator = { type: 'GIG_MARKET', name: '余杭区零工市场劳动争议调解室' };

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await publishRule(server, NOW, { rateBps: 0, capBps: 0 });
});
afterAll(() => server.close());

async function disputed() {
  const seeded = await seedJob(server.db);
  const escrow = await heldEscrow(server, seeded);
  const res = await server.as('platformA')('POST', `/escrows/${escrow.id}/dispute`, {
    assignmentId: seeded.assignments[0],
    raisedBy: { type: 'EMPLOYER', id: seeded.employerId },
    category: 'QUALITY',
    description: '厨房和卫生间未按约定清洁',
    claimedFen: 5000,
  });
  expect(res.status).toBe(200);
  return { seeded, escrow: schemas.zEscrow.parse(res.body) };
}

describe('escrows.dispute and disputes.create', () => {
  it('freezes only the disputed allocation, sends escrow.disputed and opens an ESCROW_ACTION dispute', async () => {
    const { escrow, seeded } = await disputed();
    expect(escrow.status).toBe('DISPUTED');
    expect(escrow.allocations.map((a) => a.state)).toEqual(['DISPUTED', 'OPEN', 'OPEN']);
    const dispute = schemas.zDispute.parse(
      (await server.as('platformA')('GET', `/disputes/${escrow.disputeId}`)).body,
    );
    expect(dispute).toMatchObject({
      origin: 'ESCROW_ACTION',
      status: 'OPEN',
      respondent: { type: 'WORKER', id: seeded.workers[0] },
    });
    const seenByWorkerSide = await server.as('platformB')('GET', `/disputes?escrowId=${escrow.id}`);
    expect(schemas.zDisputePage.parse(seenByWorkerSide.body).data).toHaveLength(1);
    const others = await server.as('platformA')(
      'POST',
      `/escrows/${escrow.id}/release`,
      { assignmentIds: [seeded.assignments[1]] },
      key(),
    );
    expect(others.body).toMatchObject({ status: 'DISPUTED', releasedFen: 20000 });
  });

  it('opens a PARTY dispute with POST /disputes, refusing a stranger (422) and a request naming nothing (400)', async () => {
    const seeded = await seedJob(server.db, { openings: 1 });
    const escrow = await heldEscrow(server, seeded, 20000);
    const body = {
      assignmentId: seeded.assignments[0],
      raisedBy: { type: 'WORKER', id: seeded.workers[0] },
      category: 'NON_PAYMENT',
      description: '已完工，雇主拒绝确认',
      claimedFen: 20000,
      priority: 'GREEN_CHANNEL',
    };
    const stranger = await server.as('platformB')('POST', '/disputes', {
      ...body,
      raisedBy: { type: 'WORKER', id: 'wkr_01J1WANGJ1ANGV000000000000' },
    });
    expect(stranger.status).toBe(422);
    expect(
      (await server.as('platformB')('POST', '/disputes', { ...body, assignmentId: undefined })).status,
    ).toBe(400);
    const res = await server.as('platformB')('POST', '/disputes', body);
    expect(res.status).toBe(201);
    const dispute = schemas.zDispute.parse(res.body);
    expect(dispute).toMatchObject({
      origin: 'PARTY',
      escrowId: escrow.id,
      tenantId: escrow.tenantId,
      priority: 'GREEN_CHANNEL',
    });
    expect((await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body.status).toBe('DISPUTED');
    expect((await server.as('platformB')('POST', '/disputes', body)).status).toBe(409);
  });
});

describe('the dispute life cycle', () => {
  it('mediates for 15 days, then MEDIATION_FAILED by the timer, then arbitration', async () => {
    const { escrow } = await disputed();
    const started = await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/start-mediation`, {
      mediator,
    });
    const mediating = schemas.zDispute.parse(started.body);
    expect(mediating.status).toBe('MEDIATING');
    expect(
      new Date(mediating.mediationDeadline as string).getTime() -
        new Date(mediating.mediationStartedAt as string).getTime(),
    ).toBe(15 * 86_400_000);
    expect(
      (await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/start-mediation`, { mediator }))
        .body,
    ).toMatchObject({ status: 409, currentState: 'MEDIATING' });
    await advance(server, '15d');
    const failed = (await server.as('platformA')('GET', `/disputes/${escrow.disputeId}`)).body;
    expect(failed.status).toBe('MEDIATION_FAILED');
    const referred = await server.as('platformA')(
      'POST',
      `/disputes/${escrow.disputeId}/refer-to-arbitration`,
      {
        externalCaseNo: '杭余劳人仲案字〔2025〕第0456号',
        committeeName: '杭州市余杭区劳动人事争议仲裁委员会',
        acceptedOn: '2025-07-21',
      },
    );
    expect(schemas.zDispute.parse(referred.body).arbitration).toMatchObject({ awardDueBy: '2025-09-04' });
  });

  it('executes a SPLIT only with the recorded split and the disputeId, then closes the dispute', async () => {
    const { escrow, seeded } = await disputed();
    const badOutcome = await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/resolve`, {
      outcome: {
        type: 'SPLIT',
        split: { workerFen: 12000, employerFen: 3000 },
        basis: 'MEDIATION_AGREEMENT',
        summary: '双方同意',
      },
    });
    expect(badOutcome.status).toBe(422);
    const split = { workerFen: 15000, employerFen: 5000 };
    const resolved = await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/resolve`, {
      outcome: {
        type: 'SPLIT',
        split,
        basis: 'MEDIATION_AGREEMENT',
        documentNo: '余零调〔2025〕第0087号',
        summary: '工人得150元，退还雇主50元',
      },
    });
    expect(schemas.zDispute.parse(resolved.body).status).toBe('RESOLVED');
    expect(
      (await server.as('platformA')('POST', `/escrows/${escrow.id}/release`, { split }, key())).status,
    ).toBe(422);
    expect(
      (
        await server.as('platformA')(
          'POST',
          `/escrows/${escrow.id}/release`,
          { disputeId: escrow.disputeId, split: { workerFen: 16000, employerFen: 4000 } },
          key(),
        )
      ).status,
    ).toBe(422);
    const executed = await server.as('platformA')(
      'POST',
      `/escrows/${escrow.id}/release`,
      { disputeId: escrow.disputeId, split },
      key(),
    );
    const after = schemas.zEscrow.parse(executed.body);
    expect(after.status).toBe('HELD');
    expect(after.allocations[0]).toMatchObject({
      assignmentId: seeded.assignments[0],
      state: 'SPLIT',
      releasedFen: 15000,
      refundedFen: 5000,
    });
    expect((await server.as('platformA')('GET', `/disputes/${escrow.disputeId}`)).body).toMatchObject({
      status: 'CLOSED',
      closeReason: 'OUTCOME_EXECUTED',
    });
  });

  it('a withdrawal reopens the money with a fresh 72-hour timer and the escrow is HELD again', async () => {
    const { escrow } = await disputed();
    const transferred = await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/close`, {
      closeReason: 'TRANSFERRED',
    });
    expect(transferred.status).toBe(422);
    const closed = await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/close`, {
      closeReason: 'WITHDRAWN',
      reason: '雇主已确认完工，撤回争议',
    });
    expect(schemas.zDispute.parse(closed.body)).toMatchObject({ status: 'CLOSED', closeReason: 'WITHDRAWN' });
    const reopened = schemas.zEscrow.parse(
      (await server.as('platformA')('GET', `/escrows/${escrow.id}`)).body,
    );
    expect(reopened.status).toBe('HELD');
    const now = new Date((await server.as('platformA')('GET', '/sandbox/clock')).body.now).getTime();
    expect(new Date(reopened.allocations[0]?.autoReleaseAt as string).getTime() - now).toBe(72 * 3600_000);
    expect(
      (
        await server.as('platformA')('POST', `/disputes/${escrow.disputeId}/close`, {
          closeReason: 'WITHDRAWN',
        })
      ).status,
    ).toBe(409);
  });

  it('a NO_ESCROW_EFFECT dispute about released money freezes nothing and closes as OUTCOME_EXECUTED', async () => {
    const seeded = await seedJob(server.db, { openings: 1 });
    const escrow = await heldEscrow(server, seeded, 20000);
    await server.as('platformA')('POST', `/escrows/${escrow.id}/release`, {}, key());
    const created = await server.as('platformA')('POST', '/disputes', {
      escrowId: escrow.id,
      raisedBy: { type: 'EMPLOYER', id: seeded.employerId },
      category: 'QUALITY',
      description: '完工后发现墙面污损',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(
      (
        await server.as('platformA')('POST', `/disputes/${id}/resolve`, {
          outcome: { type: 'REFUND_ALL', basis: 'NEGOTIATED_SETTLEMENT', summary: '退款' },
        })
      ).status,
    ).toBe(422);
    await server.as('platformA')('POST', `/disputes/${id}/resolve`, {
      outcome: { type: 'NO_ESCROW_EFFECT', basis: 'NEGOTIATED_SETTLEMENT', summary: '工人上门补做' },
    });
    const closed = await server.as('platformA')('POST', `/disputes/${id}/close`, {
      closeReason: 'OUTCOME_EXECUTED',
    });
    expect(schemas.zDispute.parse(closed.body).status).toBe('CLOSED');
    expect((await server.as('platformB')('GET', `/disputes/${id}`)).status).toBe(200);
    expect((await server.as('operator')('GET', `/disputes/${id}`)).status).toBe(404);
  });
});
