// Writes the `paths:` and `webhooks:` maps of openapi.yaml from the files in paths/ and webhooks/,
// so that no one edits the shared root by hand. A file name spells its path with `@` for `/`:
// paths/jobs/jobs@{jobId}@submit.yaml → /jobs/{jobId}/submit; webhooks/settlement/escrow.released.yaml
// → the `escrow.released` webhook. `--check` exits 1 when the root is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootFile = join(root, 'openapi.yaml');

function yamlFiles(dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

function block(dir, keyOf) {
  const entries = yamlFiles(dir).map((file) => [keyOf(file), file]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set();
  for (const [key, file] of entries) {
    if (seen.has(key)) throw new Error(`two files define ${key} (second: ${file})`);
    seen.add(key);
  }
  if (entries.length === 0) return ' {}\n';
  return `\n${entries.map(([key, file]) => `  ${JSON.stringify(key)}:\n    $ref: ${file}\n`).join('')}`;
}

const pathOf = (file) =>
  `/${file
    .split('/')
    .pop()
    .replace(/\.yaml$/, '')
    .replaceAll('@', '/')}`.replace(/^\/_root$/, '/');
const webhookOf = (file) =>
  file
    .split('/')
    .pop()
    .replace(/\.yaml$/, '');

const current = readFileSync(rootFile, 'utf8');
const next = current
  .replace(/^paths:[\s\S]*?(?=^# Generated from the files in webhooks)/m, `paths:${block('paths', pathOf)}`)
  .replace(/^webhooks:[\s\S]*?(?=^components:)/m, `webhooks:${block('webhooks', webhookOf)}`);

if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('openapi.yaml paths/webhooks are out of date: run `node scripts/sync-root.mjs`');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(rootFile, next);
}
