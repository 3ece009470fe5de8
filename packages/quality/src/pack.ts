import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const packDir = mkdtempSync(join(tmpdir(), 'gigmarket-pack-'));

/**
 * Packs a workspace package with `pnpm pack`, exactly what `changeset publish` uploads:
 * `workspace:` and `catalog:` ranges are replaced and only `files` are included. Returns the
 * tarball path.
 */
export async function packPackage(dir: string): Promise<string> {
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', packDir, '--json'], { cwd: dir });
  return (JSON.parse(stdout) as { filename: string }).filename;
}
