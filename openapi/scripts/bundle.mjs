// Bundles the multi-file spec into dist/openapi.json and dist/openapi.yaml (the input of every
// generator, the mock and the API reference). Fails when the root's paths/webhooks are stale, or
// when two schema files share a name (the bundler would rename one `Name-2`, breaking generated names).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
execFileSync(process.execPath, ['scripts/sync-root.mjs', '--check'], { cwd, stdio: 'inherit' });
mkdirSync(new URL('../dist', import.meta.url), { recursive: true });
for (const ext of ['json', 'yaml']) {
  const run = spawnSync(
    join(cwd, 'node_modules', '.bin', 'redocly'),
    ['bundle', 'openapi.yaml', '--config', 'redocly.yaml', '-o', `dist/openapi.${ext}`],
    { cwd, env, encoding: 'utf8' },
  );
  const out = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) {
    console.error(out);
    process.exit(run.status ?? 1);
  }
  const renamed = [...out.matchAll(/Renamed (\S+) to (\S+)\./g)].map((m) => `${m[1]} → ${m[2]}`);
  if (renamed.length) {
    console.error(
      `Schema names must be unique across domains; the bundler renamed: ${[...new Set(renamed)].join(', ')}`,
    );
    process.exit(1);
  }
}
