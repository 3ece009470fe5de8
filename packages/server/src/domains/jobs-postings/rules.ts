import { DEFAULT_RULES, type RuleSet, type RuleValues, resolveRules } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';

/**
 * The rule set in force for this deployment's region at the request's time: the standard's
 * defaults with the deployment's overrides (conventions §11), resolved by the engine.
 */
export function rulesFor(ctx: OperationContext): RuleSet {
  const overrides = ctx.config.ruleOverrides as Partial<RuleValues>;
  if (!overrides || Object.keys(overrides).length === 0) return DEFAULT_RULES;
  return resolveRules(
    DEFAULT_RULES,
    [
      {
        region: ctx.config.region,
        effectiveFrom: '2000-01-01',
        source: 'deployment rule overrides',
        values: overrides,
      },
    ],
    { region: ctx.config.region, at: ctx.nowDate },
  );
}
