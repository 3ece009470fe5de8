import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackage } from './pack.js';
import { type PublicPackage, publicPackages } from './workspace.js';

const run = promisify(execFile);
const attwBin = join(
  createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json'),
  '..',
  'dist/index.js',
);

/** One problem in `attw --format json` output. */
interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/**
 * Entry points attw may not check, each with its reason: a data file is not a module, and an
 * ESM-only entry has no CommonJS types to resolve. Everything else must resolve cleanly.
 */
const ATTW_EXCLUDED: Record<string, Record<string, string>> = {
  '@gigmarket/mock': {
    './snapshot': 'the prebuilt PGlite snapshot (a .tar.gz for the browser to fetch), not a module',
  },
};
/** Entry points that are ESM only on purpose, so their node16 CommonJS resolution is not checked. */
const ESM_ONLY: Record<string, Record<string, string>> = {
  '@gigmarket/mock': { './browser': "for MSW's setupWorker in browsers, whose PGlite build is ESM only" },
};

// Every published package, checked on the tarball `pnpm pack` makes (what npm users install).
describe.each(publicPackages())('exports of $name', (pkg: PublicPackage) => {
  let tarball: string;
  beforeAll(async () => {
    tarball = await packPackage(pkg.dir);
  });
  afterAll(() => rmSync(tarball, { force: true }));

  it('has no publint message (errors, warnings or suggestions)', async () => {
    const data = readFileSync(tarball);
    const { messages, pkg: manifest } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: 'suggestion',
    });
    const report = messages.map(
      (message) => `${message.type} ${message.code}: ${formatMessage(message, manifest)}`,
    );
    expect(report, `publint on ${pkg.name}: fix package.json (https://publint.dev/rules)`).toEqual([]);
  });

  it('resolves its types under node16 (ESM and CJS) and bundlers (attw)', async () => {
    // `--profile node16` ignores node10 (`moduleResolution: node`), which cannot see subpath
    // exports such as `./validation`; every other resolution must find matching types.
    const result = await run(
      process.execPath,
      [
        attwBin,
        tarball,
        '--format',
        'json',
        '--profile',
        'node16',
        ...Object.keys(ATTW_EXCLUDED[pkg.name] ?? {}).flatMap((entry) => ['--exclude-entrypoints', entry]),
      ],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }));
    const output = JSON.parse(result.stdout) as { problems?: Record<string, AttwProblem[]> };
    const problems = Object.values(output.problems ?? {})
      .flat()
      .filter((problem) => problem.resolutionKind !== 'node10')
      .filter(
        (problem) =>
          !(
            problem.resolutionKind === 'node16-cjs' &&
            problem.entrypoint &&
            ESM_ONLY[pkg.name]?.[problem.entrypoint]
          ),
      )
      .map((problem) => `${problem.kind} at ${problem.entrypoint} (${problem.resolutionKind})`);
    expect(problems, `attw --pack ${pkg.dir} --profile node16 reports problems`).toEqual([]);
    // attw exits 1 on any problem it reports, including an ESM-only entry's accepted one.
    const raw = Object.values(output.problems ?? {}).flat();
    const esmOnly = (problem: AttwProblem) =>
      problem.resolutionKind === 'node16-cjs' && Boolean(ESM_ONLY[pkg.name]?.[problem.entrypoint ?? '']);
    const allowedCode = raw.some(esmOnly) ? 1 : 0;
    expect('code' in result ? result.code : 0, 'attw exited with an unexpected code').toBe(allowedCode);
  });
});
