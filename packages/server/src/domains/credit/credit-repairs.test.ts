import { schemas } from '@gigmarket/credit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { recordCreditEvent } from './effects.js';
import { ruleContext } from './test-context.js';
import { fixtures, key, TENANT } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let employerId: string;
let oldEvent: string;
let recentEvent: string;

const decide = async (documentNo: string, occurredAt: string) => {
  const res = await server.as('regulator')(
    'POST',
    '/credit-events',
    {
      subject: { type: 'EMPLOYER', id: employerId },
      type: 'DISPUTE_LOST_NON_PAYMENT',
      sourceRef: { type: 'ADMINISTRATIVE_DECISION', documentNo },
      summary: '欠薪争议仲裁败诉。',
      occurredAt,
    },
    key(),
  );
  return schemas.zCreditEvent.parse(res.body).id;
};
const request = (creditEventId: string, client: 'platformA' | 'platformB' = 'platformA') =>
  server.as(client)(
    'POST',
    '/credit-repairs',
    {
      creditEventId,
      correctedAt: '2025-06-15T11:00:00+08:00',
      correctionProof: [
        {
          kind: 'WAGE_PAYMENT_RECEIPT',
          description: '调解协议约定的工资已支付。',
          documentUrl: 'https://files.example.cn/proofs/2400.pdf',
          sha256: 'b'.repeat(64),
        },
      ],
      commitment: {
        text: '本单位承诺今后严格按照约定支付零工报酬，如有违反自愿接受信用惩戒。',
        signatoryName: '李某',
        signatoryRole: 'LEGAL_REPRESENTATIVE',
        signedAt: '2025-06-30T09:30:00+08:00',
      },
    },
    key(),
  );

beforeAll(async () => {
  server = await startTestServer();
  employerId = await fixtures.employer(server, TENANT.A);
  oldEvent = await decide('仲裁-1', '2025-03-01T10:00:00+08:00');
  recentEvent = await decide('仲裁-2', '2025-06-20T10:00:00+08:00');
});
afterAll(() => server.close());

describe('credit repair', () => {
  it('files a request after the E12 minimum period and refuses a second pending one (409)', async () => {
    const res = await request(oldEvent);
    expect(res.status).toBe(201);
    const repair = schemas.zCreditRepair.parse(res.body);
    expect(repair).toMatchObject({
      status: 'PENDING',
      eventType: 'DISPUTE_LOST_NON_PAYMENT',
      eventSeverity: 'GENERAL',
      repairableAfter: '2025-06-01T10:00:00+08:00',
      requestedBy: TENANT.A,
      decision: null,
    });
    expect((await request(oldEvent)).status).toBe(409);
    const listed = await server.as('regulator')(
      'GET',
      `/credit-repairs?status=PENDING&creditEventId=${oldEvent}`,
    );
    expect(schemas.zCreditRepairPage.parse(listed.body).data.map((r) => r.id)).toEqual([repair.id]);
    expect((await server.as('platformB')('GET', `/credit-repairs/${repair.id}`)).status).toBe(404);
  });

  it('refuses events before repairableAfter, without severity, or of other tenants', async () => {
    const early = await request(recentEvent);
    expect(early.status).toBe(422);
    expect(early.body.detail).toContain('repairableAfter 2025-09-20T10:00:00+08:00');
    await recordCreditEvent(ruleContext(server, new Date('2025-06-25T02:00:00Z')), {
      subjectType: 'EMPLOYER',
      subjectId: employerId,
      type: 'ASSIGNMENT_COMPLETED',
      sourceRef: 'asg_01J3W0RK0RDER0000000000007',
    });
    const events = schemas.zCreditEventPage.parse(
      (await server.as('platformA')('GET', `/credit-events?type=ASSIGNMENT_COMPLETED`)).body,
    ).data;
    const noSeverity = await request(events[0]?.id as string);
    expect(noSeverity.status).toBe(422);
    expect((await request(oldEvent, 'platformB')).status).toBe(404);
  });

  it('lets a regulator reject with a reason; a rejected request cannot be decided again (409)', async () => {
    const [pending] = schemas.zCreditRepairPage.parse(
      (await server.as('platformA')('GET', '/credit-repairs?status=PENDING')).body,
    ).data;
    const id = pending?.id as string;
    expect(
      (await server.as('platformA')('POST', `/credit-repairs/${id}/reject`, { reason: '凭证不全。' }, key()))
        .status,
    ).toBe(403);
    const res = await server.as('regulator')(
      'POST',
      `/credit-repairs/${id}/reject`,
      { reason: '提交的支付凭证金额不一致。' },
      key(),
    );
    expect(res.status).toBe(200);
    expect(schemas.zCreditRepair.parse(res.body)).toMatchObject({
      status: 'REJECTED',
      decision: { outcome: 'REJECTED', decidedBy: TENANT.R, reason: '提交的支付凭证金额不一致。' },
    });
    const again = await server.as('regulator')('POST', `/credit-repairs/${id}/approve`, {}, key());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentState: 'REJECTED', allowedActions: [] });
    const noReason = await server.as('regulator')('POST', `/credit-repairs/${id}/reject`, {}, key());
    expect(noReason.status).toBe(400);
  });

  it('approves a new request: the event is REPAIRED, CREDIT_REPAIRED is appended and the profile recovers', async () => {
    const before = schemas.zCreditProfile.parse(
      (await server.as('platformA')('GET', `/credit-profiles/EMPLOYER/${employerId}`)).body,
    );
    const repair = schemas.zCreditRepair.parse((await request(oldEvent)).body);
    const res = await server.as('regulator')('POST', `/credit-repairs/${repair.id}/approve`, {}, key());
    expect(res.status).toBe(200);
    const approved = schemas.zCreditRepair.parse(res.body);
    expect(approved.status).toBe('APPROVED');
    const event = schemas.zCreditEvent.parse(
      (await server.as('platformA')('GET', `/credit-events/${oldEvent}`)).body,
    );
    expect(event).toMatchObject({ status: 'REPAIRED', repairedBy: repair.id });
    const record = schemas.zCreditEvent.parse(
      (await server.as('platformA')('GET', `/credit-events/${approved.decision?.creditRepairedEventId}`))
        .body,
    );
    expect(record).toMatchObject({
      type: 'CREDIT_REPAIRED',
      scoreDelta: 0,
      relatedEventId: oldEvent,
      severity: null,
    });
    const after = schemas.zCreditProfile.parse(
      (await server.as('platformA')('GET', `/credit-profiles/EMPLOYER/${employerId}`)).body,
    );
    expect(after.score).toBe(before.score + 50);
    const feed = await server.as('platformA')('GET', '/events?types=creditProfile.changed');
    expect(feed.body.data.at(-1).data.previous.score).toBe(before.score);
    expect((await request(oldEvent)).status).toBe(422);
  });
});
