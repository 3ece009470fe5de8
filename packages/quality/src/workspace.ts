import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (this file is `packages/quality/src/workspace.ts`). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The fields of a package.json these gates read. */
export interface PackageManifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  devDependencies?: Record<string, string>;
}

/** A published (non-private) workspace package under `packages/`. */
export interface PublicPackage {
  name: string;
  /** Absolute path of the package directory. */
  dir: string;
  manifest: PackageManifest;
}

/** Reads `<dir>/package.json`. */
export function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
}

/**
 * Every non-private `packages/*` package, sorted by name. Discovered, not listed, so a package
 * that lands later (say `@gigmarket/sdk`) is gated without anyone editing the gates.
 */
export function publicPackages(): PublicPackage[] {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      return { name: readManifest(dir).name, dir, manifest: readManifest(dir) };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The manifest of @gigmarket/quality itself. */
export const qualityManifest: PackageManifest = readManifest(resolve(repoRoot, 'packages/quality'));
