// Fails when generated files differ from what is committed: run after `pnpm test` has regenerated
// everything (turbo's `generate` tasks, the spec root, the state-machine diagrams). The spec is the
// source of truth; generated output is committed so reviewers see it, and never edited by hand.
import { execFileSync } from 'node:child_process';

const generated = [':(glob)**/src/generated/**', 'openapi/openapi.yaml', 'docs/domains/**'];
execFileSync(process.execPath, ['openapi/scripts/sync-root.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['openapi/scripts/render-state-machines.mjs'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...generated], {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error(
    `Generated files differ from a fresh generation; run \`pnpm generate\` and commit:\n${changed}`,
  );
  process.exit(1);
}
console.log('generated files: no drift');
