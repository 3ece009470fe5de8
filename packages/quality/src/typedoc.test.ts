import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from './workspace.js';

const run = promisify(execFile);
const typedocBin = join(createRequire(import.meta.url).resolve('typedoc/package.json'), '..', 'bin/typedoc');

// `pnpm docs:sdk` with the root typedoc.json (treatWarningsAsErrors), rendered to a scratch
// directory: conversion and rendering both warn (unexported types, broken relative links).
it('typedoc renders the SDK reference with zero warnings', { timeout: 600_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'gigmarket-typedoc-'));
  const result = await run(process.execPath, [typedocBin, '--out', out], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: `${error.stdout}${error.stderr}`,
    }),
  );
  rmSync(out, { recursive: true, force: true });
  const problems = result.output.split('\n').filter((line) => /\[(warning|error)\]/.test(line));
  expect(problems, 'typedoc warnings: fix the JSDoc or exports they name (see pnpm docs:sdk)').toEqual([]);
  expect(result.code, result.output.slice(-2000)).toBe(0);
});
