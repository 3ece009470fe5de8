import { schemas } from '@gigmarket/credit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { fixtures, key, platformWithAdmin, TENANT, USCC } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let employerId: string;
let entryId: string;

const wageArrears = (over: Record<string, unknown> = {}) => ({
  kind: 'WAGE_ARREARS',
  subject: { type: 'EMPLOYER', id: employerId },
  subjectIdentity: { name: '杭州某某家政服务有限公司', uscc: USCC },
  responsiblePersons: [{ role: 'LEGAL_REPRESENTATIVE', name: '李某', idNumberMasked: '330110********0517' }],
  decisionNo: '余人社失信列字〔2025〕第003号',
  reason: '拖欠12名农民工工资共计186000元，经责令限期支付逾期仍未支付。',
  listingGround: 'ARREARS_AT_CRIMINAL_THRESHOLD',
  arrearsAmountFen: 18_600_000,
  affectedWorkerCount: 12,
  ...over,
});
const proof = (correctedAt: string) => ({
  correctedAt,
  correctionProof: [
    {
      kind: 'WAGE_PAYMENT_RECEIPT',
      description: '已足额支付拖欠工资的银行转账凭证。',
      documentUrl: 'https://files.example.cn/proofs/wage.pdf',
      sha256: 'a'.repeat(64),
    },
  ],
  commitment: {
    text: '本单位承诺今后按时足额支付工资，如再发生拖欠，自愿接受失信惩戒。',
    signatoryName: '李某',
    signatoryRole: 'LEGAL_REPRESENTATIVE',
    signedAt: '2025-06-30T09:00:00+08:00',
  },
});

beforeAll(async () => {
  server = await startTestServer();
  employerId = await fixtures.employer(server, TENANT.A);
});
afterAll(() => server.close());

describe('listing', () => {
  it('lists a wage-arrears employer for 3 years with its SERIOUS event, publicly, and announces it', async () => {
    const res = await server.as('regulator')('POST', '/blacklist-entries', wageArrears(), key());
    expect(res.status).toBe(201);
    const entry = schemas.zBlacklistEntry.parse(res.body);
    entryId = entry.id;
    expect(entry).toMatchObject({
      status: 'LISTED',
      listedAt: '2025-07-01T09:00:00+08:00',
      expiresAt: '2028-07-01T09:00:00+08:00',
    });
    expect(entry.jointPunishmentMeasures).toHaveLength(8);
    const event = schemas.zCreditEvent.parse(
      (await server.as('platformA')('GET', `/credit-events/${entry.creditEventId}`)).body,
    );
    expect(event).toMatchObject({
      type: 'WAGE_ARREARS_CONFIRMED',
      severity: 'SERIOUS',
      scoreEffect: 'FLOOR_TO_ZERO',
    });

    const open = await server.anonymous('GET', `/blacklist-entries?uscc=${USCC}`);
    expect(schemas.zBlacklistEntryPage.parse(open.body).data.map((e) => e.id)).toEqual([entry.id]);
    expect((await server.anonymous('GET', `/blacklist-entries/${entry.id}`)).status).toBe(200);

    const feed = await server.as('platformA')('GET', '/events?types=blacklist.listed,creditProfile.changed');
    expect(feed.body.data.map((e: { type: string }) => e.type).sort()).toEqual([
      'blacklist.listed',
      'creditProfile.changed',
    ]);
    const profile = schemas.zCreditProfile.parse(
      (await server.as('platformA')('GET', `/credit-profiles/EMPLOYER/${employerId}`)).body,
    );
    expect(profile).toMatchObject({
      score: 0,
      grade: 'D',
      activeBlacklists: [{ id: entry.id, kind: 'WAGE_ARREARS' }],
    });
    expect(profile.effects).toMatchObject({ autoMatchExcluded: true, manualReviewRequired: true });
  });

  it('refuses a second entry in force (409), platforms on statutory lists (403) and incomplete listings (422)', async () => {
    expect((await server.as('regulator')('POST', '/blacklist-entries', wageArrears(), key())).status).toBe(
      409,
    );
    const platform = await platformWithAdmin(server);
    const statutory = await platform('POST', '/blacklist-entries', wageArrears());
    expect(statutory.status).toBe(403);
    expect(statutory.body.detail).toContain('PLATFORM_INTERNAL');
    const other = await fixtures.employer(server, TENANT.B);
    const subject = { type: 'EMPLOYER', id: other };
    const noDecision = await server.as('regulator')(
      'POST',
      '/blacklist-entries',
      wageArrears({ subject, decisionNo: undefined }),
      key(),
    );
    expect(noDecision.status).toBe(422);
    const wrongName = await server.as('regulator')(
      'POST',
      '/blacklist-entries',
      wageArrears({ subject, subjectIdentity: { name: '别的公司', uscc: USCC } }),
      key(),
    );
    expect(wrongName.status).toBe(422);
    const noPersons = await server.as('regulator')(
      'POST',
      '/blacklist-entries',
      wageArrears({ subject, responsiblePersons: [] }),
      key(),
    );
    expect(noPersons.status).toBe(422);
    const badKind = await server.as('regulator')(
      'POST',
      '/blacklist-entries',
      wageArrears({ subject, kind: 'GREYLIST' }),
      key(),
    );
    expect(badKind.status).toBe(400);
  });
});

describe('early removal', () => {
  it('refuses a request before earlyRemovalEligibleAt (422) and accepts one after 6 months', async () => {
    const early = await server.as('platformA')(
      'POST',
      `/blacklist-entries/${entryId}/request-removal`,
      proof('2025-05-01T10:00:00+08:00'),
      key(),
    );
    expect(early.status).toBe(422);
    expect(early.body.detail).toContain('earlyRemovalEligibleAt 2025-11-01T10:00:00+08:00');

    const res = await server.as('platformA')(
      'POST',
      `/blacklist-entries/${entryId}/request-removal`,
      proof('2024-12-01T10:00:00+08:00'),
      key(),
    );
    expect(res.status).toBe(200);
    const entry = schemas.zBlacklistEntry.parse(res.body);
    expect(entry).toMatchObject({
      status: 'REMOVAL_REQUESTED',
      earlyRemovalEligibleAt: '2025-06-01T10:00:00+08:00',
    });
    expect(entry.removalRequest?.requestedBy).toBe(TENANT.A);
    const publicView = schemas.zBlacklistEntry.parse(
      (await server.as('platformB')('GET', `/blacklist-entries/${entryId}`)).body,
    );
    expect(publicView.removalRequest).toBeNull();

    const again = await server.as('platformA')(
      'POST',
      `/blacklist-entries/${entryId}/request-removal`,
      proof('2024-12-01T10:00:00+08:00'),
      key(),
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentState: 'REMOVAL_REQUESTED' });
    expect(
      (
        await server.as('platformB')(
          'POST',
          `/blacklist-entries/${entryId}/request-removal`,
          proof('2024-12-01T10:00:00+08:00'),
          key(),
        )
      ).status,
    ).toBe(404);
  });

  it('lets a regulator refuse the request and then approve a new one; the entry stops acting at once', async () => {
    const refused = await server.as('regulator')(
      'POST',
      `/blacklist-entries/${entryId}/reject-removal`,
      { reason: '支付凭证金额不足。' },
      key(),
    );
    expect(refused.status).toBe(200);
    const back = schemas.zBlacklistEntry.parse(refused.body);
    expect(back.status).toBe('LISTED');
    expect(back.removalRequest).toMatchObject({ rejectionReason: '支付凭证金额不足。' });

    await server.as('platformA')(
      'POST',
      `/blacklist-entries/${entryId}/request-removal`,
      proof('2024-12-01T10:00:00+08:00'),
      key(),
    );
    const platform = await platformWithAdmin(server);
    const byPlatform = await platform('POST', `/blacklist-entries/${entryId}/remove`, {
      reason: 'LISTING_REVOKED',
    });
    expect(byPlatform.status).toBe(403);
    expect(byPlatform.body.detail).toContain('regulator');
    const removed = await server.as('regulator')(
      'POST',
      `/blacklist-entries/${entryId}/remove`,
      { reason: 'EARLY_REMOVAL_APPROVED', decisionNo: '余人社失信移字〔2025〕第001号' },
      key(),
    );
    expect(removed.status).toBe(200);
    expect(schemas.zBlacklistEntry.parse(removed.body)).toMatchObject({
      status: 'REMOVED_EARLY',
      removal: { reason: 'EARLY_REMOVAL_APPROVED', removedBy: TENANT.R },
    });
    expect((await server.anonymous('GET', `/blacklist-entries/${entryId}`)).status).toBe(404);
    const profile = schemas.zCreditProfile.parse(
      (await server.as('platformA')('GET', `/credit-profiles/EMPLOYER/${employerId}`)).body,
    );
    expect(profile.activeBlacklists).toEqual([]);
    // The accompanying SERIOUS event is not repaired by leaving the list (E12 applies on its own).
    expect(profile.score).toBe(0);
    const again = await server.as('regulator')(
      'POST',
      `/blacklist-entries/${entryId}/remove`,
      { reason: 'LISTING_REVOKED' },
      key(),
    );
    expect(again.status).toBe(409);
  });
});

describe('platform bans and expiry', () => {
  it('keeps PLATFORM_INTERNAL entries to their lister, who lifts them', async () => {
    const workerId = await fixtures.worker(server, TENANT.A);
    const platform = await platformWithAdmin(server);
    const res = await platform('POST', '/blacklist-entries', {
      kind: 'PLATFORM_INTERNAL',
      subject: { type: 'WORKER', id: workerId },
      subjectIdentity: { name: '王建国' },
      reason: '多次恶意爽约。',
    });
    expect(res.status).toBe(201);
    const ban = schemas.zBlacklistEntry.parse(res.body);
    expect(ban).toMatchObject({
      expiresAt: '2026-07-01T09:00:00+08:00',
      earlyRemovalEligibleAt: ban.listedAt,
      decisionNo: null,
    });
    expect((await server.as('platformB')('GET', `/blacklist-entries/${ban.id}`)).status).toBe(404);
    const anon = schemas.zBlacklistEntryPage.parse(
      (await server.anonymous('GET', '/blacklist-entries?kind=PLATFORM_INTERNAL')).body,
    );
    expect(anon.data).toHaveLength(0);
    const request = await server.as('platformA')(
      'POST',
      `/blacklist-entries/${ban.id}/request-removal`,
      proof('2024-01-01T10:00:00+08:00'),
      key(),
    );
    expect(request.status).toBe(422);
    const again = await platform('POST', '/blacklist-entries', {
      kind: 'PLATFORM_INTERNAL',
      subject: { type: 'WORKER', id: workerId },
      subjectIdentity: { name: '王建国' },
      reason: '多次恶意爽约。',
    });
    expect(again.status).toBe(409);
    const lifted = await platform('POST', `/blacklist-entries/${ban.id}/remove`, {
      reason: 'LIFTED_BY_LISTER',
    });
    expect(schemas.zBlacklistEntry.parse(lifted.body).status).toBe('REMOVED_EARLY');
  });

  it('expires an entry when expiresAt passes (sweep)', async () => {
    const other = await fixtures.employer(server, TENANT.B);
    const res = await server.as('regulator')(
      'POST',
      '/blacklist-entries',
      {
        kind: 'FAKE_POSTING',
        subject: { type: 'EMPLOYER', id: other },
        subjectIdentity: { name: '杭州某某家政服务有限公司', uscc: USCC },
        decisionNo: '余人社监〔2025〕第9号',
        reason: '发布虚假招聘信息。',
        expiresAt: '2025-07-03T09:00:00+08:00',
      },
      key(),
    );
    const entry = schemas.zBlacklistEntry.parse(res.body);
    const tooLong = await server.as('regulator')(
      'POST',
      '/blacklist-entries',
      {
        ...wageArrears({ subject: { type: 'EMPLOYER', id: other } }),
        kind: 'ILLEGAL_INTERMEDIARY',
        expiresAt: '2029-01-01T00:00:00+08:00',
      },
      key(),
    );
    expect(tooLong.status).toBe(422);
    await server.as('regulator')('POST', '/sandbox/clock/advance', { by: '3d' });
    const after = schemas.zBlacklistEntry.parse(
      (await server.as('regulator')('GET', `/blacklist-entries/${entry.id}`)).body,
    );
    expect(after.status).toBe('EXPIRED');
    expect((await server.anonymous('GET', `/blacklist-entries/${entry.id}`)).status).toBe(404);
    const feed = await server.as('platformB')('GET', '/events?types=creditProfile.changed');
    expect(feed.body.data.at(-1).data.object.activeBlacklists).toEqual([]);
  });
});
