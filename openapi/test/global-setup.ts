import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    bundledSpecPath: string;
  }
}

/** Bundles the current sources once per run, so tests always check what is on disk, not a stale dist/. */
export default function setup(project: TestProject) {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const out = join(mkdtempSync(join(tmpdir(), 'gigmarket-spec-')), 'openapi.json');
  execFileSync(
    join(cwd, 'node_modules', '.bin', 'redocly'),
    ['bundle', 'openapi.yaml', '--config', 'redocly.yaml', '-o', out],
    {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  project.provide('bundledSpecPath', out);
}
