import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sdkPackages } from './sdk-packages.js';
import { publicPackages, qualityManifest, repoRoot } from './workspace.js';

// The gates discover packages; these checks make sure a package that lands later is also built
// before them (turbo's ^build follows devDependencies) and documented.
describe('gated packages', () => {
  it.each(publicPackages())('$name is a devDependency of @gigmarket/quality', (pkg) => {
    expect(
      qualityManifest.devDependencies?.[pkg.name],
      `add "${pkg.name}": "workspace:*" to packages/quality/package.json devDependencies, so turbo builds it before the gates run`,
    ).toBe('workspace:*');
  });

  it('typedoc.json documents exactly the SDK packages', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, 'typedoc.json'), 'utf8')) as {
      entryPoints: string[];
    };
    const expected = sdkPackages().map((pkg) => relative(repoRoot, pkg.dir));
    expect(
      [...config.entryPoints].sort(),
      'typedoc.json "entryPoints" must list every SDK package (or list the package in OUTSIDE_THE_SDK in packages/quality/src/sdk-packages.ts); each needs its own typedoc.json with "entryPoints"',
    ).toEqual(expected.sort());
  });
});
