import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { type Data, fieldProblem, findReferenced } from './support.js';

/** Roles that act for themselves on the worker's data: the worker's own app, and regulators by law. */
const NO_CONSENT_NEEDED = new Set(['worker_app', 'regulator']);

/**
 * Other callers need the worker's `GRANTED` consent for subsidy purposes (PIPL art. 14, 29;
 * docs/domains/insurance.md §Subsidies). The spec's text names the purpose `SUBSIDY_REVIEW`;
 * `ConsentPurpose` spells it `SUBSIDY_APPLICATION`, which is what stored consents carry.
 */
export async function requireConsent(
  ctx: OperationContext,
  workerId: string,
  consentId: unknown,
): Promise<void> {
  if (NO_CONSENT_NEEDED.has(ctx.caller?.role ?? '')) return;
  if (typeof consentId !== 'string')
    throw fieldProblem(
      '/consentId',
      'required when acting on a worker’s behalf (the worker’s consent for subsidy purposes)',
    );
  const consent = (await findReferenced(ctx, 'Consent', consentId, 'consent')).data as Data;
  if (
    consent.workerId !== workerId ||
    consent.status !== 'GRANTED' ||
    consent.purpose !== 'SUBSIDY_APPLICATION'
  )
    throw ruleViolation(
      `Consent ${consentId} is not a GRANTED SUBSIDY_APPLICATION consent of worker ${workerId} (it is ${consent.status} ${consent.purpose} of ${consent.workerId}).`,
    );
}
