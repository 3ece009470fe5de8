import { ensure } from '../context.js';
import { jobBody } from '../fixtures/bodies.js';
import { approvedEmployer, draftJob } from '../fixtures/objects.js';
import { targetNow } from '../fixtures/time.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const JOB = () => stateMachine('Job');

/** Level 2: the job posting lifecycle (JobStatus, docs/domains/jobs-postings.md). */
export const jobLifecycleChecks: Check[] = [
  {
    id: 'JOB-JOB-001',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'A job walks DRAFT → PENDING_REVIEW → PUBLISHED → PAUSED → PUBLISHED → CLOSED through its actions',
    spec: 'domains/jobs-postings.md',
    run: async (ctx) => {
      const machine = JOB();
      const employer = await approvedEmployer(ctx);
      let job = await call(ctx, 'jobs.create', { body: jobBody(employer.id, await targetNow(ctx)) });
      ensure(job.status === 'DRAFT', `jobs.create must answer a DRAFT, not ${job.status}.`);
      job = await step(ctx, machine, job, 'jobs.submit');
      job = await step(ctx, machine, job, 'jobs.approve', { reason: '要素齐全' }, 'reviewer');
      job = await step(ctx, machine, job, 'jobs.pause');
      job = await step(ctx, machine, job, 'jobs.resume');
      job = await step(ctx, machine, job, 'jobs.close', { reason: '招满，停止招聘' });
      await ctx.once<Resource | undefined>('closedJob', async () => job);
    },
  },
  {
    id: 'JOB-JOB-002',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Cancelling a DRAFT answers the job CANCELLED, as declared',
    spec: 'domains/jobs-postings.md',
    run: async (ctx) => {
      const machine = JOB();
      // Needs no reviewer, so every level-2 target walks at least one job transition.
      await step(ctx, machine, await draftJob(ctx), 'jobs.cancel', { reason: '活动取消' });
    },
  },
  {
    id: 'JOB-JOB-003',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title:
      'Illegal job actions (pause a DRAFT, resume a CLOSED job) are refused 409 invalid-transition and change nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      const machine = JOB();
      await refuseIllegal(ctx, machine, await draftJob(ctx), 'jobs.pause', 'jobs.get');
      const closed = await ctx.once<Resource | undefined>('closedJob', async () => undefined);
      if (!closed) return ctx.skip('JOB-JOB-001 did not reach CLOSED, so there is no closed job to resume.');
      await refuseIllegal(ctx, machine, closed, 'jobs.resume', 'jobs.get');
    },
  },
];
