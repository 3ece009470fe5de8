import type { DailyCoverPurchase, RuleSet } from '@gigmarket/engine';
import { ne, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { objects } from '../../store/schema.js';
import { type Data, daysCovered, field, findRows, shanghaiDay } from './support.js';

/** A subsidy rule as the spec names it (`SubsidyRuleRef`). */
export interface RuleRef {
  code: string;
  region: string;
  source: string;
}

/**
 * The region's accident-insurance subsidy rule: `ACCIDENT_DAILY_FLAT` (100 fen per covered day,
 * seed 000) or `ACCIDENT_PREMIUM_SHARE` (5000 bps of premiums, E5), chosen by the engine's
 * `accidentSubsidyModel`.
 */
export function accidentRule(rules: RuleSet, region: string): RuleRef {
  return rules.accidentSubsidyModel.value === 'PER_COVERED_DAY'
    ? { code: 'ACCIDENT_DAILY_FLAT', region, source: rules.accidentSubsidyPerCoveredDay.source.slice(0, 200) }
    : {
        code: 'ACCIDENT_PREMIUM_SHARE',
        region,
        source: rules.accidentSubsidyShareOfPremium.source.slice(0, 200),
      };
}

/** Whether cover of a premium basis counts under the region's model (Yuhang: daily or monthly cover only). */
export const countsForSubsidy = (rules: RuleSet, basis: string) =>
  rules.accidentSubsidyModel.value === 'SHARE_OF_PREMIUM' || basis === 'PER_DAY' || basis === 'PER_MONTH';

/**
 * The cover a policy (or quote) gives, as the engine's daily purchases within `[from, to]`: one per
 * covered day, the premium on the first day so that premium shares count it once.
 */
export function purchasesOf(cover: Data, from: string, to: string): DailyCoverPurchase[] {
  const days = daysCovered(cover.coverageStart as string, cover.coverageEnd as string);
  return days
    .map((coverageDate, i) => ({ coverageDate, premiumFen: i === 0 ? (cover.premiumFen as number) : 0 }))
    .filter((p) => p.coverageDate >= from && p.coverageDate <= to);
}

/** The worker's bound, active or expired policies (cancelled ones were refunded and count for nothing). */
export async function workerPolicies(ctx: OperationContext, workerId: string): Promise<Data[]> {
  const rows = await findRows(
    ctx,
    'InsurancePolicy',
    ne(objects.status, 'CANCELLED'),
    sql`${field('insuredWorkerId')} = ${workerId}`,
  );
  return rows.map((r) => r.data as Data);
}

/** The daily purchases of a worker's policies that count under the rule, within `[from, to]`. */
export function subsidisedPurchases(
  rules: RuleSet,
  policies: Data[],
  from: string,
  to: string,
): DailyCoverPurchase[] {
  return policies
    .filter((p) => countsForSubsidy(rules, p.premiumBasis as string))
    .flatMap((p) => purchasesOf(p, from, to));
}

/**
 * What the worker has received or been granted under a rule in a calendar year: paid amounts net
 * of claw-backs, and approved amounts not yet paid, so that two approvals never share one cap.
 */
export async function receivedInYear(
  ctx: OperationContext,
  workerId: string,
  ruleCode: string,
  year: string,
  exceptId?: string,
): Promise<number> {
  const rows = await findRows(ctx, 'SubsidyApplication', sql`${field('workerId')} = ${workerId}`);
  return rows
    .filter((r) => r.id !== exceptId)
    .map((r) => r.data as Data)
    .filter((d) => (d.rule as RuleRef).code === ruleCode && String(d.periodStart).startsWith(year))
    .reduce((sum, d) => {
      if (d.status === 'APPROVED') return sum + (d.approvedFen as number);
      if (d.status === 'PAID' || d.status === 'CLAWED_BACK')
        return sum + (d.paidFen as number) - (d.clawedBackFen as number);
      return sum;
    }, 0);
}

/** The calendar year (`YYYY`) of an instant or date in Asia/Shanghai. */
export const yearOf = (instant: string) =>
  (instant.length === 10 ? instant : shanghaiDay(instant)).slice(0, 4);
