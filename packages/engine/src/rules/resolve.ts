/**
 * Regional rule overrides. A province, prefecture or county publishes its own numbers with a
 * validity period; for a place and a date, each rule takes the value of the most specific region
 * in effect (county > prefecture > province), else the default (DOMAIN.md §4 preamble).
 */
import { isRegionCode, isWithinRegion, regionLevel } from '@gigmarket/identifiers';
import { type Instant, parseDate, shanghaiDate } from '../shared/time.js';
import type { Rule, RuleKey, RuleSet, RuleValues } from './types.js';

/** One published local rule document. Dates are inclusive Asia/Shanghai business dates. */
export interface RuleOverride {
  readonly region: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** The local document, e.g. `大人社发〔2022〕231号`. */
  readonly source: string;
  readonly values: Partial<RuleValues>;
}

/** Thrown when an override cannot be applied; `problems` lists every defect found. */
export class RuleOverrideError extends Error {
  readonly code = 'INVALID_RULE_OVERRIDE';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid rule override: ${problems.join('; ')}. Fix the override document and load it again.`);
    this.name = 'RuleOverrideError';
  }
}

const LEVEL_RANK = { PROVINCE: 1, PREFECTURE: 2, COUNTY: 3 } as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function problemsOf(defaults: RuleSet, override: RuleOverride, index: number): string[] {
  const at = `override ${index} (${override.source})`;
  const problems: string[] = [];
  if (!isRegionCode(override.region))
    problems.push(`${at}: region ${override.region} is not a GB/T 2260 code`);
  for (const date of [override.effectiveFrom, override.effectiveTo]) {
    if (date === undefined) continue;
    try {
      parseDate(date);
    } catch {
      problems.push(`${at}: ${date} is not a YYYY-MM-DD date`);
    }
  }
  if (override.effectiveTo !== undefined && override.effectiveTo < override.effectiveFrom) {
    problems.push(
      `${at}: effectiveTo ${override.effectiveTo} is before effectiveFrom ${override.effectiveFrom}`,
    );
  }
  for (const [key, value] of Object.entries(override.values)) {
    if (!Object.hasOwn(defaults, key)) {
      problems.push(`${at}: unknown rule key '${key}' (known keys: ${Object.keys(defaults).join(', ')})`);
      continue;
    }
    const expected = defaults[key as RuleKey].value;
    const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    // A rule without a default (`null`) takes an object or a number, whichever the rule is about.
    const nullable = expected === null && ['object', 'number'].includes(kindOf(value));
    if (!nullable && kindOf(value) !== kindOf(expected)) {
      problems.push(`${at}: '${key}' must be ${kindOf(expected)} like the default, got ${kindOf(value)}`);
    }
  }
  return problems;
}

/** Every defect in `overrides` (empty when all can be applied). */
export function validateOverrides(defaults: RuleSet, overrides: readonly RuleOverride[]): string[] {
  return overrides.flatMap((override, index) => problemsOf(defaults, override, index));
}

/**
 * The rule set in force in `region` on `at` (an instant, or a `YYYY-MM-DD` business date).
 * Each key is resolved separately, so a province may set premiums while a county sets subsidies.
 * Ties at the same level go to the later `effectiveFrom`, then to the later entry in `overrides`.
 * Throws {@link RuleOverrideError} for unknown keys, bad regions or bad dates.
 * @example
 * resolveRules(DEFAULT_RULES, [{ region: '210000', effectiveFrom: '2025-01-01', source: '辽宁…',
 *   values: { escrowAutoReleaseHours: 48 } }], { region: '210202', at: '2025-07-01' })
 *   .escrowAutoReleaseHours.value // 48
 */
export function resolveRules(
  defaults: RuleSet,
  overrides: readonly RuleOverride[],
  where: { readonly region: string; readonly at: Instant },
): RuleSet {
  const problems = validateOverrides(defaults, overrides);
  if (problems.length > 0) throw new RuleOverrideError(problems);
  const date = typeof where.at === 'string' && DATE_ONLY.test(where.at) ? where.at : shanghaiDate(where.at);
  const applicable = overrides
    .map((override, order) => ({ override, order, rank: LEVEL_RANK[regionLevel(override.region)] }))
    .filter(({ override }) => isWithinRegion(where.region, override.region))
    .filter(
      ({ override }) => override.effectiveFrom <= date && (override.effectiveTo ?? '9999-12-31') >= date,
    )
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.override.effectiveFrom.localeCompare(b.override.effectiveFrom) ||
        a.order - b.order,
    );
  const resolved: Record<string, Rule<unknown>> = { ...defaults };
  // Ascending specificity: later writes win.
  for (const { override } of applicable) {
    for (const [key, value] of Object.entries(override.values)) {
      resolved[key] = {
        value,
        source: override.source,
        basis: 'LOCAL',
        note: `replaces the default from ${defaults[key as RuleKey].source}`,
        scope: {
          region: override.region,
          effectiveFrom: override.effectiveFrom,
          effectiveTo: override.effectiveTo,
        },
      };
    }
  }
  return Object.freeze(resolved) as unknown as RuleSet;
}
