import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specRoot } from './sources.js';

/** Runs redocly lint with the project's config and returns the ids of the rules that reported. */
function lint(file: string): { rules: Set<string>; messages: string[] } {
  let out: string;
  try {
    out = execFileSync(
      join(specRoot, 'node_modules', '.bin', 'redocly'),
      ['lint', file, '--config', 'redocly.yaml', '--format', 'json', '--max-problems', '500'],
      {
        cwd: specRoot,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).toString();
  } catch (error) {
    out = (error as { stdout: Buffer }).stdout.toString();
  }
  const problems = (
    JSON.parse(out.slice(out.indexOf('{'))) as { problems: Array<{ ruleId: string; message: string }> }
  ).problems;
  return {
    rules: new Set(problems.map((p) => p.ruleId)),
    messages: problems.map((p) => `${p.ruleId}: ${p.message}`),
  };
}

describe("the project's lint rules", { timeout: 60_000 }, () => {
  const broken = lint('test/fixtures/broken-spec.yaml');

  it.each([
    'rule/operation-id-resource-action',
    'rule/tags-are-domains',
    'gigmarket/success-response-example',
    'gigmarket/errors-are-problem-json',
    'gigmarket/post-idempotency-key',
    'gigmarket/roles-declared',
    'gigmarket/named-schema-example',
    'gigmarket/schema-description',
  ])('%s reports its defect in the broken fixture', (rule) => {
    expect([...broken.rules]).toContain(rule);
  });

  it('names the unknown role and the missing header in its messages', () => {
    expect(broken.messages.join('\n')).toMatch(/unknown role "pirate"/);
    expect(broken.messages.join('\n')).toMatch(/Idempotency-Key/);
  });

  // Linting the whole standard takes several seconds on a 2-core machine.
  it('passes the standard itself with zero problems', { timeout: 60_000 }, () => {
    const real = lint('openapi.yaml');
    expect(real.messages).toEqual([]);
  });
});
