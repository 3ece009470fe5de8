import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { MARKET, residentId, uscc } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let marketId: string;
let orgId: string;
let householdId: string;
const REP_ID = residentId('19750101', '441', '330106');

const organization = (extra: Record<string, unknown> = {}) => ({
  kind: 'ORGANIZATION',
  uscc: '91330110MA2KXY3L2E',
  legalName: '杭州某某家政服务有限公司',
  legalRepresentative: { name: '陈志强', idNumber: REP_ID },
  contactName: '李敏',
  contactMobile: '13705716201',
  ...extra,
});
const household = {
  kind: 'INDIVIDUAL',
  person: { name: '张丽', idNumber: '210202198512150328' },
  registeredRegion: '210202',
  contactName: '张丽',
  contactMobile: '13904115873',
};

beforeAll(async () => {
  server = await startTestServer();
  marketId = (await server.as('operator')('POST', '/gig-markets', MARKET)).body.id;
});
afterAll(() => server.close());

describe('employers.create', () => {
  it('registers an organisation PENDING_REVIEW with entity type and region from the USCC and the ID number masked', async () => {
    const res = await server.as('platformA')('POST', '/employers', organization({ gigMarketId: marketId }));
    expect(res.status).toBe(201);
    const employer = schemas.zEmployer.parse(res.body);
    orgId = employer.id;
    expect(employer).toMatchObject({
      status: 'PENDING_REVIEW',
      entityType: 'ENTERPRISE',
      registeredRegion: '330110',
      displayName: '杭州某某家政服务有限公司',
      legalRepresentative: { name: '陈志强', idNumberMasked: `330106********${REP_ID.slice(-4)}` },
      sensitivity: 'FULL',
      contactMobile: '13705716201',
      contactMobileMasked: '137****6201',
      review: { submittedAt: '2025-07-01T09:00:00+08:00', reviewedAt: null },
      fastTrackEligible: false,
      blacklist: { listed: false, entries: [] },
    });
    expect(JSON.stringify(res.body)).not.toContain(REP_ID);
  });

  it('registers a household as HOUSEHOLD with a surname-and-title display name', async () => {
    const res = await server.as('platformA')('POST', '/employers', household);
    expect(res.status).toBe(201);
    const employer = schemas.zEmployer.parse(res.body);
    householdId = employer.id;
    expect(employer).toMatchObject({
      entityType: 'HOUSEHOLD',
      displayName: '张女士',
      person: { idNumberMasked: '210202********0328' },
    });
  });

  it('refuses a USCC or household hirer the tenant already registered (409), not another tenant', async () => {
    const twin = await server.as('platformA')('POST', '/employers', organization());
    expect(twin.status).toBe(409);
    expect(twin.body.detail).toContain(orgId);
    expect((await server.as('platformA')('POST', '/employers', household)).status).toBe(409);
    expect((await server.as('platformB')('POST', '/employers', organization())).status).toBe(201);
  });

  it('answers 400 for a wrong USCC check character and for the fields of the other kind', async () => {
    const bad = await server.as('platformA')(
      'POST',
      '/employers',
      organization({ uscc: '91330110MA2KXY3L2F' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ pointer: '/uscc', code: 'checksum_mismatch' });
    const { legalRepresentative: _l, ...noRep } = organization({
      uscc: uscc('92140121MA0L1234A'),
      person: household.person,
    });
    const shape = await server.as('platformA')('POST', '/employers', noRep);
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/legalRepresentative',
      '/person',
    ]);
  });

  it('answers 422 for an unknown gig market and 403 for a regulator (not a registering role)', async () => {
    const res = await server.as('platformA')(
      'POST',
      '/employers',
      organization({ uscc: uscc('92140121MA0L1234B'), gigMarketId: 'gmk_01J0000000000000000000000Z' }),
    );
    expect(res.status).toBe(422);
    expect((await server.as('regulator')('POST', '/employers', household)).status).toBe(403);
  });
});

describe('employers.get and employers.list', () => {
  it('shows the market operator (party) and regulators a masked contact; other platforms get 404', async () => {
    const op = await server.as('operator')('GET', `/employers/${orgId}`);
    expect(op.status).toBe(200);
    expect(schemas.zEmployer.parse(op.body).sensitivity).toBe('MASKED');
    expect(op.body).not.toHaveProperty('contactMobile');
    expect((await server.as('regulator')('GET', `/employers/${householdId}`)).body.sensitivity).toBe(
      'MASKED',
    );
    expect((await server.as('platformB')('GET', `/employers/${orgId}`)).status).toBe(404);
    expect((await server.as('operator')('GET', `/employers/${householdId}`)).status).toBe(404);
  });

  it('filters by kind, status, registered region, market, badge and blacklist', async () => {
    const ids = async (query: string, as: 'platformA' | 'operator' | 'regulator' = 'platformA') =>
      schemas.zEmployerPage
        .parse((await server.as(as)('GET', `/employers?${query}`)).body)
        .data.map((e) => e.id);
    expect(await ids('kind=INDIVIDUAL')).toEqual([householdId]);
    expect(await ids('region=330100')).toEqual([orgId]);
    expect(await ids('region=210000')).toEqual([householdId]);
    expect(await ids('status=PENDING_REVIEW', 'operator')).toEqual([orgId]);
    expect(await ids(`gigMarketId=${marketId}`, 'regulator')).toEqual([orgId]);
    expect(await ids('badge=HONEST_EMPLOYER')).toEqual([]);
    expect((await ids('blacklisted=false')).sort()).toEqual([orgId, householdId].sort());
    expect(await ids('uscc=91330110MA2KXY3L2E', 'regulator')).toHaveLength(2);
  });
});

describe('employers.approve and employers.reject', () => {
  it('refuses reviewing without the admin scope (403): platforms, and operators whose clients lack it', async () => {
    expect((await server.as('platformA')('POST', `/employers/${orgId}/approve`, {})).status).toBe(403);
    // An operator's client without the `admin` scope; employer-review.test.ts covers operator reviews.
    expect((await server.as('operatorWithoutAdmin')('POST', `/employers/${orgId}/approve`, {})).status).toBe(
      403,
    );
    expect(
      (await server.as('regulator')('POST', '/employers/emp_01J0000000000000000000000Z/approve', {})).status,
    ).toBe(404);
  });

  it('approves with a re-verification due 6 months later, and refuses approving again with 409', async () => {
    const res = await server.as('regulator')('POST', `/employers/${orgId}/approve`, { reason: '材料齐全' });
    expect(res.status).toBe(200);
    const employer = schemas.zEmployer.parse(res.body);
    expect(employer.status).toBe('APPROVED');
    expect(employer.review).toMatchObject({
      reviewedAt: '2025-07-01T09:00:00+08:00',
      reviewedBy: 'ten_01J0RG0000000000000000000R',
      reverificationDueAt: '2026-01-01T09:00:00+08:00',
    });
    expect(res.body).not.toHaveProperty('statusReason');
    const again = await server.as('regulator')('POST', `/employers/${orgId}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentState: 'APPROVED', allowedActions: [] });
  });

  it('rejects with a reason and fields to fix; resubmission by update returns it to PENDING_REVIEW', async () => {
    const missing = await server.as('regulator')('POST', `/employers/${householdId}/reject`, {});
    expect(missing.status).toBe(400);
    const res = await server.as('regulator')('POST', `/employers/${householdId}/reject`, {
      reason: '身份证照片不清晰，请重新上传。',
      fieldsToFix: ['/documents'],
    });
    expect(res.status).toBe(200);
    expect(schemas.zEmployer.parse(res.body)).toMatchObject({
      status: 'REJECTED',
      review: { rejectionReason: '身份证照片不清晰，请重新上传。', fieldsToFix: ['/documents'] },
    });
    const fixed = await server.as('platformA')('PATCH', `/employers/${householdId}`, {
      documents: [{ type: 'ID_CARD', url: 'https://files.example-platform.cn/employers/zhang-idcard-2.jpg' }],
    });
    expect(fixed.status).toBe(200);
    expect(schemas.zEmployer.parse(fixed.body)).toMatchObject({
      status: 'PENDING_REVIEW',
      review: { rejectionReason: null, fieldsToFix: [] },
    });
  });
});

describe('employers.update', () => {
  it('keeps an APPROVED employer approved for a contact change, masking the new mobile for others', async () => {
    const res = await server.as('platformA')('PATCH', `/employers/${orgId}`, {
      contactName: '王芳',
      contactMobile: '13905716202',
    });
    expect(res.status).toBe(200);
    expect(schemas.zEmployer.parse(res.body)).toMatchObject({
      status: 'APPROVED',
      contactMobile: '13905716202',
    });
    expect((await server.as('operator')('GET', `/employers/${orgId}`)).body.contactMobileMasked).toBe(
      '139****6202',
    );
  });

  it("refuses a USCC change while APPROVED (422) and another kind's fields (422)", async () => {
    const res = await server.as('platformA')('PATCH', `/employers/${orgId}`, {
      uscc: uscc('91330110MA2KXY3L3'),
    });
    expect(res.status).toBe(422);
    expect(
      (await server.as('platformA')('PATCH', `/employers/${orgId}`, { person: household.person })).status,
    ).toBe(422);
  });

  it('sends an APPROVED employer back to review when its legal representative changes', async () => {
    const res = await server.as('platformA')('PATCH', `/employers/${orgId}`, {
      legalRepresentative: { name: '陈志明', idNumber: residentId('19780202', '551', '330106') },
    });
    expect(res.status).toBe(200);
    const employer = schemas.zEmployer.parse(res.body);
    expect(employer).toMatchObject({ status: 'PENDING_REVIEW', review: { reverificationDueAt: null } });
    expect(employer.legalRepresentative?.name).toBe('陈志明');
  });

  it('answers 404 for another tenant and 400 for an empty patch', async () => {
    expect(
      (await server.as('platformB')('PATCH', `/employers/${orgId}`, { displayName: '某某' })).status,
    ).toBe(404);
    expect((await server.as('platformA')('PATCH', `/employers/${orgId}`, {})).status).toBe(400);
  });
});

describe('re-verification (timer)', () => {
  it('returns an approval to PENDING_REVIEW when review.reverificationDueAt passes', async () => {
    const approved = await server.as('regulator')('POST', `/employers/${orgId}/approve`, {});
    expect(approved.body.review.reverificationDueAt).toBe('2026-01-01T09:00:00+08:00');
    const advanced = await server.as('regulator')('POST', '/sandbox/clock/advance', {
      to: '2026-01-01T09:00:01+08:00',
    });
    expect(advanced.status).toBe(200);
    const employer = schemas.zEmployer.parse(
      (await server.as('platformA')('GET', `/employers/${orgId}`)).body,
    );
    expect(employer.status).toBe('PENDING_REVIEW');
    expect(employer.review.reverificationDueAt).toBeNull();
    expect(employer.review.submittedAt).toBe('2026-01-01T09:00:01+08:00');
  });
});
