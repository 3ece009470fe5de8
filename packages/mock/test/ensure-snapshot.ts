import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../server/', import.meta.url));
const SNAPSHOT = fileURLToPath(new URL('../dist/demo-city.tar.gz', import.meta.url));

const modifiedAt = (path: string) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/** The newest modification time under `dir` (migrations and the demo seed decide the snapshot). */
const newest = (dir: string) =>
  Math.max(
    0,
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => modifiedAt(join(e.parentPath, e.name))),
  );

/**
 * Vitest global setup. Tests load the prebuilt snapshot like partners do; one older than the
 * server's migrations or demo seed is removed, and the first test process to need it builds it
 * again from the workspace's source and keeps it for the others (`GIGMARKET_MOCK_WRITE_SNAPSHOT`).
 * (This setup cannot build it itself: its module runner resolves packages to their `dist`.)
 */
export default function ensureSnapshot(): void {
  process.env.GIGMARKET_MOCK_WRITE_SNAPSHOT = '1';
  const inputs = Math.max(newest(join(SERVER, 'migrations')), newest(join(SERVER, 'src/demo')));
  if (modifiedAt(SNAPSHOT) < inputs) rmSync(SNAPSHOT, { force: true });
}
