import { ruleViolation } from '../../http/problem.js';
import type { ActionOutcome, ResourceDefinition } from '../../operations/definitions.js';
import type { ObjectRow } from '../../store/objects.js';
import { checkCommercialLimits } from './claim-limits.js';
import { addDays, before, type Data, fieldProblem, stateConflict } from './support.js';

/** Decision time limits in days (保险法 art. 23 and DOMAIN.md §3.5, VERIFY); appeals 60 days (PROPOSAL). */
const DAYS = {
  commercialDecision: 30,
  commercialPayment: 10,
  injuryConfirmation: 60,
  disability: 60,
  appeal: 60,
};

type Hook = NonNullable<ResourceDefinition['actions']>[string];
const claimOf = (row: ObjectRow) => row.data as Data;
const statutory = (row: ObjectRow) => claimOf(row).scheme !== 'COMMERCIAL';
/** Actions carry reasons in `reason`; the claim records them in its own fields, not a `statusReason`. */
const move = (to: string, data: Data = {}, internal?: Data): ActionOutcome => ({
  to,
  data: { ...data, statusReason: undefined },
  ...(internal ? { internal } : {}),
});

function wrongPath(row: ObjectRow, verb: string): never {
  throw stateConflict(
    `${verb} applies to ${statutory(row) ? 'COMMERCIAL' : 'OIP and WORK_INJURY'} claims; claim ${row.id} is ${claimOf(row).scheme}. Use ${statutory(row) ? 'startInjuryConfirmation' : 'startReview'}.`,
    row.status ?? '',
    [statutory(row) ? 'startInjuryConfirmation' : 'startReview', 'requestDocuments', 'withdraw'],
  );
}

/** The handler's and claimant's decisions along both paths of InsuranceClaimStatus. */
export const claimActions: Record<string, Hook> = {
  requestDocuments: (_ctx, _row, body) =>
    move('DOCUMENTS_PENDING', { requiredDocuments: body.documentTypes, decisionDueAt: null }),
  submit: (ctx, row) => {
    const claim = claimOf(row);
    const missing = claim.requiredDocuments as string[];
    if (missing.length)
      throw ruleViolation(
        `Claim ${row.id} still needs ${missing.join(', ')}; attach them before submitting.`,
      );
    if (!before(ctx.now, claim.claimDeadline as string))
      throw ruleViolation(
        `The claim deadline ${claim.claimDeadline} has passed (保险法 art. 26 / DOMAIN.md §3.5).`,
      );
    return move('SUBMITTED', {
      decisionDueAt: statutory(row) ? null : addDays(ctx.now, DAYS.commercialDecision),
    });
  },
  startReview: (ctx, row) => {
    if (statutory(row)) wrongPath(row, 'startReview');
    const due = claimOf(row).decisionDueAt ?? addDays(ctx.now, DAYS.commercialDecision);
    return move('UNDER_REVIEW', {
      decisionDueAt: row.status === 'APPEALED' ? addDays(ctx.now, DAYS.commercialDecision) : due,
      appealDeadline: null,
    });
  },
  startInjuryConfirmation: (ctx, row) => {
    if (!statutory(row)) wrongPath(row, 'startInjuryConfirmation');
    return move('INJURY_CONFIRMATION', {
      decisionDueAt: addDays(ctx.now, DAYS.injuryConfirmation),
      appealDeadline: null,
    });
  },
  confirmInjury: (ctx, _row, body) =>
    move('DISABILITY_ASSESSMENT', {
      injuryConfirmation: body,
      rejection: null,
      decisionDueAt: addDays(ctx.now, DAYS.disability),
    }),
  assessDisability: (_ctx, _row, body) => {
    if ((body.outcome === 'GRADED') !== (body.grade !== undefined))
      throw fieldProblem('/grade', 'a grade 1–10 is given exactly when outcome is GRADED', 'grade_mismatch');
    return move('BENEFIT_DETERMINATION', { disabilityAssessment: body, decisionDueAt: null });
  },
  approve: async (ctx, row, body) => {
    const claim = claimOf(row);
    const benefits = body.benefits as Array<{ type: string; amountFen: number }>;
    const total = benefits.reduce((s, b) => s + b.amountFen, 0);
    if (total !== body.approvedFen)
      throw ruleViolation(`approvedFen ${body.approvedFen} must equal the sum of benefits, ${total} fen.`);
    if ((body.approvedFen as number) < (claim.paidFen as number))
      throw ruleViolation(
        `approvedFen is the new total; it cannot be below the ${claim.paidFen} fen already paid.`,
      );
    if (!statutory(row)) await checkCommercialLimits(ctx, claim, benefits);
    return move('APPROVED', {
      approvedFen: body.approvedFen,
      benefits,
      rejection: null,
      decisionDueAt: statutory(row) ? null : addDays(ctx.now, DAYS.commercialPayment),
    });
  },
  reject: (ctx, _row, body) =>
    move('REJECTED', { rejection: body, decisionDueAt: null, appealDeadline: addDays(ctx.now, DAYS.appeal) }),
  pay: async (ctx, row, body) => {
    const claim = claimOf(row);
    const paidFen = (claim.paidFen as number) + (body.paidFen as number);
    if (paidFen > (claim.approvedFen as number))
      throw ruleViolation(
        `Paying ${body.paidFen} fen would bring paidFen to ${paidFen}, above approvedFen ${claim.approvedFen}; pay at most ${(claim.approvedFen as number) - (claim.paidFen as number)} fen.`,
      );
    const payments = [
      ...(((row.internal as Data).payments as Data[] | undefined) ?? []),
      { ...body, paidAt: body.paidAt ?? ctx.now },
    ];
    return move(
      'PAID',
      { paidFen, decisionDueAt: null, appealDeadline: addDays(ctx.now, DAYS.appeal) },
      { payments },
    );
  },
  appeal: (ctx, row, body) => {
    if (typeof body.reason !== 'string' || body.reason.length === 0)
      throw fieldProblem('/reason', 'an appeal states its grounds');
    const deadline = claimOf(row).appealDeadline as string | null;
    if (deadline && !before(ctx.now, deadline))
      throw ruleViolation(`The appeal deadline ${deadline} has passed.`);
    return move('APPEALED', { appealDeadline: null, decisionDueAt: null }, { appealReason: body.reason });
  },
  withdraw: (_ctx, _row, body) =>
    move(
      'WITHDRAWN',
      { decisionDueAt: null },
      typeof body.reason === 'string' ? { withdrawReason: body.reason } : undefined,
    ),
};
