// Bundles the multi-file spec into dist/openapi.json and dist/openapi.yaml (the input of every
// generator, the mock and the API reference). Fails when the root's paths/webhooks are stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
execFileSync(process.execPath, ['scripts/sync-root.mjs', '--check'], { cwd, stdio: 'inherit' });
mkdirSync(new URL('../dist', import.meta.url), { recursive: true });
for (const ext of ['json', 'yaml']) {
  execFileSync(
    'redocly',
    ['bundle', 'openapi.yaml', '--config', 'redocly.yaml', '-o', `dist/openapi.${ext}`],
    {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
