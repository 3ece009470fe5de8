import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { residentId, workerBody } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
const ID = residentId('19900307', '123');
let workerId: string;
let identityConsentId: string;

const identity = {
  purpose: 'IDENTITY_DATA',
  dataCategories: ['ID_NUMBER', 'MOBILE'],
  method: 'IN_APP',
  noticeVersion: '2025.06',
};

beforeAll(async () => {
  server = await startTestServer();
  workerId = (await server.as('platformA')('POST', '/workers', workerBody(ID))).body.id;
});
afterAll(() => server.close());

const getWorker = async (as: 'platformA' | 'regulator' = 'platformA') =>
  schemas.zWorker.parse((await server.as(as)('GET', `/workers/${workerId}`)).body);

describe('workerConsents.grant', () => {
  it('records an IDENTITY_DATA consent as separate, after which the owner reads the worker in full', async () => {
    const res = await server.as('platformA')('POST', `/workers/${workerId}/consents`, identity);
    expect(res.status).toBe(201);
    const consent = schemas.zConsent.parse(res.body);
    identityConsentId = consent.id;
    expect(consent).toMatchObject({
      workerId,
      tenantId: 'ten_01J0PA0000000000000000000A',
      status: 'GRANTED',
      separate: true,
      grantedAt: '2025-07-01T09:00:00+08:00',
      validUntil: null,
      revokedAt: null,
    });
    const worker = await getWorker();
    expect(worker).toMatchObject({
      sensitivity: 'FULL',
      idNumber: ID,
      mobile: '13812345678',
      birthDate: '1990-03-07',
      activeConsentPurposes: ['IDENTITY_DATA'],
    });
  });

  it('keeps regulators masked even with the consent', async () => {
    const worker = await getWorker('regulator');
    expect(worker.sensitivity).toBe('MASKED');
    expect(worker).not.toHaveProperty('idNumber');
    expect(worker).not.toHaveProperty('birthDate');
  });

  it('answers an identical GRANTED consent with 200 and the existing one', async () => {
    const res = await server.as('platformA')('POST', `/workers/${workerId}/consents`, {
      ...identity,
      dataCategories: ['MOBILE', 'ID_NUMBER'],
    });
    expect(res.status).toBe(200);
    expect(schemas.zConsent.parse(res.body).id).toBe(identityConsentId);
  });

  it('needs a recipient for THIRD_PARTY_SHARING (400) and flags it separate when given', async () => {
    const sharing = {
      purpose: 'THIRD_PARTY_SHARING',
      dataCategories: ['SKILLS_AND_HISTORY'],
      method: 'E_SIGNATURE',
      noticeVersion: '2025.06',
    };
    const missing = await server.as('platformA')('POST', `/workers/${workerId}/consents`, sharing);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ pointer: '/recipient', code: 'required' });
    const ok = await server.as('platformA')('POST', `/workers/${workerId}/consents`, {
      ...sharing,
      recipient: { name: '杭州某某家政服务有限公司', contact: '0571-86120000' },
    });
    expect(ok.status).toBe(201);
    expect(schemas.zConsent.parse(ok.body).separate).toBe(true);
  });

  it('marks a non-sensitive purpose not separate, and refuses a grant in the future or ending before it (422)', async () => {
    const push = {
      purpose: 'JOB_PUSH',
      dataCategories: ['MOBILE'],
      method: 'IN_APP',
      noticeVersion: '2025.06',
    };
    const ok = await server.as('platformA')('POST', `/workers/${workerId}/consents`, {
      ...push,
      validUntil: '2025-07-02T09:00:00+08:00',
    });
    expect(schemas.zConsent.parse(ok.body).separate).toBe(false);
    const future = await server.as('platformA')('POST', `/workers/${workerId}/consents`, {
      ...push,
      grantedAt: '2025-07-02T09:00:00+08:00',
    });
    expect(future.status).toBe(422);
    const backwards = await server.as('platformA')('POST', `/workers/${workerId}/consents`, {
      ...push,
      grantedAt: '2025-07-01T08:00:00+08:00',
      validUntil: '2025-07-01T07:00:00+08:00',
    });
    expect(backwards.status).toBe(422);
  });

  it("answers 404 for another tenant's worker and 403 for a read-only client", async () => {
    expect((await server.as('platformB')('POST', `/workers/${workerId}/consents`, identity)).status).toBe(
      404,
    );
    expect((await server.as('readOnly')('POST', `/workers/${workerId}/consents`, identity)).status).toBe(403);
  });
});

describe('workerConsents.list', () => {
  it('lists the consents with purpose and status filters; regulators see them, other tenants get 404', async () => {
    const all = schemas.zConsentPage.parse(
      (await server.as('platformA')('GET', `/workers/${workerId}/consents`)).body,
    );
    expect(all.data).toHaveLength(3);
    const identityOnly = await server.as('platformA')(
      'GET',
      `/workers/${workerId}/consents?purpose=IDENTITY_DATA`,
    );
    expect(identityOnly.body.data.map((c: { id: string }) => c.id)).toEqual([identityConsentId]);
    const reg = await server.as('regulator')('GET', `/workers/${workerId}/consents?status=GRANTED`);
    expect(reg.body.data).toHaveLength(3);
    expect((await server.as('platformB')('GET', `/workers/${workerId}/consents`)).status).toBe(404);
  });
});

describe('workerConsents.revoke', () => {
  it('revokes at once: the worker is masked again and the purpose leaves activeConsentPurposes', async () => {
    const res = await server.as('platformA')(
      'POST',
      `/workers/${workerId}/consents/${identityConsentId}/revoke`,
      {
        reason: '不再同意',
      },
    );
    expect(res.status).toBe(200);
    const consent = schemas.zConsent.parse(res.body);
    expect(consent).toMatchObject({
      status: 'REVOKED',
      revokedAt: '2025-07-01T09:00:00+08:00',
      revocationReason: '不再同意',
    });
    expect(res.body).not.toHaveProperty('statusReason');
    const worker = await getWorker();
    expect(worker.sensitivity).toBe('MASKED');
    expect(worker).not.toHaveProperty('idNumber');
    expect(worker.activeConsentPurposes).not.toContain('IDENTITY_DATA');
  });

  it('refuses revoking twice with 409 naming the state, and hides other tenants (404)', async () => {
    const again = await server.as('platformA')(
      'POST',
      `/workers/${workerId}/consents/${identityConsentId}/revoke`,
      {},
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentState: 'REVOKED', allowedActions: [] });
    const foreign = await server.as('platformB')(
      'POST',
      `/workers/${workerId}/consents/${identityConsentId}/revoke`,
      {},
    );
    expect(foreign.status).toBe(404);
    const otherWorker = await server.as('platformA')(
      'POST',
      '/workers',
      workerBody(residentId('19920101', '345')),
    );
    const wrongPath = await server.as('platformA')(
      'POST',
      `/workers/${otherWorker.body.id}/consents/${identityConsentId}/revoke`,
      {},
    );
    expect(wrongPath.status).toBe(404);
  });
});

describe('consent expiry (timer)', () => {
  it('stops counting a lapsed consent at once and moves it to EXPIRED when the clock passes validUntil', async () => {
    server.setNow(new Date('2025-07-02T02:00:00Z'));
    expect((await getWorker()).activeConsentPurposes).not.toContain('JOB_PUSH');
    const advanced = await server.as('platformA')('POST', '/sandbox/clock/advance', { by: '1m' });
    expect(advanced.status).toBe(200);
    const expired = await server.as('platformA')('GET', `/workers/${workerId}/consents?status=EXPIRED`);
    expect(expired.body.data.map((c: { purpose: string }) => c.purpose)).toEqual(['JOB_PUSH']);
    expect(schemas.zConsent.parse(expired.body.data[0]).status).toBe('EXPIRED');
    const revoke = await server.as('platformA')(
      'POST',
      `/workers/${workerId}/consents/${expired.body.data[0].id}/revoke`,
      {},
    );
    expect(revoke.status).toBe(409);
  });
});
