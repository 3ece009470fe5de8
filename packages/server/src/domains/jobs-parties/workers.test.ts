import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { residentId, withWrongCheck, workerBody } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
const ID = residentId('19900307', '123');
let workerId: string;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('workers.create', () => {
  it('registers a worker with gender, birth date and age derived from the ID number, masked for the owner without consent', async () => {
    const res = await server.as('platformA')('POST', '/workers', workerBody(ID));
    expect(res.status).toBe(201);
    const worker = schemas.zWorker.parse(res.body);
    workerId = worker.id;
    expect(worker).toMatchObject({
      gender: 'MALE',
      age: 35,
      idNumberMasked: `330110********${ID.slice(-4)}`,
      mobileMasked: '138****5678',
      sensitivity: 'MASKED',
      identityVerification: null,
      qualifications: [],
      activeConsentPurposes: [],
      hardshipCategories: ['HARD_TO_EMPLOY'],
    });
    expect(res.body).not.toHaveProperty('idNumber');
    expect(res.body).not.toHaveProperty('birthDate');
    expect(res.body).not.toHaveProperty('mobile');
    expect(res.headers.get('location')).toBe(`/workers/${workerId}`);
  });

  it('refuses the same ID number from the same tenant with 409 naming the worker, but lets another tenant register it', async () => {
    const twin = await server.as('platformA')('POST', '/workers', workerBody(ID));
    expect(twin.status).toBe(409);
    expect(twin.body.type).toBe('https://gigmarket.org.cn/problems/conflict');
    expect(twin.body.detail).toContain(workerId);
    const other = await server.as('platformB')('POST', '/workers', workerBody(ID));
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(workerId);
  });

  it('answers 400 checksum_mismatch on a wrong check character and on gender sent for a resident ID', async () => {
    const res = await server.as('platformA')(
      'POST',
      '/workers',
      workerBody(withWrongCheck(ID), { gender: 'MALE' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/idNumber', code: 'checksum_mismatch' }),
        expect.objectContaining({ pointer: '/gender', code: 'not_allowed' }),
      ]),
    );
  });

  it('refuses a worker under 16 with 422 (劳动法 art. 15)', async () => {
    const res = await server.as('platformA')('POST', '/workers', workerBody(residentId('20120101', '124')));
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/at least 16.*劳动法/);
  });

  it('needs declared gender and birth date for a passport and masks the number as first character and last two', async () => {
    const body = workerBody('E12345678', {
      idDocType: 'PASSPORT',
      name: 'John Smith',
      hardshipCategories: [],
    });
    const missing = await server.as('platformA')('POST', '/workers', body);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/birthDate',
      '/gender',
    ]);
    const res = await server.as('platformA')('POST', '/workers', {
      ...body,
      gender: 'MALE',
      birthDate: '1985-02-01',
    });
    expect(res.status).toBe(201);
    expect(schemas.zWorker.parse(res.body)).toMatchObject({
      idNumberMasked: 'E******78',
      age: 40,
      gender: 'MALE',
    });
  });

  it('refuses a skill linked to a qualification that is not on record, and an unknown gig market, with 422', async () => {
    const skill = {
      occupationCode: '6-31-01-03',
      name: '电工',
      qualificationId: 'qlf_01J1D1ANG0NG00000000000000',
    };
    const res = await server.as('platformA')(
      'POST',
      '/workers',
      workerBody(residentId('19880101', '111'), { skills: [skill] }),
    );
    expect(res.status).toBe(422);
    const market = await server.as('platformA')(
      'POST',
      '/workers',
      workerBody(residentId('19880101', '111'), { gigMarketId: 'gmk_01J0000000000000000000000Z' }),
    );
    expect(market.status).toBe(422);
    expect(market.body.errors[0].pointer).toBe('/gigMarketId');
  });

  it('needs jobs:write (403 for a read-only client)', async () => {
    expect(
      (await server.as('readOnly')('POST', '/workers', workerBody(residentId('19880101', '113')))).status,
    ).toBe(403);
  });
});

describe('workers.get and workers.list', () => {
  it('hides the worker from another platform (404) and shows regulators a masked read with hardship categories', async () => {
    expect((await server.as('platformB')('GET', `/workers/${workerId}`)).status).toBe(404);
    const reg = await server.as('regulator')('GET', `/workers/${workerId}`);
    expect(reg.status).toBe(200);
    const worker = schemas.zWorker.parse(reg.body);
    expect(worker.sensitivity).toBe('MASKED');
    expect(worker.hardshipCategories).toEqual(['HARD_TO_EMPLOY']);
    expect(reg.body).not.toHaveProperty('idNumber');
  });

  it('lists own workers with the occupation, hardship, region and real-name filters', async () => {
    const list = async (query: string) =>
      schemas.zWorkerPage
        .parse((await server.as('platformA')('GET', `/workers?${query}`)).body)
        .data.map((w) => w.id);
    expect(await list('occupationCode=4-10-01-06')).toContain(workerId);
    expect(await list('occupationCode=6-31-01-03')).not.toContain(workerId);
    expect(await list('hardshipCategory=HARD_TO_EMPLOY')).toEqual([workerId]);
    expect(await list('region=330100')).toContain(workerId);
    expect(await list('region=140000')).toEqual([]);
    expect(await list('identityVerified=false')).toContain(workerId);
    expect(await list('identityVerified=true')).toEqual([]);
    const foreign = await server.as('platformB')('GET', '/workers');
    expect(foreign.body.data.map((w: { id: string }) => w.id)).not.toContain(workerId);
  });

  it('pages with a cursor bound to the filters', async () => {
    const first = await server.as('platformA')('GET', '/workers?limit=1');
    expect(first.body.data).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await server.as('platformA')('GET', `/workers?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
    const changed = await server.as('platformA')(
      'GET',
      `/workers?limit=1&region=330100&cursor=${first.body.nextCursor}`,
    );
    expect(changed.status).toBe(400);
  });
});

describe('workers.update', () => {
  it('merges preferences field by field and masks a new mobile number', async () => {
    const res = await server.as('platformA')('PATCH', `/workers/${workerId}`, {
      mobile: '13912345679',
      preferences: { maxDailyHours: 8 },
      residencePermitSince: '2023-05-01',
    });
    expect(res.status).toBe(200);
    const worker = schemas.zWorker.parse(res.body);
    expect(worker.mobileMasked).toBe('139****5679');
    expect(worker.preferences).toMatchObject({ occupations: ['4-10-01-06'], maxDailyHours: 8 });
    const cleared = await server.as('platformA')('PATCH', `/workers/${workerId}`, {
      residencePermitSince: null,
    });
    expect(cleared.body).not.toHaveProperty('residencePermitSince');
  });

  it('corrects the ID number before a real-name check, re-deriving gender', async () => {
    const female = residentId('19900307', '122');
    const res = await server.as('platformA')('PATCH', `/workers/${workerId}`, { idNumber: female });
    expect(res.status).toBe(200);
    expect(schemas.zWorker.parse(res.body)).toMatchObject({
      gender: 'FEMALE',
      idNumberMasked: `330110********${female.slice(-4)}`,
    });
    const bad = await server.as('platformA')('PATCH', `/workers/${workerId}`, {
      idNumber: withWrongCheck(female),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ pointer: '/idNumber', code: 'checksum_mismatch' });
  });

  it('answers 404 for another tenant and 400 for an empty patch', async () => {
    expect((await server.as('platformB')('PATCH', `/workers/${workerId}`, { name: '李四' })).status).toBe(
      404,
    );
    const empty = await server.as('platformA')('PATCH', `/workers/${workerId}`, {});
    expect(empty.status).toBe(400);
  });
});

describe('workers.verifyIdentity', () => {
  it('records the check without changing anything else, and then fixes name and ID number (422)', async () => {
    const res = await server.as('platformA')('POST', `/workers/${workerId}/verify-identity`, {
      method: 'SOCIAL_SECURITY_CARD',
      verifiedAt: '2025-07-01T08:30:00+08:00',
      providerReference: 'SSC-330100-20250701-000731',
    });
    expect(res.status).toBe(200);
    const worker = schemas.zWorker.parse(res.body);
    expect(worker.identityVerification).toEqual({
      method: 'SOCIAL_SECURITY_CARD',
      verifiedAt: '2025-07-01T08:30:00+08:00',
      verifiedBy: 'ten_01J0PA0000000000000000000A',
      providerReference: 'SSC-330100-20250701-000731',
    });
    const rename = await server.as('platformA')('PATCH', `/workers/${workerId}`, { name: '王建军' });
    expect(rename.status).toBe(422);
    const verified = await server.as('platformA')('GET', '/workers?identityVerified=true');
    expect(verified.body.data.map((w: { id: string }) => w.id)).toEqual([workerId]);
  });

  it('refuses a check from the future or older than 24 hours, and SOCIAL_SECURITY_CARD for a passport (422)', async () => {
    const future = await server.as('platformA')('POST', `/workers/${workerId}/verify-identity`, {
      method: 'ID_OCR_FACE',
      verifiedAt: '2025-07-01T10:00:00+08:00',
    });
    expect(future.status).toBe(422);
    const old = await server.as('platformA')('POST', `/workers/${workerId}/verify-identity`, {
      method: 'ID_OCR_FACE',
      verifiedAt: '2025-06-29T09:00:00+08:00',
    });
    expect(old.status).toBe(422);
    const passport = await server.as('platformA')('GET', '/workers');
    const holder = passport.body.data.find((w: { idDocType: string }) => w.idDocType === 'PASSPORT');
    const ssc = await server.as('platformA')('POST', `/workers/${holder.id}/verify-identity`, {
      method: 'SOCIAL_SECURITY_CARD',
    });
    expect(ssc.status).toBe(422);
    const face = await server.as('platformA')('POST', `/workers/${holder.id}/verify-identity`, {
      method: 'ID_OCR_FACE',
    });
    expect(face.body.identityVerification.verifiedAt).toBe('2025-07-01T09:00:00+08:00');
  });

  it("answers 404 for another tenant's worker and 400 for an unknown method", async () => {
    expect(
      (await server.as('platformB')('POST', `/workers/${workerId}/verify-identity`, { method: 'GOV_APP' }))
        .status,
    ).toBe(404);
    const bad = await server.as('platformA')('POST', `/workers/${workerId}/verify-identity`, {
      method: 'PHONE_CALL',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/method');
  });
});
