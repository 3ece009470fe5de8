import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSnapshot } from './build.js';

/**
 * Where the prebuilt snapshot lives on disk, whether or not it exists yet: `dist/demo-city.tar.gz`
 * of this package (`./snapshot` in `exports`), found through the package's own `package.json` so
 * that the source and the bundled build agree.
 */
export function snapshotPath(): string {
  const manifest = createRequire(import.meta.url).resolve('@gigmarket/mock/package.json');
  return join(dirname(manifest), 'dist', 'demo-city.tar.gz');
}

/**
 * The demo snapshot for Node: the prebuilt file when the package was built, otherwise built now in
 * memory (seconds, once per process: the result is shared by every mock of the process).
 */
export function nodeSnapshot(): Promise<Blob> {
  loading ??= readOrBuild();
  return loading;
}
let loading: Promise<Blob> | undefined;

/** Set by the package's own test setup: keep a snapshot built at run time for the next processes. */
export const WRITE_SNAPSHOT_ENV = 'GIGMARKET_MOCK_WRITE_SNAPSHOT';

async function readOrBuild(): Promise<Blob> {
  const path = snapshotPath();
  if (existsSync(path)) return new Blob([await readFile(path)]);
  const blob = await buildSnapshot();
  if (process.env[WRITE_SNAPSHOT_ENV] === '1') {
    // Written aside and renamed, so that a process starting meanwhile never reads half a file.
    const partial = `${path}.${process.pid}.partial`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
    await rename(partial, path);
  }
  return blob;
}

/** Writes a fresh snapshot to the package (the build step and the test setup call it). */
export async function writeSnapshot(path = snapshotPath()): Promise<void> {
  const blob = await buildSnapshot();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, new Uint8Array(await blob.arrayBuffer()));
}
