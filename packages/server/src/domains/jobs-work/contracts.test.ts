import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { createAssignmentForApplication } from './effects.js';
import { effectContext, key, seedEngagement } from './test-fixtures.js';

vi.mock('./cross-domain.js', () => ({
  recordCreditEvent: vi.fn(async () => {}),
  settleAllocation: vi.fn(async () => {}),
  freezeAllocation: vi.fn(async () => {}),
  closeJobIfWorkEnded: vi.fn(async () => {}),
}));

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const A = () => server.as('platformA');
const B = () => server.as('platformB');
async function confirmedOrder() {
  const e = await seedEngagement(server.db);
  const a = await createAssignmentForApplication(effectContext(server.db), e.application, e.job);
  return { ...e, assignmentId: a.id as string };
}
const create = (assignmentId: string, extra: Record<string, unknown> = {}) =>
  A()('POST', '/contracts', {
    assignmentId,
    agreementType: 'SERVICE_AGREEMENT',
    templateId: 'ZJ-HZ-YH-LABOUR-SERVICE',
    ...extra,
  });
const signature = (role: string, documentHash: string) => ({
  role,
  documentHash,
  certificateSerial: '4C2A9E7D1B3F5A60',
  certificateIssuer: '浙江省数字安全证书管理有限公司',
  signedAt: '2025-07-01T09:00:00+08:00',
  method: 'RELIABLE_E_SIGNATURE',
  identityAuthMethod: role === 'WORKER' ? 'FACE_RECOGNITION' : 'DIGITAL_CERTIFICATE',
  identityAuthenticatedAt: '2025-07-01T08:55:00+08:00',
  intentConfirmation: { method: 'SMS_CODE', at: '2025-07-01T08:59:00+08:00' },
});

describe('contracts.create', () => {
  it('renders a DRAFT contract with both parties and refuses a second live one (409)', async () => {
    const o = await confirmedOrder();
    const res = await create(o.assignmentId, { terms: { tools: '雇主提供' } });
    expect(res.status).toBe(201);
    const c = schemas.zContract.parse(res.body);
    expect(c).toMatchObject({ status: 'DRAFT', notifiedAt: null, signatureMethod: 'RELIABLE_E_SIGNATURE' });
    expect(c.documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.parties.map((p) => p.role)).toEqual(['EMPLOYER', 'WORKER']);
    expect((await B()('GET', `/assignments/${o.assignmentId}`)).body.contractId).toBe(c.id);
    expect((await create(o.assignmentId)).status).toBe(409);
  });

  it('answers 422 for an agreement type that is oral, does not match, or lacks a cooperating enterprise; 403 for the worker side', async () => {
    const o = await confirmedOrder();
    expect((await create(o.assignmentId, { agreementType: 'ORAL_PART_TIME' })).status).toBe(422);
    const mismatch = await create(o.assignmentId, { agreementType: 'LABOUR_CONTRACT' });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.detail).toMatch(/SERVICE_AGREEMENT/);
    expect(
      (
        await create(o.assignmentId, {
          cooperatingEnterprise: { type: 'TENANT', id: 'ten_01J0MK0000000000000000000M' },
        })
      ).status,
    ).toBe(422);
    const bad = await create(o.assignmentId, { templateId: '!' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/templateId');
    expect(
      (
        await B()('POST', '/contracts', {
          assignmentId: o.assignmentId,
          agreementType: 'SERVICE_AGREEMENT',
          templateId: 'TPL-1',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await server.as('operator')('POST', '/contracts', {
          assignmentId: o.assignmentId,
          agreementType: 'SERVICE_AGREEMENT',
          templateId: 'TPL-1',
        })
      ).status,
    ).toBe(404);
  });
});

describe('signing and termination', () => {
  it('is SENT after the parties are notified, SIGNED with a timestamp after the last signature, and makes the work order READY', async () => {
    const o = await confirmedOrder();
    const c = schemas.zContract.parse((await create(o.assignmentId)).body);
    const draft = await A()('POST', `/contracts/${c.id}/sign`, signature('EMPLOYER', c.documentHash));
    expect(draft.status).toBe(409);
    expect(draft.body).toMatchObject({ currentState: 'DRAFT', allowedActions: [] });
    await A()('POST', '/sandbox/clock/advance', { by: '1s' });
    const sent = schemas.zContract.parse((await B()('GET', `/contracts/${c.id}`)).body);
    expect(sent.status).toBe('SENT');
    expect(sent.notifiedAt).not.toBeNull();
    expect((await A()('POST', `/contracts/${c.id}/sign`, signature('EMPLOYER', '0'.repeat(64)))).status).toBe(
      422,
    );
    expect((await A()('POST', `/contracts/${c.id}/sign`, signature('WORKER', c.documentHash))).status).toBe(
      403,
    );
    const first = schemas.zContract.parse(
      (await A()('POST', `/contracts/${c.id}/sign`, signature('EMPLOYER', c.documentHash))).body,
    );
    expect(first.status).toBe('SENT');
    expect((await A()('POST', `/contracts/${c.id}/sign`, signature('EMPLOYER', c.documentHash))).status).toBe(
      409,
    );
    const last = schemas.zContract.parse(
      (await B()('POST', `/contracts/${c.id}/sign`, signature('WORKER', c.documentHash))).body,
    );
    expect(last.status).toBe('SIGNED');
    expect(last.trustedTimestamp?.at).toBeTruthy();
    expect(last.evidenceChain.map((e) => e.step)).toContain('TIMESTAMP');
    expect((await B()('GET', `/assignments/${o.assignmentId}`)).body.status).toBe('READY');
    const list = await B()('GET', `/contracts?workerId=${o.workerId}`);
    expect(schemas.zContractPage.parse(list.body).data.map((x) => x.id)).toEqual([c.id]);
    expect((await server.as('operator')('GET', `/contracts/${c.id}`)).status).toBe(404);

    expect((await B()('POST', `/contracts/${c.id}/terminate`, { type: 'BY_EMPLOYER' })).status).toBe(403);
    const ended = schemas.zContract.parse(
      (
        await A()('POST', `/contracts/${c.id}/terminate`, {
          type: 'MUTUAL_AGREEMENT',
          reason: '双方协商一致解除',
        })
      ).body,
    );
    expect(ended).toMatchObject({
      status: 'TERMINATED',
      termination: { type: 'MUTUAL_AGREEMENT', reason: '双方协商一致解除' },
    });
    expect(ended.retainUntil).toBe('2027-07-01');
    const again = await A()('POST', `/contracts/${c.id}/terminate`, { type: 'MUTUAL_AGREEMENT' });
    expect(again.status).toBe(409);
    expect(again.body.currentState).toBe('TERMINATED');
  });

  it('voids an unsigned contract when its work order is cancelled', async () => {
    const o = await confirmedOrder();
    const c = schemas.zContract.parse((await create(o.assignmentId)).body);
    await A()('POST', `/assignments/${o.assignmentId}/cancel`, {}, key());
    const got = schemas.zContract.parse((await A()('GET', `/contracts/${c.id}`)).body);
    expect(got).toMatchObject({ status: 'VOID', termination: null });
    expect(got.retainUntil).toMatch(/^20\d\d-/);
  });
});
