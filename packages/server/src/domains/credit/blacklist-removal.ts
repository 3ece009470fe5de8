import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ActionOutcome, CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { runAction } from '../../operations/generic.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { withProfileChange } from './notify.js';
import { addMonths, creditRules, isBefore, normalise } from './rules.js';
import { findSubject, type PartyRef } from './subjects.js';

type Data = Record<string, unknown>;

/**
 * Months after the correction before early removal (BlacklistEntry.earlyRemovalEligibleAt): wage
 * arrears from E11 via the engine's rule; the others are the E12 minimum periods for general and
 * serious breaches (PROPOSAL).
 */
function waitingMonths(ctx: OperationContext, kind: string): number {
  const rules = creditRules(ctx);
  if (kind === 'WAGE_ARREARS') return rules.wageArrearsBlacklist.value.earlyRemovalAfterMonths;
  const severity = kind === 'FAKE_POSTING' ? 'GENERAL' : 'SERIOUS';
  return rules.creditPublicationMonths.value[severity].minMonths;
}

const regulatorOnly = (ctx: OperationContext, what: string) => {
  if (ctx.visibility !== 'all') throw new ProblemError(403, 'forbidden', `Only a regulator may ${what}.`);
};

/** `requestRemoval`: the subject's side asks for early removal once the waiting period has passed. */
function requestRemoval(ctx: OperationContext, row: ObjectRow, body: Data): ActionOutcome {
  const d = row.data as Data;
  if (d.kind === 'PLATFORM_INTERNAL')
    throw ruleViolation(
      'PLATFORM_INTERNAL entries are not removed on request; their lister lifts them (LIFTED_BY_LISTER).',
    );
  const correctedAt = normalise(body.correctedAt as string);
  if (isBefore(ctx.now, correctedAt)) throw ruleViolation(`correctedAt ${correctedAt} is in the future.`);
  const eligibleAt = addMonths(correctedAt, waitingMonths(ctx, d.kind as string));
  if (isBefore(ctx.now, eligibleAt))
    throw ruleViolation(
      `Early removal from ${d.kind} may be requested from earlyRemovalEligibleAt ${eligibleAt} (correctedAt + ${waitingMonths(ctx, d.kind as string)} months, E11/E12).`,
      { earlyRemovalEligibleAt: eligibleAt },
    );
  const removalRequest = {
    requestedAt: ctx.now,
    requestedBy: ctx.caller?.tenantId,
    correctedAt,
    correctionProof: body.correctionProof,
    commitment: body.commitment,
  };
  return {
    to: 'REMOVAL_REQUESTED',
    data: { correctedAt, earlyRemovalEligibleAt: eligibleAt, removalRequest },
  };
}

/** `remove`: the reason sets the guard (E11); a failed guard is 422, a wrong state 409 (generic). */
function remove(ctx: OperationContext, row: ObjectRow, body: Data): ActionOutcome {
  const d = row.data as Data;
  const reason = body.reason as string;
  if (reason === 'LIFTED_BY_LISTER') {
    const lister = (d.listedBy as { tenantId: string }).tenantId;
    if (d.kind !== 'PLATFORM_INTERNAL' || ctx.caller?.tenantId !== lister)
      throw ruleViolation(
        'LIFTED_BY_LISTER applies only to a PLATFORM_INTERNAL entry, by the tenant that created it.',
      );
  } else {
    regulatorOnly(ctx, `remove an entry with ${reason}`);
    if (reason === 'EARLY_REMOVAL_APPROVED') {
      if (row.status !== 'REMOVAL_REQUESTED')
        throw ruleViolation(
          'EARLY_REMOVAL_APPROVED decides a pending request: the entry must be REMOVAL_REQUESTED.',
        );
      const eligibleAt = d.earlyRemovalEligibleAt as string | null;
      if (!eligibleAt || isBefore(ctx.now, eligibleAt))
        throw ruleViolation(
          `Early removal is possible from earlyRemovalEligibleAt ${eligibleAt ?? '(not corrected)'} (E11).`,
        );
    }
  }
  const removal = {
    reason,
    ...(body.decisionNo ? { decisionNo: body.decisionNo } : {}),
    ...(body.note ? { note: body.note } : {}),
    removedAt: ctx.now,
    removedBy: ctx.caller?.tenantId,
  };
  return { to: 'REMOVED_EARLY', data: { removal }, isPublic: false };
}

/** `rejectRemoval`: back to LISTED; the refusal is recorded on the request and the subject may ask again. */
function rejectRemoval(ctx: OperationContext, row: ObjectRow, body: Data): ActionOutcome {
  regulatorOnly(ctx, 'refuse an early-removal request');
  if (!body.reason)
    throw ruleViolation('Give the reason for the refusal in `reason`; it is shown to the subject.');
  const request = (row.data as Data).removalRequest as Data;
  return {
    to: 'LISTED',
    data: { removalRequest: { ...request, rejectedAt: ctx.now, rejectionReason: body.reason } },
  };
}

/** The action hooks of BlacklistEntry. */
export const blacklistActions: ResourceDefinition['actions'] = { requestRemoval, remove, rejectRemoval };

/** Wraps an action whose result changes the subject's profile (leaving the list ends its effects at once). */
export function withSubjectProfile(def: () => ResourceDefinition): CustomHandler {
  return async (ctx) => {
    const id = ctx.path.blacklistEntryId as string;
    const row = await findById(ctx.tx, id);
    const ref = (row?.data as Data | undefined)?.subject as PartyRef | undefined;
    const subject = ref && row?.type === 'BlacklistEntry' ? await findSubject(ctx, ref) : null;
    return subject
      ? withProfileChange(ctx, subject, () => runAction(def(), ctx, id))
      : runAction(def(), ctx, id);
  };
}
