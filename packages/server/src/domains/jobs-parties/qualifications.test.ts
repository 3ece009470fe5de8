import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { residentId, workerBody } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
const ID = residentId('19900307', '123');
let workerId: string;
let electricianId: string;

/** A special-operation certificate whose number embeds the holder's ID number. */
const electrician = {
  type: 'SPECIAL_OPERATION_CERTIFICATE',
  name: '低压电工作业特种作业操作证',
  certificateNumber: `T${ID}`,
  issuer: '杭州市应急管理局',
  occupationCode: '6-31-01-03',
  issuedOn: '2022-04-18',
  validUntil: '2028-04-17',
};
const health = {
  type: 'HEALTH_CERTIFICATE',
  name: '健康证明（家政服务）',
  certificateNumber: '2025330110004521',
  issuer: '杭州市余杭区疾病预防控制中心',
  issuedOn: '2024-03-12',
  validUntil: '2025-03-11',
};

beforeAll(async () => {
  server = await startTestServer();
  workerId = (await server.as('platformA')('POST', '/workers', workerBody(ID))).body.id;
});
afterAll(() => server.close());

describe('workerQualifications.add', () => {
  it('adds a certificate, unverified by the issuer, masking the embedded ID number for a masked reader', async () => {
    const res = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, electrician);
    expect(res.status).toBe(201);
    const q = schemas.zQualification.parse(res.body);
    electricianId = q.id;
    expect(q).toMatchObject({
      workerId,
      issuerVerified: false,
      certificateNumber: `T330110********${ID.slice(-4)}`,
    });
    expect(res.headers.get('location')).toBe(`/workers/${workerId}/qualifications/${q.id}`);
    const worker = schemas.zWorker.parse((await server.as('platformA')('GET', `/workers/${workerId}`)).body);
    expect(worker.qualifications.map((x) => x.id)).toEqual([q.id]);
    expect(worker.qualifications[0]?.certificateNumber).not.toContain(ID);
  });

  it('refuses the same type and number twice with 409 and a validity ending before issue with 422', async () => {
    const twin = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, electrician);
    expect(twin.status).toBe(409);
    expect(twin.body.detail).toContain(electricianId);
    const backwards = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, {
      ...health,
      validUntil: '2024-01-01',
    });
    expect(backwards.status).toBe(422);
    const future = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, {
      ...health,
      issuedOn: '2026-01-01',
      validUntil: null,
    });
    expect(future.status).toBe(422);
  });

  it("answers 404 for another tenant's worker and 400 for a missing field", async () => {
    expect((await server.as('platformB')('POST', `/workers/${workerId}/qualifications`, health)).status).toBe(
      404,
    );
    const { issuer: _i, ...noIssuer } = health;
    const bad = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, noIssuer);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/issuer');
  });
});

describe('workerQualifications.list', () => {
  it('lists current certificates with the type and validOn filters; regulators see numbers masked', async () => {
    const added = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, health);
    expect(added.status).toBe(201);
    const list = async (query = '', as: 'platformA' | 'regulator' = 'platformA') => {
      const res = await server.as(as)('GET', `/workers/${workerId}/qualifications${query}`);
      return schemas.zQualificationPage.parse(res.body).data;
    };
    expect((await list()).map((q) => q.id).sort()).toEqual([electricianId, added.body.id].sort());
    expect((await list('?type=HEALTH_CERTIFICATE')).map((q) => q.id)).toEqual([added.body.id]);
    expect((await list('?validOn=2025-07-01')).map((q) => q.id)).toEqual([electricianId]);
    const regulator = await list('?type=SPECIAL_OPERATION_CERTIFICATE', 'regulator');
    expect(regulator[0]?.certificateNumber).toBe(`T330110********${ID.slice(-4)}`);
    expect((await server.as('platformB')('GET', `/workers/${workerId}/qualifications`)).status).toBe(404);
  });

  it('lets a skill refer to a certificate on record, but not to an unknown one (422)', async () => {
    const skill = { occupationCode: '6-31-01-03', name: '电工', qualificationId: electricianId };
    const ok = await server.as('platformA')('PATCH', `/workers/${workerId}`, { skills: [skill] });
    expect(ok.status).toBe(200);
    const bad = await server.as('platformA')('PATCH', `/workers/${workerId}`, {
      skills: [{ ...skill, qualificationId: 'qlf_01J1D1ANG0NG00000000000000' }],
    });
    expect(bad.status).toBe(422);
  });
});

describe('workerQualifications.remove', () => {
  it('removes a certificate (204): it leaves lists and the worker, and skills it backed become self-declared', async () => {
    const res = await server.as('platformA')(
      'DELETE',
      `/workers/${workerId}/qualifications/${electricianId}`,
    );
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    const list = await server.as('platformA')('GET', `/workers/${workerId}/qualifications`);
    expect(list.body.data.map((q: { id: string }) => q.id)).not.toContain(electricianId);
    const worker = schemas.zWorker.parse((await server.as('platformA')('GET', `/workers/${workerId}`)).body);
    expect(worker.qualifications.map((q) => q.id)).not.toContain(electricianId);
    expect(worker.skills).toEqual([{ occupationCode: '6-31-01-03', name: '电工' }]);
  });

  it('answers 404 when removing it again and for another tenant', async () => {
    expect(
      (await server.as('platformA')('DELETE', `/workers/${workerId}/qualifications/${electricianId}`)).status,
    ).toBe(404);
    const list = await server.as('platformA')('GET', `/workers/${workerId}/qualifications`);
    const [remaining] = list.body.data as Array<{ id: string }>;
    expect(
      (await server.as('platformB')('DELETE', `/workers/${workerId}/qualifications/${remaining?.id}`)).status,
    ).toBe(404);
  });

  it('accepts the same certificate again after removal', async () => {
    const again = await server.as('platformA')('POST', `/workers/${workerId}/qualifications`, electrician);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(electricianId);
  });
});
