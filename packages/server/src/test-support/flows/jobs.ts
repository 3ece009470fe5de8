import { sql } from 'drizzle-orm';
import { residentId } from '../../domains/jobs-parties/test-fixtures.js';
import { jobBody } from '../../domains/jobs-postings/test-fixtures.js';
import type { TestServer } from '../harness.js';
import type { Parties } from './parties.js';
import { callers, ok } from './step.js';

/** What the work flows build on: a published job and an accepted application's work order. */
export interface Hiring {
  jobId: string;
  /** A job closed after publication, with no work orders. */
  closedJobId: string;
  workerIds: string[];
  assignmentId: string;
}

const place = {
  location: {
    region: '330110',
    address: '浙江省杭州市余杭区五常街道文一西路998号',
    geo: { lng: 120.301, lat: 30.421, crs: 'GCJ02' },
  },
  insuranceRequirement: { required: false },
};

/**
 * Jobs through every action (review approve and reject, fast track, pause, resume, close, cancel,
 * take-down) and applications through every decision, ending with one accepted application and
 * its work order. The fast track needs the HONEST_EMPLOYER badge, which takes a credit history;
 * the flow writes the badge into the store as the credit domain would.
 */
export async function jobsFlow(server: TestServer, parties: Parties): Promise<Hiring> {
  const [a, hr, op] = callers(server, ['platformA', 'hrAgency', 'operator'] as const);
  const create = (extra: Record<string, unknown> = {}) =>
    ok(
      a('POST', '/jobs', jobBody(parties.employerId, { ...place, gigMarketId: parties.marketId, ...extra })),
      'create job',
    );
  const job = await create({
    openings: 3,
    schedule: { startAt: '2025-07-05T08:00:00+08:00', endAt: '2025-07-09T17:00:00+08:00', dailyHours: 8 },
  });
  await ok(a('PATCH', `/jobs/${job.id}`, { tags: ['日结'] }), 'update job');
  await ok(a('POST', `/jobs/${job.id}/submit`, {}), 'submit job');
  await ok(op('POST', `/jobs/${job.id}/approve`, { reason: '要素齐全' }), 'approve job');
  await ok(a('POST', `/jobs/${job.id}/pause`, {}), 'pause job');
  await ok(a('POST', `/jobs/${job.id}/resume`, {}), 'resume job');
  await ok(server.anonymous('GET', `/jobs/${job.id}`), 'get job');
  await ok(server.anonymous('GET', '/jobs'), 'list jobs');

  const refused = await create();
  await ok(a('POST', `/jobs/${refused.id}/submit`, {}), 'submit job 2');
  await ok(
    op('POST', `/jobs/${refused.id}/reject`, { reason: '岗位描述不完整，请补充工作内容。' }),
    'reject job',
  );
  const dropped = await create();
  await ok(a('POST', `/jobs/${dropped.id}/cancel`, { reason: '业主推迟交房' }), 'cancel job');
  await server.db.execute(
    sql`UPDATE objects SET data = data || '{"badges":["HONEST_EMPLOYER"],"fastTrackEligible":true}'::jsonb WHERE id = ${parties.employerId}`,
  );
  const fast = await create();
  await ok(a('POST', `/jobs/${fast.id}/publish`, {}), 'fast-track job');
  await ok(
    op('POST', `/jobs/${fast.id}/take-down`, { reason: '经核实为虚假招聘，予以下架。' }),
    'take down job',
  );
  const closing = await create();
  await ok(a('POST', `/jobs/${closing.id}/publish`, {}), 'fast-track job 2');
  await ok(a('POST', `/jobs/${closing.id}/close`, { reason: '已招满' }), 'close job');

  const workerIds = [parties.workerId];
  for (const seq of ['331', '333', '335']) {
    const body = {
      name: '陈小明',
      idDocType: 'RESIDENT_ID',
      idNumber: residentId('19920415', seq),
      mobile: '13912345678',
    };
    workerIds.push((await ok(hr('POST', '/workers', body), 'register worker')).id);
  }
  await ok(hr('GET', `/workers/${parties.workerId}/job-matches`), 'jobs for worker');
  await ok(a('GET', `/jobs/${job.id}/candidate-matches`), 'candidates for job');
  const apps: string[] = [];
  for (const workerId of workerIds)
    apps.push(
      (await ok(hr('POST', `/jobs/${job.id}/applications`, { workerId, channel: 'ONLINE' }), 'apply')).id,
    );
  const [hired, declining, rejected, withdrawing] = apps as [string, string, string, string];
  await ok(a('GET', `/jobs/${job.id}/applications`), 'list applications');
  await ok(hr('GET', `/applications/${hired}`), 'get application');
  const offer = { payFen: 20000, startAt: '2025-07-05T08:00:00+08:00', endAt: '2025-07-05T17:00:00+08:00' };
  await ok(a('POST', `/applications/${hired}/shortlist`, {}), 'shortlist');
  await ok(a('POST', `/applications/${hired}/offer`, offer), 'offer');
  const accepted = await ok(hr('POST', `/applications/${hired}/accept`, {}), 'accept offer');
  await ok(a('POST', `/applications/${declining}/offer`, offer), 'offer 2');
  await ok(hr('POST', `/applications/${declining}/decline`, { reason: '当天另有安排' }), 'decline offer');
  await ok(
    a('POST', `/applications/${rejected}/reject`, { reason: '岗位要求持有健康证' }),
    'reject application',
  );
  await ok(
    hr('POST', `/applications/${withdrawing}/withdraw`, { reason: '时间冲突' }),
    'withdraw application',
  );
  return { jobId: job.id, closedJobId: closing.id, workerIds, assignmentId: accepted.assignmentId };
}
