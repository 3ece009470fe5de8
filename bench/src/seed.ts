/**
 * Seeds the bench city: parties as store rows, one job created and published through the API as
 * the template, 100,000 open clones of it in bulk, and a pool of filled jobs each with one submitted
 * assignment for the escrow flow (one escrow per job, so every flow needs a job of its own).
 */

import type { Database } from '@gigmarket/server';
import { shanghaiIso } from '@gigmarket/server';
import type { Hono } from 'hono';
import { BENCH_CLIENT } from './clients.js';
import { prefixedId, prng } from './ids.js';
import { cloneJobs } from './jobs.js';
import { employerData, workerData } from './parties.js';
import { analyze, insertRows, objectRow, readRow } from './store.js';

type Data = Record<string, unknown>;

/** What the load scenarios need to know of the seeded data. */
export interface SeededCity {
  workerId: string;
  /** Ids of open jobs, for `GET /jobs/{id}`. */
  jobIds: string[];
  /** Filled jobs with a submitted assignment, each good for one create → fund → hold → release flow. */
  escrowPool: Array<{ jobId: string; employerId: string; amountFen: number }>;
  openJobs: number;
}

async function call(app: Hono, method: string, path: string, body?: unknown): Promise<Data> {
  const res = await app.request(`/v1${path}`, {
    method,
    headers: { 'X-Api-Key': BENCH_CLIENT.apiKey, 'Content-Type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json()) as Data;
  if (res.status >= 300)
    throw new Error(`bench seed: ${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Seeds `openJobs` open jobs and `poolSize` escrow-ready jobs. */
export async function seedCity(
  app: Hono,
  db: Database,
  openJobs: number,
  poolSize: number,
): Promise<SeededCity> {
  const random = prng(20250701);
  const now = new Date();
  const at = shanghaiIso(now);
  const tenant = BENCH_CLIENT.tenantId;
  const employerId = prefixedId('emp', now.getTime(), random);
  const workerId = prefixedId('wkr', now.getTime(), random);
  await insertRows(db, [
    objectRow('Employer', tenant, employerData(employerId, tenant, tenant, at), 'APPROVED', at),
    objectRow('Worker', tenant, workerData(workerId, tenant, at), null, at),
  ]);
  const day = (offset: number, time: string) =>
    `${shanghaiIso(new Date(now.getTime() + offset * 86_400_000)).slice(0, 10)}T${time}+08:00`;
  const created = await call(app, 'POST', '/jobs', {
    employerId,
    title: '小区开荒保洁（日结）',
    description:
      '新交付小区住宅开荒保洁：清理装修垃圾、擦洗门窗玻璃、清洁厨卫和地面。公司提供清洁工具和耗材，中午包一餐。',
    occupationCode: '4-10-01-06',
    occupationEdition: '2015',
    workType: '家务服务员',
    jobType: 'DAY_LABOUR',
    employmentForm: 'SERVICE_CONTRACT',
    openings: 3,
    requirements: {
      summary: '身体健康，能吃苦耐劳，有保洁或家政经验者优先；自带工作服。',
      ageMin: 18,
      ageMax: 60,
    },
    location: {
      region: '140121',
      address: '山西省太原市清徐县清源镇文源路18号',
      geo: { lng: 112.357, lat: 37.608, crs: 'GCJ02' },
    },
    schedule: { startAt: day(3, '08:00:00'), endAt: day(3, '17:00:00'), dailyHours: 8 },
    pay: { unit: 'PER_DAY', rateFen: 20000, estimatedTotalFen: 20000, payCycle: 'DAILY' },
    insuranceRequirement: { required: true, payer: 'EMPLOYER', minSumInsuredFen: 60000000 },
    escrowRequired: false,
    validThrough: day(2, '18:00:00'),
    tags: ['日结', '包午餐'],
  });
  await call(app, 'POST', `/jobs/${String(created.id)}/publish`, {});
  const template = await readRow(db, String(created.id));
  const open = cloneJobs(template, openJobs, { seed: 1 });
  await insertRows(db, open);
  const filled = cloneJobs(template, poolSize, {
    seed: 2,
    overrides: (data) => ({
      status: 'FILLED',
      isPublic: false,
      data: { ...data, status: 'FILLED', openings: 1, openingsFilled: 1 },
    }),
  });
  const assignments = filled.map((job) => {
    const data = job.data as Data;
    const schedule = data.schedule as Data;
    const assignment = {
      id: prefixedId('asg', now.getTime(), random),
      jobId: job.id,
      workerId,
      employerId,
      agreedPayFen: (data.pay as Data).rateFen,
      escrowId: null,
      plannedStart: schedule.startAt,
      plannedEnd: schedule.endAt,
      submittedAt: at,
      autoAcceptAt: null,
    };
    return objectRow('Assignment', tenant, assignment, 'COMPLETED_PENDING_CONFIRMATION', at);
  });
  await insertRows(db, [...filled, ...assignments]);
  // A commission rule in force, as a running market has one: release computes the commission.
  await call(app, 'POST', '/commission-rules', {
    name: '家政服务订单抽成规则',
    scope: {},
    rateBps: 1000,
    capBps: 1500,
    fixedFeeFen: 0,
    // A rule may not start in the past (E17): one second from now, in force before any flow runs.
    effectiveFrom: shanghaiIso(new Date(Date.now() + 1000)),
  });
  await analyze(db);
  return {
    workerId,
    jobIds: open.filter((_, i) => i % 97 === 0).map((j) => j.id as string),
    escrowPool: filled.map((j) => ({
      jobId: j.id as string,
      employerId,
      amountFen: Number(((j.data as Data).pay as Data).rateFen),
    })),
    openJobs: openJobs + 1,
  };
}
