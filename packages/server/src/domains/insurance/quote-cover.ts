import type { OperationContext } from '../../context.js';
import { notFound, ruleViolation } from '../../http/problem.js';
import { findById } from '../../store/objects.js';
import {
  addDays,
  addMonths,
  before,
  type Data,
  fieldProblem,
  findReferenced,
  shanghaiDay,
  startOfDay,
} from './support.js';
import { type WorkerFacts, workerFacts } from './workers.js';

/** What a quote covers: whom, when, at which risk class, where. */
export interface Cover {
  worker: WorkerFacts;
  assignmentId: string | null;
  coverageDate: string | null;
  coverageStart: string;
  coverageEnd: string;
  riskClass: string;
  region: string;
}

const CLASS_ORDER = ['1', '2', '3', '4', '5', '6', 'UNINSURABLE'];

/** Cover for a work order: the worker, window and class come from the order and its job. */
async function orderCover(ctx: OperationContext, product: Data, body: Data): Promise<Cover> {
  if (product.premiumBasis !== 'PER_ORDER')
    throw ruleViolation(
      `Product ${product.id} is ${product.premiumBasis} cover; quote it with workerId, not a work order.`,
    );
  const assignment = (await findReferenced(ctx, 'Assignment', body.assignmentId as string, 'assignment'))
    .data as Data;
  if (assignment.status !== 'CONFIRMED' || !before(ctx.now, assignment.plannedStart as string))
    throw ruleViolation(
      `Per-order cover is quoted for a CONFIRMED work order that has not started; assignment ${assignment.id} is ${assignment.status} and starts ${assignment.plannedStart}.`,
    );
  const job = (await findById(ctx.tx, assignment.jobId as string))?.data as Data | undefined;
  const jobClass = job?.riskClass as string | undefined;
  const requested = body.riskClass as string | undefined;
  if (jobClass && requested && CLASS_ORDER.indexOf(requested) < CLASS_ORDER.indexOf(jobClass))
    throw ruleViolation(
      `The job's risk class is ${jobClass}; a quote may raise it but never lower it to ${requested} (docs/domains/insurance.md §Quotes).`,
    );
  const riskClass = requested ?? jobClass;
  if (!riskClass) throw fieldProblem('/riskClass', 'the job has no risk class; send riskClass');
  const occupations = product.occupationCodes as string[] | undefined;
  if (occupations && job && !occupations.includes(job.occupationCode as string))
    throw ruleViolation(`Product ${product.id} does not insure occupation ${job.occupationCode}.`);
  const workerRow = await findById(ctx.tx, assignment.workerId as string);
  if (!workerRow) throw notFound('worker', assignment.workerId as string);
  const worker = workerFacts(workerRow);
  const location = job?.location as { region?: string } | undefined;
  return {
    worker,
    assignmentId: assignment.id as string,
    coverageDate: null,
    coverageStart: assignment.plannedStart as string,
    coverageEnd: assignment.plannedEnd as string,
    riskClass,
    region: location?.region ?? worker.region ?? ctx.config.region,
  };
}

/** Cover of the worker's own: a day, a month from `coverageStart`, or a project period. */
async function ownCover(ctx: OperationContext, product: Data, body: Data): Promise<Cover> {
  const worker = workerFacts(await findReferenced(ctx, 'Worker', body.workerId as string, 'worker'));
  if (!body.riskClass) throw fieldProblem('/riskClass', 'required with workerId');
  let start: string;
  let end: string;
  let coverageDate: string | null = null;
  if (product.premiumBasis === 'PER_ORDER') {
    throw ruleViolation(
      `Product ${product.id} is per-order cover; quote it with the work order's assignmentId.`,
    );
  } else if (product.premiumBasis === 'PER_DAY') {
    if (!body.coverageDate) throw fieldProblem('/coverageDate', 'required for PER_DAY products');
    coverageDate = body.coverageDate as string;
    if (coverageDate < shanghaiDay(ctx.now))
      throw ruleViolation(`Day cover is for today or later; ${coverageDate} has passed.`);
    start = startOfDay(coverageDate);
    end = addDays(start, 1);
  } else {
    if (!body.coverageStart)
      throw fieldProblem('/coverageStart', `required for ${product.premiumBasis} products`);
    start = body.coverageStart as string;
    if (product.premiumBasis === 'PER_MONTH') end = addMonths(start, 1);
    else if (!body.coverageEnd) throw fieldProblem('/coverageEnd', 'required for PER_PROJECT products');
    else end = body.coverageEnd as string;
    if (before(start, ctx.now)) throw ruleViolation(`Cover starts now or later; ${start} has passed.`);
    if (!before(start, end)) throw ruleViolation(`coverageEnd ${end} is not after coverageStart ${start}.`);
  }
  return {
    worker,
    assignmentId: null,
    coverageDate,
    coverageStart: start,
    coverageEnd: end,
    riskClass: body.riskClass as string,
    region: worker.region ?? ctx.config.region,
  };
}

/** The cover a quote request asks for; exactly one of `assignmentId` and `workerId` (else `400`). */
export async function resolveCover(ctx: OperationContext, product: Data, body: Data): Promise<Cover> {
  if (Boolean(body.assignmentId) === Boolean(body.workerId))
    throw fieldProblem('/assignmentId', 'give exactly one of assignmentId and workerId', 'one_of');
  return body.assignmentId ? orderCover(ctx, product, body) : ownCover(ctx, product, body);
}
