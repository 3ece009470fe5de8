// Prints the gzip size table of packages/quality/README.md: `pnpm --filter @gigmarket/quality size`
// (after `pnpm turbo run build --filter=@gigmarket/quality^...`). Same entries and bundler settings
// as src/bundle-size.test.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFor } from '../src/budgets.js';
import { measureBundle } from '../src/bundle.js';
import { sizeEntries } from '../src/size-entries.js';
import { repoRoot } from '../src/workspace.js';

const entries = sizeEntries(existsSync(join(repoRoot, 'packages/sdk/package.json')));
const labels = [...new Set(entries.map((entry) => entry.label))];
const cell = (bytes: number | undefined) => (bytes === undefined ? '–' : bytes.toLocaleString('en-US'));

console.log(
  '| bundle | gzip, no validation | budget | gzip, with validation | ceiling | min, no validation | min, with validation |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const label of labels) {
  const without = entries.find((entry) => entry.label === label && !entry.validation);
  const withValidation = entries.find((entry) => entry.label === label && entry.validation);
  const a = without ? await measureBundle(without.source) : undefined;
  const b = withValidation ? await measureBundle(withValidation.source) : undefined;
  console.log(
    `| ${label} | ${cell(a?.gzip)} | ${without ? cell(budgetFor(label, false)) : '–'} | ${cell(b?.gzip)} | ${
      withValidation ? cell(budgetFor(label, true)) : '–'
    } | ${cell(a?.minified)} | ${cell(b?.minified)} |`,
  );
}
