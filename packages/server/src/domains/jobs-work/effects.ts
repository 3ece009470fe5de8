import type { OperationContext } from '../../context.js';
import { insertObject } from '../../store/objects.js';
import { assignmentTenancy, prerequisitesMet } from './assignment-model.js';

type Data = Record<string, unknown>;

/**
 * Inserts the first work order of an accepted application from the employer's offer
 * (docs/domains/jobs-work-orders.md "Creation"; called by `applications.accept`). The job, worker
 * and employer come from the application and its job; pay and period from `application.offer`.
 * It is `CONFIRMED`, or `READY` at once when neither a contract nor insurance is required.
 * The employer side (the job's tenant) owns it; the worker side (the worker's registering tenant)
 * is a party. Returns the Assignment as `assignments.get` answers it.
 */
export async function createAssignmentForApplication(
  ctx: OperationContext,
  application: Data,
  job: Data,
): Promise<Data> {
  const offer = (application.offer ?? {}) as { payFen?: number; startAt?: string; endAt?: string };
  const schedule = (job.schedule ?? {}) as { startAt?: string; endAt?: string };
  const data = newAssignmentData(application, job, {
    plannedStart: offer.startAt ?? schedule.startAt,
    plannedEnd: offer.endAt ?? schedule.endAt,
    agreedPayFen: offer.payFen ?? 0,
    allowanceMinutes: 0,
    escrowId: (job.escrowId as string | null | undefined) ?? null,
  });
  const id = ctx.newId('asg');
  const status = prerequisitesMet(data) ? 'READY' : 'CONFIRMED';
  const tenancy = await assignmentTenancy(ctx, application, job);
  const row = await insertObject(ctx.tx, {
    id,
    type: 'Assignment',
    tenantId: tenancy.employerTenantId,
    partyTenantIds: tenancy.workerTenantId === tenancy.employerTenantId ? [] : [tenancy.workerTenantId],
    isPublic: false,
    status,
    data: { id, ...data, status, createdAt: ctx.now, updatedAt: ctx.now },
    internal: tenancy,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return row.data as Data;
}

/** The fields of a new work order that come from the application and its job (never from the client). */
export function newAssignmentData(
  application: Data,
  job: Data,
  period: {
    plannedStart: unknown;
    plannedEnd: unknown;
    agreedPayFen: unknown;
    allowanceMinutes: unknown;
    escrowId: unknown;
    metadata?: unknown;
  },
): Data {
  const agreementType = job.agreementType as string | undefined;
  const insurance = job.insuranceRequirement as { required?: boolean } | undefined;
  return {
    jobId: job.id ?? application.jobId,
    workerId: application.workerId,
    employerId: job.employerId ?? application.employerId,
    applicationId: application.id,
    contractId: null,
    ...(agreementType ? { agreementType } : {}),
    ...(job.employmentForm ? { employmentForm: job.employmentForm } : {}),
    plannedStart: period.plannedStart,
    plannedEnd: period.plannedEnd,
    checkIn: null,
    checkOut: null,
    orderTimeMinutes: null,
    allowanceMinutes: period.allowanceMinutes,
    workingTimeMinutes: null,
    agreedPayFen: period.agreedPayFen,
    escrowId: period.escrowId,
    policyIds: [],
    disputeId: null,
    // ORAL_PART_TIME has no document to sign (劳动合同法 art. 69, E10).
    contractRequired: agreementType !== 'ORAL_PART_TIME',
    insuranceRequired: insurance?.required === true,
    submittedAt: null,
    completionNote: null,
    autoAcceptAt: null,
    acceptedAt: null,
    acceptedBy: null,
    cancellation: null,
    ...(period.metadata ? { metadata: period.metadata } : {}),
  };
}

/** For the settlement domain: a settled work order ends its signed contract (`PERFORMED`). */
export { endContractsOf } from './contract-lifecycle.js';
/** For the insurance domain: a bound policy may complete a work order's prerequisites (CONFIRMED → READY). */
export { promoteIfReady } from './readiness.js';
/** For the settlement domain: ACCEPTED (or DISPUTED, ENDED_BY_INCIDENT) → SETTLED with its effects. */
export { settleWorkOrder } from './work-order-settled.js';
