import { readFileSync } from 'node:fs';
import { ruleOverrideProblems } from '@gigmarket/server';

/** A city's rule overrides: the values that differ from the standard's defaults, and their source. */
export interface RuleFile {
  /** The regulation or notice the values come from, cited on every overridden rule. */
  source: string;
  /** Rule name → value, for the deployment's region (names as in DOMAIN.md §4 / the engine). */
  values: Record<string, unknown>;
}

/**
 * Reads and checks a rule file (`--rules`, JSON `{ "source": "…", "values": { … } }`) for `region`.
 * Throws one message listing every defect, so the server refuses to start on a typo rather than
 * silently applying the defaults.
 *
 * @example
 * readRuleFile('rules/hangzhou.json', '330110').values.minimumHourlyWageFen; // 2530
 */
export function readRuleFile(path: string, region: string): RuleFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`--rules ${path}: cannot read it as JSON (${(error as Error).message})`);
  }
  const file = parsed as Partial<RuleFile> | null;
  const problems: string[] = [];
  if (typeof file?.source !== 'string' || file.source.trim() === '')
    problems.push('"source" must name the regulation or notice the values come from');
  if (typeof file?.values !== 'object' || file.values === null || Array.isArray(file.values))
    problems.push('"values" must be an object of rule name → value');
  else problems.push(...ruleOverrideProblems({ region, ruleOverrides: file.values }));
  if (problems.length > 0) throw new Error(`--rules ${path}:\n  ${problems.join('\n  ')}`);
  return file as RuleFile;
}
