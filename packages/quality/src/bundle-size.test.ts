import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetFor } from './budgets.js';
import { type BundleMeasure, measureBundle } from './bundle.js';
import { sizeEntries } from './size-entries.js';
import { repoRoot } from './workspace.js';

// Like zod's packages/treeshake: bundle a tiny app per package with esbuild (minified, browser,
// ESM, from the built dist) and compare its gzip size with a budget. Budgets live in budgets.ts.
const sdkPresent = existsSync(join(repoRoot, 'packages/sdk/package.json'));

describe.each(sizeEntries(sdkPresent))('bundle size: $label (validation: $validation)', (entry) => {
  let measured: BundleMeasure;
  beforeAll(async () => {
    measured = await measureBundle(entry.source);
  });

  it('stays within its gzip budget', () => {
    const { gzip } = measured;
    const budget = budgetFor(entry.label, entry.validation);
    expect(
      gzip,
      budget === 0
        ? `No budget for "${entry.label}" (validation: ${entry.validation}); it measures ${gzip} B gzip. ` +
            'Add one in packages/quality/src/budgets.ts (measurement + 15%).'
        : `${entry.label} (validation: ${entry.validation}) is ${gzip} B gzip, over its ${budget} B budget ` +
            `by ${gzip - budget} B. Shrink it (run \`pnpm --filter @gigmarket/quality size\` for the table), ` +
            'or raise the constant in packages/quality/src/budgets.ts and explain why in the commit.',
    ).toBeLessThanOrEqual(budget === 0 ? -1 : budget);
  });

  it('bundles the built dist, not the TypeScript source', () => {
    const { inputs } = measured;
    const fromSource = inputs.filter((input) => /^packages\/[^/]+\/src\//.test(input));
    expect(fromSource, 'the @gigmarket/source condition leaked into the size entry').toEqual([]);
  });

  if (!entry.validation) {
    it('contains no zod code', () => {
      const { code, inputs } = measured;
      expect(inputs.filter((input) => input.includes('/zod/'))).toEqual([]);
      expect(code).not.toContain('ZodError');
    });
  }
});
