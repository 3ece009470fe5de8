import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { type Data, findReferenced } from './support.js';

const PREFIX: Record<string, string> = {
  EMPLOYER: 'emp_',
  WORKER: 'wkr_',
  PLATFORM: 'ten_',
  GOVERNMENT: 'ten_',
};

/**
 * The policyholder of a bind with the name the server prints on the policy: an employer or worker
 * the caller can see, or the caller's own tenant for `PLATFORM` and `GOVERNMENT` cover (a tenant
 * cannot make another one pay).
 */
export async function policyholderFor(
  ctx: OperationContext,
  payer: { kind: string; id: string },
  quote: Data,
): Promise<{ kind: string; id: string; name: string }> {
  if (!payer.id.startsWith(PREFIX[payer.kind] ?? '?'))
    throw ruleViolation(
      `A ${payer.kind} policyholder is named by a ${PREFIX[payer.kind]}… id, not ${payer.id}.`,
    );
  if (payer.kind === 'EMPLOYER') {
    const employer = (await findReferenced(ctx, 'Employer', payer.id, 'employer')).data as Data;
    return { ...payer, name: String(employer.legalName ?? employer.displayName ?? '').slice(0, 100) };
  }
  if (payer.kind === 'WORKER') {
    if (payer.id !== quote.workerId)
      throw ruleViolation(
        `A worker buys cover for themself; quote ${quote.id} insures ${quote.workerId}, not ${payer.id}.`,
      );
    const worker = (await findReferenced(ctx, 'Worker', payer.id, 'worker')).data as Data;
    return { ...payer, name: String(worker.name ?? '') };
  }
  if (payer.id !== ctx.caller?.tenantId)
    throw ruleViolation(
      `A ${payer.kind} policyholder is the binding tenant ${ctx.caller?.tenantId}, not ${payer.id}.`,
    );
  return { ...payer, name: ctx.caller.tenantName.slice(0, 100) };
}
