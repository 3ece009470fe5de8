import { ensure, type RunContext } from '../context.js';
import { jobBody } from '../fixtures/bodies.js';
import { approvedEmployer, newWorker } from '../fixtures/objects.js';
import { addHours, shanghai, targetNow } from '../fixtures/time.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const ASSIGNMENT = () => stateMachine('Assignment');
const GEO = { lng: 112.357, lat: 37.608, crs: 'GCJ02' };
const MINUTE = 60_000;

/**
 * A PUBLISHED job whose work starts 15 minutes from the target's now (check-in opens 30 minutes
 * before the start in the reference rules), shared by the work-order walks. Oral part-time
 * agreement without insurance, so its work orders need neither a contract nor a policy.
 */
function startingJob(ctx: RunContext): Promise<Resource> {
  const employerPromise = approvedEmployer(ctx);
  return ctx.once('publishedJob:work-orders', async () => {
    const employer = await employerPromise;
    const now = await targetNow(ctx);
    const start = new Date(now.getTime() + 15 * MINUTE);
    const body = {
      ...jobBody(employer.id, now),
      openings: 20,
      schedule: { startAt: shanghai(start), endAt: shanghai(addHours(start, 4)), dailyHours: 4 },
    };
    const job = await call(ctx, 'jobs.create', { body });
    await call(ctx, 'jobs.submit', { path: { jobId: job.id }, body: {} });
    return call(ctx, 'jobs.approve', { path: { jobId: job.id }, body: {} }, 'reviewer');
  });
}

/**
 * The work order of a new worker hired on the starting job: application, offer for the whole
 * schedule (expiring before the start), acceptance; read back through assignments.get.
 */
export async function newWorkOrder(ctx: RunContext): Promise<Resource> {
  const job = await startingJob(ctx);
  const worker = await newWorker(ctx);
  const application = await call(ctx, 'applications.create', {
    path: { jobId: job.id },
    body: { workerId: worker.id, channel: 'ONLINE' },
  });
  const schedule = job.schedule as { startAt: string };
  const now = await targetNow(ctx);
  await call(ctx, 'applications.offer', {
    path: { applicationId: application.id },
    body: {
      payFen: 20000,
      startAt: schedule.startAt,
      expiresAt: shanghai(new Date(now.getTime() + 10 * MINUTE)),
    },
  });
  const accepted = await call(ctx, 'applications.accept', { path: { applicationId: application.id } });
  ensure(
    typeof accepted.assignmentId === 'string',
    `accepting application ${accepted.id} must name its assignmentId.`,
  );
  return call(ctx, 'assignments.get', { path: { assignmentId: accepted.assignmentId } });
}

/** Walks a READY work order to COMPLETED_PENDING_CONFIRMATION: check-in, check-out, submit. */
export async function workedOrder(ctx: RunContext, order: Resource): Promise<Resource> {
  const machine = ASSIGNMENT();
  // With neither a contract nor insurance required, CONFIRMED → READY happens at once.
  ensure(
    order.status === 'READY',
    `work order ${order.id} needs neither a contract nor a policy, so it must be READY, not ${order.status}.`,
  );
  const now = await targetNow(ctx);
  let asg = await step(ctx, machine, order, 'assignments.checkIn', { at: shanghai(now), geo: GEO });
  asg = await step(ctx, machine, asg, 'assignments.checkOut', {
    at: shanghai(new Date(now.getTime() + 2 * MINUTE)),
    geo: GEO,
  });
  return step(ctx, machine, asg, 'assignments.submit', { completionNote: '已完成开荒保洁' });
}

/** Level 2: work orders after CONFIRMED (AssignmentStatus, docs/domains/jobs-work-orders.md). */
export const workOrderChecks: Check[] = [
  {
    id: 'JOB-ASG-001',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title:
      'A work order walks READY → IN_PROGRESS → COMPLETED_PENDING_CONFIRMATION → ACCEPTED (check-in, check-out, submit, confirm)',
    spec: 'domains/jobs-work-orders.md',
    run: async (ctx) => {
      const submitted = await workedOrder(ctx, await newWorkOrder(ctx));
      await step(ctx, ASSIGNMENT(), submitted, 'assignments.confirm');
    },
  },
  {
    id: 'JOB-ASG-002',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Disputing submitted work answers DISPUTED and opens a dispute linked on the work order',
    spec: 'domains/jobs-work-orders.md',
    run: async (ctx) => {
      const submitted = await workedOrder(ctx, await newWorkOrder(ctx));
      const disputed = await step(ctx, ASSIGNMENT(), submitted, 'assignments.dispute', {
        reason: '卫生间未清洁',
        category: 'QUALITY',
      });
      ensure(
        typeof disputed.disputeId === 'string',
        `the DISPUTED work order ${disputed.id} must name the disputeId it opened.`,
      );
      const dispute = await call(ctx, 'disputes.get', { path: { disputeId: disputed.disputeId } });
      ensure(
        dispute.assignmentId === disputed.id && dispute.status === 'OPEN',
        `dispute ${dispute.id} must be OPEN on work order ${disputed.id}, not ${dispute.status} on ${dispute.assignmentId}.`,
      );
    },
  },
  {
    id: 'JOB-ASG-003',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title:
      'Confirming work not submitted, or checking in to a cancelled order, is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      const machine = ASSIGNMENT();
      const ready = await newWorkOrder(ctx);
      await refuseIllegal(ctx, machine, ready, 'assignments.confirm', 'assignments.get');
      const cancelled = await step(ctx, machine, ready, 'assignments.cancel', {
        reason: '业主临时出差',
        actingAs: 'EMPLOYER',
      });
      ensure(
        cancelled.status === 'CANCELLED_BY_EMPLOYER',
        `cancelling as the employer must answer CANCELLED_BY_EMPLOYER, not ${cancelled.status}.`,
      );
      await refuseIllegal(ctx, machine, cancelled, 'assignments.checkIn', 'assignments.get', {
        at: shanghai(await targetNow(ctx)),
        geo: GEO,
      });
    },
  },
];
