import type { RuleSet } from '@gigmarket/engine';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { deploymentOverrides, rulesFor } from '../../rules.js';

/** The version of the scoring table this server applies (CreditProfile.rulesetVersion). */
export const RULESET_BASE = 'gms-credit-1.0';

/** The credit rules in force for this deployment (docs/domains/credit.md: PROPOSAL numbers a region may override). */
export const creditRules = (ctx: Pick<OperationContext, 'config' | 'nowDate'>): RuleSet => rulesFor(ctx);

/** `rulesetVersion`: the base table, marked with the region when the deployment overrides it. */
export function rulesetVersion(ctx: Pick<OperationContext, 'config'>): string {
  return deploymentOverrides(ctx.config).length ? `${RULESET_BASE}+${ctx.config.region}` : RULESET_BASE;
}

const SHANGHAI_MS = 8 * 3600_000;

/**
 * `instant` + `months` calendar months in Asia/Shanghai (the day is clamped to the month's end, so
 * 31 Jan + 1 month is 28/29 Feb), as RFC 3339 in +08:00. E11/E12 periods are counted in months.
 */
export function addMonths(instant: string, months: number): string {
  const local = new Date(new Date(instant).getTime() + SHANGHAI_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return shanghaiIso(new Date(local.getTime() - SHANGHAI_MS));
}

/** `instant` + `days` days, as RFC 3339 in +08:00. */
export function addDays(instant: string, days: number): string {
  return shanghaiIso(new Date(new Date(instant).getTime() + days * 86_400_000));
}

/** Whether instant `a` is strictly before `b` (both RFC 3339, any offsets). */
export const isBefore = (a: string, b: string) => new Date(a).getTime() < new Date(b).getTime();

/** An RFC 3339 instant normalised to +08:00, as this server writes every time. */
export const normalise = (instant: string) => shanghaiIso(new Date(instant));
