import { schemas } from '@gigmarket/jobs/validation';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findById, saveObject } from '../../store/objects.js';
import { events } from '../../store/schema.js';
import { startTestServer } from '../../test-support/harness.js';
import { createAssignmentForApplication } from './effects.js';
import { effectContext, key, seedEngagement } from './test-fixtures.js';

// No mocks: settlement, postings and credit run their real effects, as in production.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const geo = { lng: 120.302, lat: 30.421, crs: 'GCJ02' };
const A = () => server.as('platformA');
const B = () => server.as('platformB');
const at = (iso: string) => server.setNow(new Date(iso));
/** The job as stored (the seeded job carries only what work orders need, not a whole posting). */
const jobOf = async (jobId: string) => {
  const row = await findById(server.db, jobId);
  return {
    status: row?.status,
    statusReason: (row?.data as { statusReason?: string } | undefined)?.statusReason,
  };
};

/** A job without escrow, FILLED with `openings` work orders planned from 2025-07-02 08:00–12:00 (+08:00) on. */
async function filledJob(openings: number, job: Parameters<typeof seedEngagement>[1] = {}) {
  at('2025-07-01T01:00:00Z');
  const e = await seedEngagement(server.db, job);
  const ids: string[] = [];
  // The i-th work order is planned i days later, so that the later ones are still ahead.
  for (let i = 0; i < openings; i++) {
    const day = `2025-07-0${2 + i}`;
    const offer = {
      ...(e.application.offer as object),
      startAt: `${day}T08:00:00+08:00`,
      endAt: `${day}T12:00:00+08:00`,
    };
    const created = await createAssignmentForApplication(
      effectContext(server.db),
      { ...e.application, offer },
      e.job,
    );
    ids.push(created.id as string);
  }
  const row = await findById(server.db, e.jobId);
  if (!row) throw new Error('job not seeded');
  const data = {
    ...(row.data as object),
    openings,
    openingsFilled: openings,
    validThrough: '2025-07-31T18:00:00+08:00',
  };
  await saveObject(server.db, row, { data, status: 'FILLED' }, '2025-07-01T09:00:00+08:00');
  return { ...e, ids };
}

/** Checks in, checks out and submits a READY work order, then the employer confirms it. */
async function workAndConfirm(id: string) {
  at('2025-07-02T00:00:00Z');
  expect(
    (await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T08:00:00+08:00', geo })).status,
  ).toBe(200);
  at('2025-07-02T04:00:00Z');
  await B()('POST', `/assignments/${id}/check-out`, { at: '2025-07-02T12:00:00+08:00', geo });
  expect((await B()('POST', `/assignments/${id}/submit`, {})).status).toBe(200);
  const confirmed = await A()('POST', `/assignments/${id}/confirm`, {}, key());
  expect(confirmed.body).toMatchObject({ status: 'ACCEPTED', escrowId: null });
}

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

describe('settling work without escrow', () => {
  it('settles accepted work no escrow covers, terminates its signed contract as PERFORMED and closes the FILLED job', async () => {
    const job = await filledJob(1);
    const [id] = job.ids as [string];
    const created = await A()('POST', '/contracts', {
      assignmentId: id,
      agreementType: 'SERVICE_AGREEMENT',
      templateId: 'ZJ-HZ-YH-LABOUR-SERVICE',
    });
    const contract = schemas.zContract.parse(created.body);
    await A()('POST', '/sandbox/clock/advance', { by: '1s' });
    await A()('POST', `/contracts/${contract.id}/sign`, signature('EMPLOYER', contract.documentHash));
    await B()('POST', `/contracts/${contract.id}/sign`, signature('WORKER', contract.documentHash));
    expect((await B()('GET', `/assignments/${id}`)).body.status).toBe('READY');
    await workAndConfirm(id);
    // The side effect runs with the server's next sweep (within a minute, conventions §8).
    await A()('POST', '/sandbox/clock/advance', { by: '1m' });

    expect(schemas.zAssignment.parse((await B()('GET', `/assignments/${id}`)).body).status).toBe('SETTLED');
    const ended = schemas.zContract.parse((await B()('GET', `/contracts/${contract.id}`)).body);
    expect(ended).toMatchObject({ status: 'TERMINATED', termination: { type: 'PERFORMED' } });
    expect(ended.terminatedAt).toBeTruthy();
    expect(ended.retainUntil).toBe('2027-07-02');
    expect(await jobOf(job.jobId)).toEqual({
      status: 'CLOSED',
      statusReason: 'Every work order of the job has ended.',
    });
    const feed = await server.db.select().from(events).where(eq(events.objectId, job.jobId));
    expect(feed.map((e) => e.type)).toEqual(['job.closed']);
  });

  it('closes a FILLED job only when its last work order ends, also when that one is called off', async () => {
    const job = await filledJob(2, { agreementType: 'ORAL_PART_TIME', employmentForm: 'PART_TIME_LABOUR' });
    const [worked, spare] = job.ids as [string, string];
    await workAndConfirm(worked);
    await A()('POST', '/sandbox/clock/advance', { by: '1m' });
    expect((await B()('GET', `/assignments/${worked}`)).body.status).toBe('SETTLED');
    expect((await jobOf(job.jobId)).status).toBe('FILLED');
    // The spare order is called off in time: nothing is left running, so the job closes at once.
    const res = await B()('POST', `/assignments/${spare}/cancel`, { reason: '另有安排' }, key());
    expect(res.body.status).toBe('CANCELLED_BY_WORKER');
    expect((await jobOf(job.jobId)).status).toBe('CLOSED');
  });

  it('leaves a FILLED job whose work was all called off before validThrough for its openings to be freed', async () => {
    const job = await filledJob(1, { agreementType: 'ORAL_PART_TIME', employmentForm: 'PART_TIME_LABOUR' });
    const [id] = job.ids as [string];
    expect((await B()('POST', `/assignments/${id}/cancel`, {}, key())).body.status).toBe(
      'CANCELLED_BY_WORKER',
    );
    expect((await jobOf(job.jobId)).status).toBe('FILLED');
  });
});
