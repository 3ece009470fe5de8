import { schemas } from '@gigmarket/credit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, startTestServer } from '../../test-support/harness.js';
import { fixtures, key, TENANT } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let workerId: string;
let employerId: string;

const ask = (body: Record<string, unknown>, client: 'platformB' | 'operator' = 'platformB') =>
  server.as(client)('POST', '/credit-queries', body, key());

beforeAll(async () => {
  server = await startTestServer();
  workerId = await fixtures.worker(server, TENANT.A);
  employerId = await fixtures.employer(server, TENANT.A);
});
afterAll(() => server.close());

describe('consented credit queries', () => {
  it('answers a worker query with consent naming the asking tenant, without events or factors', async () => {
    const consent = await fixtures.consent(server, workerId, TENANT.A, {
      recipient: { name: '南平零工集市', tenantId: TENANT.B, contact: '0599-1234567' },
    });
    const res = await ask({
      subject: { type: 'WORKER', id: workerId },
      purpose: 'HIRING',
      consentRef: consent,
      onBehalfOf: { type: 'EMPLOYER', id: employerId },
    });
    expect(res.status).toBe(201);
    const query = schemas.zCreditQuery.parse(res.body);
    expect(query).toMatchObject({
      consentRef: consent,
      requestedBy: { tenantId: TENANT.B, name: '南平零工集市' },
      result: { score: 600, grade: 'B', badges: [], complianceGrade: null, activeBlacklists: [] },
    });
    expect(Object.keys(query.result)).not.toContain('factors');
    expect(res.headers.get('location')).toBe(`/credit-queries/${query.id}`);
  });

  it('refuses worker and household queries without a valid consent (422)', async () => {
    const subject = { type: 'WORKER', id: workerId };
    expect((await ask({ subject, purpose: 'HIRING' })).status).toBe(422);
    const revoked = await fixtures.consent(server, workerId, TENANT.B, {
      status: 'REVOKED',
      revokedAt: '2025-06-30T10:00:00+08:00',
    });
    expect((await ask({ subject, purpose: 'HIRING', consentRef: revoked })).status).toBe(422);
    const otherPurpose = await fixtures.consent(server, workerId, TENANT.B, { purpose: 'JOB_MATCHING' });
    expect((await ask({ subject, purpose: 'HIRING', consentRef: otherPurpose })).status).toBe(422);
    const lapsed = await fixtures.consent(server, workerId, TENANT.B, {
      validUntil: '2025-06-30T00:00:00+08:00',
    });
    expect((await ask({ subject, purpose: 'HIRING', consentRef: lapsed })).status).toBe(422);
    const notForMe = await fixtures.consent(server, workerId, TENANT.A);
    const refused = await ask({ subject, purpose: 'HIRING', consentRef: notForMe });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain('does not name your tenant');
    const household = await fixtures.household(server, TENANT.A);
    expect(
      (await ask({ subject: { type: 'EMPLOYER', id: household }, purpose: 'ACCEPTING_JOB' })).status,
    ).toBe(422);
  });

  it('looks up organisation employers without consent, and 404s unknown subjects', async () => {
    const res = await ask(
      { subject: { type: 'EMPLOYER', id: employerId }, purpose: 'ACCEPTING_JOB' },
      'operator',
    );
    expect(res.status).toBe(201);
    expect(schemas.zCreditQuery.parse(res.body).consentRef).toBeNull();
    const missing = await ask({
      subject: { type: 'EMPLOYER', id: 'emp_01J0HZ8J1AZHENG00000000000' },
      purpose: 'ACCEPTING_JOB',
    });
    expect(missing.status).toBe(404);
    const invalid = await ask({ subject: { type: 'EMPLOYER', id: employerId }, purpose: 'GOSSIP' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].pointer).toBe('/purpose');
  });

  it('keeps the audit trail for the subject owner, the asker and regulators', async () => {
    const owner = schemas.zCreditQueryPage.parse(
      (await server.as('platformA')('GET', `/credit-queries?subjectId=${workerId}`)).body,
    );
    expect(owner.data).toHaveLength(1);
    const id = owner.data[0]?.id as string;
    expect((await server.as('platformB')('GET', `/credit-queries/${id}`)).status).toBe(200);
    expect((await server.as('operator')('GET', `/credit-queries/${id}`)).status).toBe(404);
    const mine = schemas.zCreditQueryPage.parse((await server.as('operator')('GET', '/credit-queries')).body);
    expect(mine.data.map((q) => q.requestedBy.tenantId)).toEqual([CLIENTS.operator.tenantId]);
    const all = schemas.zCreditQueryPage.parse(
      (await server.as('regulator')('GET', `/credit-queries?requestedBy=${TENANT.B}`)).body,
    );
    expect(all.data).toHaveLength(1);
  });
});
