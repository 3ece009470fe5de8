import { DEFAULT_RULES, RULE_KEYS, type RuleSet, resolveRules } from '@gigmarket/engine';
import type { OperationContext } from './context.js';

/**
 * The rule set in force at the request's time for the deployment's region: the engine's defaults
 * with the deployment's overrides (conventions §11, listed by discovery). Only keys the engine
 * knows are rules; other override keys are regional extras a domain reads itself.
 */
export function rulesFor(ctx: Pick<OperationContext, 'config' | 'nowDate'>): RuleSet {
  const known = new Set<string>(RULE_KEYS);
  const values = Object.fromEntries(
    Object.entries(ctx.config.ruleOverrides ?? {}).filter(([key]) => known.has(key)),
  );
  const overrides = Object.keys(values).length
    ? [{ region: ctx.config.region, effectiveFrom: '1970-01-01', source: 'deployment configuration', values }]
    : [];
  return resolveRules(DEFAULT_RULES, overrides as never, { region: ctx.config.region, at: ctx.nowDate });
}
