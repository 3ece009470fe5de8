// A/B of two demo-city snapshots' load time in one process, interleaved so that both see the same
// machine load. Usage: node --import tsx src/mock-snapshot-ab.ts old.tar.gz new.tar.gz
import { readFile } from 'node:fs/promises';
import { openSnapshotDatabase } from '@gigmarket/server/browser';

const [a, b] = process.argv.slice(2) as [string, string];
const blobs = { a: new Blob([await readFile(a)]), b: new Blob([await readFile(b)]) };
const ms: Record<'a' | 'b', number[]> = { a: [], b: [] };
for (let i = 0; i < 4; i++)
  for (const k of ['a', 'b'] as const) {
    const started = performance.now();
    const { close } = await openSnapshotDatabase(blobs[k]);
    ms[k].push(performance.now() - started);
    await close();
  }
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]?.toFixed(0);
process.stdout.write(
  `old ${median(ms.a)} ms ${JSON.stringify(ms.a.map(Math.round))}\nnew ${median(ms.b)} ms ${JSON.stringify(ms.b.map(Math.round))}\n`,
);
