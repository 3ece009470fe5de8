import { eq } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { Created } from '../../operations/definitions.js';
import { findById, findVisible, saveObject, visibleTo } from '../../store/objects.js';
import { credentials } from '../../store/schema.js';
import { requireSide, tenancyOf } from './assignment-model.js';
import { liveContracts, sha256 } from './contract-lifecycle.js';

type Data = Record<string, unknown>;

/** Which agreement types fit each form of employment (jobs-work-orders.md, Agreement types; E7, E10). */
export const FITTING_AGREEMENTS: Record<string, string[]> = {
  LABOUR_RELATION: ['LABOUR_CONTRACT'],
  INCOMPLETE_LABOUR_RELATION: ['WRITTEN_AGREEMENT', 'TRIPARTITE_WRITTEN_AGREEMENT'],
  CIVIL_SELF_EMPLOYED: ['SERVICE_AGREEMENT'],
  PART_TIME_LABOUR: ['LABOUR_CONTRACT', 'ORAL_PART_TIME'],
  LABOUR_DISPATCH: ['LABOUR_CONTRACT'],
  SERVICE_CONTRACT: ['SERVICE_AGREEMENT'],
};

/** Refuses (`422`) an agreement type that is oral, differs from the work order's, or does not fit its form. */
function checkAgreement(type: string, assignment: Data, body: Data): void {
  if (type === 'ORAL_PART_TIME')
    throw ruleViolation(
      'ORAL_PART_TIME work has no document to sign (劳动合同法 art. 69, E10); no contract is created for it.',
    );
  if (assignment.agreementType && type !== assignment.agreementType)
    throw ruleViolation(
      `The work order requires a ${String(assignment.agreementType)}, not a ${type} (ContractCreate.agreementType).`,
    );
  const form = assignment.employmentForm as string | undefined;
  if (form && !FITTING_AGREEMENTS[form]?.includes(type))
    throw ruleViolation(
      `A ${type} does not fit the employment form ${form} (jobs-work-orders.md, Agreement types, E7).`,
    );
  const tripartite = type === 'TRIPARTITE_WRITTEN_AGREEMENT';
  if (tripartite !== Boolean(body.cooperatingEnterprise))
    throw ruleViolation(
      tripartite
        ? 'A TRIPARTITE_WRITTEN_AGREEMENT needs the `cooperatingEnterprise` that manages the worker (E7).'
        : '`cooperatingEnterprise` is allowed only for a TRIPARTITE_WRITTEN_AGREEMENT.',
    );
}

/** A party's legal name as printed in the contract. */
async function nameOf(ctx: OperationContext, id: string, fallback: string): Promise<string> {
  const data = (await findById(ctx.tx, id))?.data as Data | undefined;
  return String(data?.legalName ?? data?.name ?? data?.displayName ?? data?.contactName ?? fallback);
}

/**
 * `contracts.create`: the employer side renders a contract for a `CONFIRMED` work order from a
 * model text. The document is rendered here (its SHA-256 is `documentHash`); the contract is
 * `DRAFT` until the parties are notified (the rendering sweep makes it `SENT`).
 */
export async function createContract(ctx: OperationContext, body: Data): Promise<Created> {
  const assignmentId = String(body.assignmentId);
  const row = await findVisible(ctx.tx, 'Assignment', assignmentId, visibleTo(ctx.caller, 'party'), true);
  if (!row) throw notFound('work order', assignmentId);
  requireSide(ctx, row, 'EMPLOYER', 'create its contract');
  const assignment = row.data as Data;
  checkAgreement(String(body.agreementType), assignment, body);
  if (row.status !== 'CONFIRMED')
    throw new ProblemError(
      409,
      'conflict',
      `Work order ${row.id} is ${row.status}; a contract is created only while it is CONFIRMED.`,
    );
  const [live] = await liveContracts(ctx, row.id);
  if (live)
    throw new ProblemError(
      409,
      'conflict',
      `Work order ${row.id} already has contract ${live.id} (${live.status}); void it first.`,
    );
  const job = (await findById(ctx.tx, String(assignment.jobId)))?.data as Data | undefined;
  const parties: Data[] = [
    party(
      'EMPLOYER',
      'EMPLOYER',
      String(assignment.employerId),
      await nameOf(
        ctx,
        String(assignment.employerId),
        String(job?.employerDisplayName ?? assignment.employerId),
      ),
    ),
    party(
      'WORKER',
      'WORKER',
      String(assignment.workerId),
      await nameOf(ctx, String(assignment.workerId), String(assignment.workerId)),
    ),
  ];
  const partyTenants = [tenancyOf(row).workerTenantId];
  const coop = body.cooperatingEnterprise as { type: string; id: string } | undefined;
  if (coop) {
    if (coop.type !== 'TENANT')
      throw ruleViolation('`cooperatingEnterprise` must name a tenant (type TENANT).');
    const [tenant] = await ctx.tx
      .select()
      .from(credentials)
      .where(eq(credentials.tenantId, coop.id))
      .limit(1);
    if (!tenant) throw notFound('tenant', coop.id);
    parties.push(party('COOPERATING_ENTERPRISE', 'TENANT', coop.id, tenant.tenantName));
    partyTenants.push(coop.id);
  }
  const templateVersion = typeof body.templateVersion === 'string' ? body.templateVersion : '1';
  // The rendered terms: template, the work order's facts (pay, times, place cannot be overridden) and extra terms.
  const document = JSON.stringify({
    templateId: body.templateId,
    templateVersion,
    agreementType: body.agreementType,
    parties: parties.map((p) => ({ role: p.role, party: p.party, name: p.name })),
    work: {
      assignmentId: row.id,
      jobTitle: job?.title,
      location: job?.location,
      plannedStart: assignment.plannedStart,
      plannedEnd: assignment.plannedEnd,
      agreedPayFen: assignment.agreedPayFen,
    },
    terms: body.terms ?? {},
  });
  const id = ctx.newId('ctr');
  await saveObject(ctx.tx, row, { data: { ...assignment, contractId: id } }, ctx.now);
  const data: Data = {
    id,
    assignmentId: row.id,
    agreementType: body.agreementType,
    templateId: body.templateId,
    templateVersion,
    ...(job?.title ? { title: String(job.title).slice(0, 100) } : {}),
    documentHash: await sha256(document),
    documentMediaType: 'application/pdf',
    signatureMethod: 'RELIABLE_E_SIGNATURE',
    parties,
    trustedTimestamp: null,
    evidenceChain: [],
    notifiedAt: null,
    signedAt: null,
    paperCopyIssued: false,
    terminatedAt: null,
    termination: null,
    retainUntil: null,
    ...(body.metadata ? { metadata: body.metadata } : {}),
  };
  return {
    data,
    status: 'DRAFT',
    tenantId: row.tenantId,
    partyTenantIds: partyTenants,
    internal: { document },
  };
}

const party = (role: string, type: string, id: string, name: string): Data => ({
  role,
  party: { type, id },
  name: name.slice(0, 100) || id,
  signatureStatus: 'PENDING',
  signedAt: null,
  certificateSerial: null,
  certificateIssuer: null,
  identityAuthMethod: null,
});
