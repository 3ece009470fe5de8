import { eligibility, type HardshipCategory, type RuleSet, type SubsidyLine } from '@gigmarket/engine';
import type { CustomHandler } from '../../operations/definitions.js';
import { requireConsent } from './consent.js';
import { accidentRule, receivedInYear, subsidisedPurchases, workerPolicies } from './subsidy-rules.js';
import { type Data, findReferenced, rulesFor, shanghaiDay } from './support.js';
import { workerAgeOn, workerFacts } from './workers.js';

/** Statutory retirement ages used for the subsidy's duration (国发〔1978〕104号; gradual reform from 2025 not yet modelled). */
export const retirementAge = (gender: string | null) => (gender === 'FEMALE' ? 50 : 60);

/** The rule code of a social-insurance line, from the category the engine chose. */
export const socialRuleCode = (category: string) =>
  category === 'DISABLED_HARD_TO_EMPLOY' || category === 'GRADUATE_WITHIN_2Y'
    ? 'SOCIAL_INSURANCE_DISABLED_OR_GRADUATE'
    : 'SOCIAL_INSURANCE_HARD_TO_EMPLOY';

function accidentEntry(rules: RuleSet, region: string, line: SubsidyLine | undefined, facts: Data) {
  const rule = accidentRule(rules, region);
  const daily = rule.code === 'ACCIDENT_DAILY_FLAT';
  const cap = daily ? rules.accidentSubsidyPerCoveredDay.value : rules.accidentSubsidyShareOfPremium.value;
  const received = facts.receivedThisYearFen as number;
  const basis = {
    formula: (
      line?.basis ??
      (daily ? 'coverageDays × dailyRateFen, capped a year' : 'premiums × shareBps, capped a year')
    ).slice(0, 300),
    policyIds: facts.policyIds,
    ...(daily
      ? { coverageDays: facts.coverageDays, dailyRateFen: rules.accidentSubsidyPerCoveredDay.value.perDayFen }
      : { premiumFen: facts.premiumFen, shareBps: rules.accidentSubsidyShareOfPremium.value.shareBps }),
    capFen: cap.annualCapFen,
    receivedThisYearFen: received,
  };
  const common = {
    kind: 'ACCIDENT_INSURANCE',
    rule,
    basis,
    capFen: cap.annualCapFen,
    capPeriod: daily ? 'YEAR' : 'POLICY_YEAR',
  };
  if (!line)
    return {
      ...common,
      eligible: false,
      remainingCapFen: Math.max(0, cap.annualCapFen - received),
      ineligibleReasons: [
        received >= cap.annualCapFen
          ? `The yearly cap of ${cap.annualCapFen} fen is used up.`
          : 'No accident cover that this rule subsidises in the year so far.',
      ],
    };
  return {
    ...common,
    eligible: true,
    amountFen: daily ? rules.accidentSubsidyPerCoveredDay.value.perDayFen : line.amountFen,
    amountUnit: daily ? 'PER_DAY' : 'PER_POLICY',
    remainingCapFen: Math.max(0, cap.annualCapFen - received),
  };
}

function socialEntry(rules: RuleSet, region: string, line: SubsidyLine | undefined, configured: boolean) {
  const category = line?.basis.split(':')[0] ?? 'HARD_TO_EMPLOY';
  const code = socialRuleCode(category);
  const rule = { code, region, source: rules.socialInsuranceSubsidyShareBps.source.slice(0, 200) };
  if (!line)
    return {
      kind: 'SOCIAL_INSURANCE',
      rule,
      eligible: false,
      basis: {},
      ineligibleReasons: [
        configured
          ? 'The worker is in no hardship category that qualifies on this date (seed 002).'
          : `Region ${region} has not configured its minimum contribution base and rate.`,
      ],
    };
  const base = rules.socialInsuranceContributionAtMinimumBase.value;
  return {
    kind: 'SOCIAL_INSURANCE',
    rule,
    eligible: true,
    amountFen: line.amountFen,
    amountUnit: 'PER_MONTH',
    durationMonths: line.durationMonths ?? undefined,
    ...(category === 'GRADUATE_WITHIN_2Y'
      ? { extensionMonths: rules.socialInsuranceSubsidyMonths.value.graduateExtension }
      : {}),
    basis: {
      formula: line.basis.slice(0, 300),
      hardshipCategory: category,
      ...(base ? { contributionBaseFen: base.monthlyBaseFen, contributionRateBps: base.rateBps } : {}),
      shareBps:
        rules.socialInsuranceSubsidyShareBps.value[category as HardshipCategory] ??
        rules.socialInsuranceSubsidyShareBps.value.HARD_TO_EMPLOY,
    },
  };
}

/**
 * `POST /subsidy-eligibility-checks` (`subsidyEligibility.check`): the engine's `eligibility()` on
 * the worker's stored facts, declared hardship categories and policies. Stores and grants nothing.
 */
export const subsidyEligibilityCheck: CustomHandler = async (ctx) => {
  const body = ctx.body as Data;
  const workerId = body.workerId as string;
  await requireConsent(ctx, workerId, body.consentId);
  const worker = workerFacts(await findReferenced(ctx, 'Worker', workerId, 'worker'));
  const region = body.region as string;
  const asOf = (body.asOf as string | undefined) ?? shanghaiDay(ctx.now);
  const rules = rulesFor(ctx, region, asOf);
  const declared = ((body.hardshipCategories as string[] | undefined) ?? []).filter(
    (c) => !worker.hardshipCategories.includes(c),
  );
  const categories = [...worker.hardshipCategories, ...declared] as HardshipCategory[];
  const configured = rules.socialInsuranceContributionAtMinimumBase.value !== null;
  const wanted = body.policyIds as string[] | undefined;
  const policies = (await workerPolicies(ctx, workerId)).filter(
    (p) => !wanted || wanted.includes(p.id as string),
  );
  const year = asOf.slice(0, 4);
  const purchases = subsidisedPurchases(rules, policies, `${year}-01-01`, asOf);
  const received = await receivedInYear(ctx, workerId, accidentRule(rules, region).code, year);
  const lines = eligibility({
    hardshipCategories: configured ? categories : [],
    age: workerAgeOn(worker, asOf),
    retirementAge: retirementAge(worker.gender),
    purchases,
    date: asOf,
    accidentSubsidyPaidThisYearFen: received,
    rules,
  });
  const facts = {
    policyIds: policies.map((p) => p.id),
    coverageDays: new Set(purchases.map((p) => p.coverageDate)).size,
    premiumFen: purchases.reduce((s, p) => s + p.premiumFen, 0),
    receivedThisYearFen: received,
  };
  const kinds = (body.kinds as string[] | undefined) ?? ['ACCIDENT_INSURANCE', 'SOCIAL_INSURANCE'];
  const subsidies = kinds.map((kind) => {
    if (kind === 'ACCIDENT_INSURANCE')
      return accidentEntry(
        rules,
        region,
        lines.find((l) => l.kind === kind),
        facts,
      );
    if (kind === 'SOCIAL_INSURANCE')
      return socialEntry(
        rules,
        region,
        lines.find((l) => l.kind === kind),
        configured,
      );
    return {
      kind,
      rule: { code: kind, region, source: 'DOMAIN.md §2.6' },
      eligible: false,
      basis: {},
      ineligibleReasons: [
        'This version of the standard defines eligibility rules for accident and social insurance only.',
      ],
    };
  });
  return {
    status: 200,
    body: {
      workerId,
      region,
      asOf,
      checkedAt: ctx.now,
      declaredFacts: declared.length ? ['hardshipCategories'] : [],
      subsidies,
    },
  };
};
