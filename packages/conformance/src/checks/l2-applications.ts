import { ensure } from '../context.js';
import { offerBody } from '../fixtures/bodies.js';
import { newWorker, publishedJob } from '../fixtures/objects.js';
import { targetNow } from '../fixtures/time.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const APPLICATION = () => stateMachine('Application');

/** A new SUBMITTED application of a new worker to the shared published job. */
async function apply(ctx: Parameters<Check['run']>[0]): Promise<Resource> {
  const job = await publishedJob(ctx, 'applications');
  const worker = await newWorker(ctx);
  const application = await call(ctx, 'applications.create', {
    path: { jobId: job.id },
    body: { workerId: worker.id, channel: 'ONLINE', message: '做过两年家政保洁，有空。' },
  });
  ensure(
    application.status === 'SUBMITTED',
    `applications.create must answer SUBMITTED, not ${application.status}.`,
  );
  return application;
}

/** Level 2: applications and their side effect, the work order (docs/domains/jobs-postings.md). */
export const applicationChecks: Check[] = [
  {
    id: 'JOB-APP-001',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'An application walks SUBMITTED → SHORTLISTED → OFFERED → ACCEPTED through its actions',
    spec: 'domains/jobs-postings.md',
    run: async (ctx) => {
      const machine = APPLICATION();
      let application = await apply(ctx);
      application = await step(ctx, machine, application, 'applications.shortlist');
      application = await step(
        ctx,
        machine,
        application,
        'applications.offer',
        offerBody(await targetNow(ctx)),
      );
      application = await step(ctx, machine, application, 'applications.accept');
      await ctx.once<Resource | undefined>('acceptedApplication', async () => application);
    },
  },
  {
    id: 'JOB-APP-002',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Accepting an offer creates the work order (assignment) with the offered pay',
    spec: 'conformance.md#level-2-lifecycles',
    run: async (ctx) => {
      const accepted = await ctx.once<Resource | undefined>('acceptedApplication', async () => undefined);
      if (!accepted) return ctx.skip('JOB-APP-001 did not reach ACCEPTED.');
      ensure(
        typeof accepted.assignmentId === 'string',
        'an ACCEPTED application must name its assignmentId.',
      );
      const assignment = await call(ctx, 'assignments.get', {
        path: { assignmentId: accepted.assignmentId },
      });
      ensure(
        assignment.applicationId === accepted.id,
        `assignment ${assignment.id} must name application ${accepted.id}.`,
      );
      ensure(
        assignment.agreedPayFen === 20000,
        `agreedPayFen must be the offered 20000, not ${assignment.agreedPayFen}.`,
      );
    },
  },
  {
    id: 'JOB-APP-003',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Withdrawing answers WITHDRAWN; withdrawing or accepting where the spec forbids it is refused 409',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      const machine = APPLICATION();
      const submitted = await apply(ctx);
      await refuseIllegal(ctx, machine, submitted, 'applications.accept', 'applications.get');
      const withdrawn = await step(ctx, machine, submitted, 'applications.withdraw', {
        reason: '已找到其他工作',
      });
      await refuseIllegal(ctx, machine, withdrawn, 'applications.withdraw', 'applications.get');
    },
  },
];
