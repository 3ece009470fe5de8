import { asc, eq } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { Created } from '../../operations/definitions.js';
import { findById, type ObjectRow, saveObject } from '../../store/objects.js';
import { credentials } from '../../store/schema.js';
import { addMonths, before, type Data, fieldProblem, findReferenced, shanghaiDay } from './support.js';

/** Claim deadlines: 2 years for commercial claims (保险法 art. 26, VERIFY), 1 year for statutory ones (DOMAIN.md §3.5). */
const CLAIM_DEADLINE_MONTHS = { COMMERCIAL: 24, OIP: 12, WORK_INJURY: 12 } as const;

/** Who reported: the worker through the worker's app, otherwise the calling tenant. */
export const reporterOf = (ctx: OperationContext, workerId: string) =>
  ctx.caller?.role === 'worker_app'
    ? { type: 'WORKER', id: workerId }
    : { type: 'TENANT', id: ctx.caller?.tenantId as string };

/** A document as attached: the caller's description plus when and by whom. */
export const attached = (ctx: OperationContext, doc: Data, workerId: string) => ({
  ...doc,
  uploadedAt: ctx.now,
  uploadedBy: reporterOf(ctx, workerId),
});

/**
 * The social-insurance agency that handles statutory claims: this deployment's labour-bureau
 * (regulator) tenant, or the calling regulator itself. A commissioned insurer (全流程委托, E4) is
 * a regional arrangement this server has no table for yet.
 */
async function statutoryHandler(ctx: OperationContext) {
  if (ctx.caller?.role === 'regulator') return { tenantId: ctx.caller.tenantId, name: ctx.caller.tenantName };
  const [agency] = await ctx.tx
    .select({ tenantId: credentials.tenantId, name: credentials.tenantName })
    .from(credentials)
    .where(eq(credentials.role, 'regulator'))
    .orderBy(asc(credentials.clientId))
    .limit(1);
  if (!agency)
    throw ruleViolation(
      'No social-insurance agency is configured on this server to handle statutory claims.',
    );
  return { tenantId: agency.tenantId, name: agency.name.slice(0, 100) };
}

/** The cover a report names, checked against the incident: the handler and who else is a party. */
async function coverOf(ctx: OperationContext, body: Data) {
  const incidentAt = body.incidentAt as string;
  if (body.scheme === 'COMMERCIAL') {
    if (!body.policyId) throw fieldProblem('/policyId', 'required for COMMERCIAL claims');
    const policyRow = await findReferenced(
      ctx,
      'InsurancePolicy',
      body.policyId as string,
      'insurance policy',
      true,
    );
    const policy = policyRow.data as Data;
    if (policy.insuredWorkerId !== body.workerId)
      throw ruleViolation(
        `Policy ${policyRow.id} insures worker ${policy.insuredWorkerId}, not ${body.workerId}.`,
      );
    if (
      policyRow.status === 'CANCELLED' ||
      before(incidentAt, policy.coverageStart as string) ||
      !before(incidentAt, policy.coverageEnd as string)
    )
      throw ruleViolation(
        `The incident at ${incidentAt} lies outside the cover of policy ${policyRow.id} (${policy.coverageStart} to ${policy.coverageEnd}, ${policyRow.status}).`,
      );
    const product = (await findById(ctx.tx, policy.productId as string)) as ObjectRow;
    const productData = product.data as Data;
    const handler = {
      tenantId: product.tenantId,
      name: productData.insurerName,
      uscc: productData.insurerUscc,
    };
    return { handler, policyRow, parties: [product.tenantId, policyRow.tenantId] };
  }
  if (body.scheme === 'OIP') {
    if (!body.injuryProtectionEnrolmentId)
      throw fieldProblem('/injuryProtectionEnrolmentId', 'required for OIP claims');
    if (!body.platformOrderRef)
      throw fieldProblem('/platformOrderRef', 'required for OIP claims (the order being executed, E4)');
    const enrolment = await findReferenced(
      ctx,
      'InjuryProtectionEnrolment',
      body.injuryProtectionEnrolmentId as string,
      'injury-protection enrolment',
    );
    const data = enrolment.data as Data;
    if (data.workerId !== body.workerId)
      throw ruleViolation(`Enrolment ${enrolment.id} is worker ${data.workerId}'s, not ${body.workerId}'s.`);
    if (shanghaiDay(incidentAt) !== data.coverageDate || before(incidentAt, data.firstOrderAt as string))
      throw ruleViolation(
        `OIP covers injuries while executing the day's orders (E4); the incident at ${incidentAt} is outside ${data.coverageDate} from the first order at ${data.firstOrderAt}.`,
      );
    return { handler: await statutoryHandler(ctx), policyRow: undefined, parties: [enrolment.tenantId] };
  }
  await findReferenced(ctx, 'Worker', body.workerId as string, 'worker');
  return { handler: await statutoryHandler(ctx), policyRow: undefined, parties: [] as string[] };
}

/** `insuranceClaims.report`: the claim in `REPORTED`, with its handler and claim deadline; marks the policy `claimed`. */
export async function reportClaim(ctx: OperationContext, body: Data): Promise<Created> {
  if (before(ctx.now, body.incidentAt as string))
    throw ruleViolation(`The incident time ${body.incidentAt} is in the future.`);
  const { handler, policyRow, parties } = await coverOf(ctx, body);
  if (body.assignmentId) {
    const order = (await findReferenced(ctx, 'Assignment', body.assignmentId as string, 'assignment'))
      .data as Data;
    if (order.workerId !== body.workerId)
      throw ruleViolation(
        `Assignment ${order.id} is worker ${order.workerId}'s work, not ${body.workerId}'s.`,
      );
  }
  const scheme = body.scheme as keyof typeof CLAIM_DEADLINE_MONTHS;
  const id = ctx.newId('clm');
  const { documents = [], ...rest } = body as Data & { documents?: Data[] };
  if (policyRow) {
    const policy = policyRow.data as Data;
    const claimIds = [...(policy.claimIds as string[]), id];
    await saveObject(ctx.tx, policyRow, { data: { ...policy, claimed: true, claimIds } }, ctx.now);
  }
  const caller = ctx.caller?.tenantId;
  return {
    data: {
      id,
      ...rest,
      policyId: body.policyId ?? null,
      injuryProtectionEnrolmentId: body.injuryProtectionEnrolmentId ?? null,
      assignmentId: body.assignmentId ?? null,
      reporter: reporterOf(ctx, body.workerId as string),
      handler,
      reportedAt: ctx.now,
      documents: documents.map((d) => attached(ctx, d, body.workerId as string)),
      requiredDocuments: [],
      injuryConfirmation: null,
      disabilityAssessment: null,
      approvedFen: 0,
      paidFen: 0,
      benefits: [],
      rejection: null,
      claimDeadline: addMonths(body.incidentAt as string, CLAIM_DEADLINE_MONTHS[scheme]),
      decisionDueAt: null,
      appealDeadline: null,
    },
    status: 'REPORTED',
    partyTenantIds: [...new Set([handler.tenantId, ...parties])].filter((t) => t !== caller),
  };
}
