import {
  DEFAULT_RULES,
  type Instant,
  RULE_KEYS,
  type RuleOverride,
  type RuleSet,
  resolveRules,
  validateOverrides,
} from '@gigmarket/engine';
import type { OperationContext, ServerConfig } from './context.js';

/**
 * The deployment's rule overrides as the engine's list: one entry for the deployment's region, cited
 * with `config.ruleSource`. Only keys the engine knows are rules; other keys are regional extras a
 * domain reads itself.
 */
export function deploymentOverrides(
  config: Pick<ServerConfig, 'region' | 'ruleOverrides' | 'ruleSource'>,
): RuleOverride[] {
  const known = new Set<string>(RULE_KEYS);
  const values = Object.fromEntries(
    Object.entries(config.ruleOverrides ?? {}).filter(([key]) => known.has(key)),
  );
  if (Object.keys(values).length === 0) return [];
  return [
    {
      region: config.region,
      effectiveFrom: '1970-01-01',
      source: config.ruleSource ?? 'deployment configuration',
      values: values as RuleOverride['values'],
    },
  ];
}

/**
 * The rule set in force: the engine's defaults with the deployment's overrides (conventions §11,
 * listed by discovery), for the deployment's region at the request's time unless `where` names
 * another region (a policy's county, say: the deployment's overrides apply only inside its region)
 * or instant. Every domain reads its rules through here.
 */
export function rulesFor(
  ctx: Pick<OperationContext, 'config' | 'nowDate'>,
  where: { region?: string; at?: Instant } = {},
): RuleSet {
  return resolveRules(DEFAULT_RULES, deploymentOverrides(ctx.config), {
    region: where.region ?? ctx.config.region,
    at: where.at ?? ctx.nowDate,
  });
}

/**
 * What is wrong with a deployment's overrides, checked by the engine against the defaults (unknown
 * rule names, values of the wrong kind, a bad region): empty when all can be applied. A server
 * checks this at start, so a typo in a city's rule file stops it with a clear message instead of
 * being ignored.
 */
export function ruleOverrideProblems(config: Pick<ServerConfig, 'region' | 'ruleOverrides'>): string[] {
  if (Object.keys(config.ruleOverrides).length === 0) return [];
  const override = {
    region: config.region,
    effectiveFrom: '1970-01-01',
    source: 'check',
    values: config.ruleOverrides,
  };
  return validateOverrides(DEFAULT_RULES, [override as RuleOverride]);
}
