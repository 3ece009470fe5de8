import { accidentInsuranceSubsidy, type HardshipCategory, socialInsuranceSubsidy } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { retirementAge, socialRuleCode } from './subsidy-eligibility.js';
import {
  accidentRule,
  type RuleRef,
  receivedInYear,
  subsidisedPurchases,
  workerPolicies,
} from './subsidy-rules.js';
import { type Data, fieldProblem, rulesFor } from './support.js';
import { type WorkerFacts, workerAgeOn } from './workers.js';

/** An application's amount as the server recomputes it under the region's rule and the worker's caps. */
export interface Computed {
  rule: RuleRef;
  basis: Data;
  computedFen: number;
  receivedThisYearFen: number;
}

async function accident(
  ctx: OperationContext,
  worker: WorkerFacts,
  app: Data,
  exceptId?: string,
): Promise<Computed> {
  const [start, end, region] = [app.periodStart as string, app.periodEnd as string, app.region as string];
  const rules = rulesFor(ctx, region, start);
  const rule = accidentRule(rules, region);
  const all = await workerPolicies(ctx, worker.id);
  const wanted = app.policyIds as string[] | undefined;
  const stranger = wanted?.find((id) => !all.some((p) => p.id === id));
  if (stranger)
    throw ruleViolation(`Policy ${stranger} is not a running or past policy of worker ${worker.id}.`);
  const policies = all.filter((p) => !wanted || wanted.includes(p.id as string));
  const purchases = subsidisedPurchases(rules, policies, start, end);
  const line = accidentInsuranceSubsidy({ purchases, date: end, rules });
  const received = await receivedInYear(ctx, worker.id, rule.code, start.slice(0, 4), exceptId);
  const computedFen = line ? Math.max(0, Math.min(line.amountFen, line.capFen - received)) : 0;
  return {
    rule,
    computedFen,
    receivedThisYearFen: received,
    basis: {
      formula: (line?.basis ?? 'no subsidised cover in the period').slice(0, 300),
      policyIds: policies.map((p) => p.id),
      coverageDays: new Set(purchases.map((p) => p.coverageDate)).size,
      premiumFen: purchases.reduce((s, p) => s + p.premiumFen, 0),
      ...(line ? { capFen: line.capFen } : {}),
      receivedThisYearFen: received,
    },
  };
}

async function social(
  ctx: OperationContext,
  worker: WorkerFacts,
  app: Data,
  exceptId?: string,
): Promise<Computed> {
  const [start, region] = [app.periodStart as string, app.region as string];
  const rules = rulesFor(ctx, region, start);
  const base = rules.socialInsuranceContributionAtMinimumBase.value;
  if (!base)
    throw ruleViolation(
      `Region ${region} has not configured its minimum contribution base, so no social-insurance subsidy can be computed (seed 002).`,
    );
  const category = (app.hardshipCategory ?? worker.hardshipCategories[0]) as HardshipCategory | undefined;
  if (!category) throw fieldProblem('/hardshipCategory', 'required: the category applied under');
  if (!app.contributionMonths) throw fieldProblem('/contributionMonths', 'required for SOCIAL_INSURANCE');
  const line = socialInsuranceSubsidy({
    hardshipCategories: [category],
    age: workerAgeOn(worker, start),
    retirementAge: retirementAge(worker.gender),
    date: start,
    rules,
  });
  if (!line)
    throw ruleViolation(
      `No social-insurance subsidy rule supports category ${category} for worker ${worker.id} on ${start} (seed 002, E6).`,
    );
  const rule = {
    code: socialRuleCode(category),
    region,
    source: rules.socialInsuranceSubsidyShareBps.source.slice(0, 200),
  };
  const months = Math.min(app.contributionMonths as number, line.durationMonths ?? 0);
  const received = await receivedInYear(ctx, worker.id, rule.code, start.slice(0, 4), exceptId);
  return {
    rule,
    computedFen: line.amountFen * months,
    receivedThisYearFen: received,
    basis: {
      formula: line.basis.slice(0, 300),
      hardshipCategory: category,
      contributionBaseFen: base.monthlyBaseFen,
      contributionRateBps: base.rateBps,
      contributionMonths: months,
      receivedThisYearFen: received,
    },
  };
}

/** Recomputes an application (engine `accidentInsuranceSubsidy` / `socialInsuranceSubsidy`); `422` when no rule supports it. */
export async function computeApplication(
  ctx: OperationContext,
  worker: WorkerFacts,
  app: Data,
  exceptId?: string,
): Promise<Computed> {
  const computed =
    app.kind === 'ACCIDENT_INSURANCE'
      ? await accident(ctx, worker, app, exceptId)
      : app.kind === 'SOCIAL_INSURANCE'
        ? await social(ctx, worker, app, exceptId)
        : null;
  if (!computed)
    throw ruleViolation(
      `This version of the standard has no ${app.kind} subsidy rule; only ACCIDENT_INSURANCE and SOCIAL_INSURANCE.`,
    );
  const asked = (app.ruleCode ?? (app.rule as RuleRef | undefined)?.code) as string | undefined;
  if (asked && asked !== computed.rule.code)
    throw ruleViolation(`Region ${app.region} applies rule ${computed.rule.code} here, not ${asked}.`);
  return computed;
}
