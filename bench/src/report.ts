/**
 * The result table, in Markdown (pasted into the README's Benchmarks section as printed), with the
 * ratio of every row's throughput to Prism's on the same read: ratios measured in one run are the
 * only figures that mean something on a shared machine.
 */
import { cpus, loadavg } from 'node:os';
import type { Measured } from './load.js';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const rate = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1));

/** The machine line: cores, CPU model, load averages (others' work on the same cores shows here). */
export function machine(): string {
  const [one, five] = loadavg();
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average ${one?.toFixed(1)} (1 min) / ${five?.toFixed(1)} (5 min)`;
}

/** Markdown table of all rows; `baseline` is Prism's throughput on `GET /jobs/{jobId}`. */
export function table(rows: Measured[], baseline: number): string {
  const lines = [
    '| operation | served by | throughput | p50 ms | p99 ms | × Prism `GET /jobs/{id}` throughput | failed |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const unit = r.name.startsWith('escrow flow') ? 'flows/s' : 'req/s';
    const failed = r.errors + r.non2xx;
    lines.push(
      `| ${r.name} | ${r.target} | ${rate(r.perSecond)} ${unit} | ${ms(r.p50)} | ${ms(r.p99)} | ${(r.perSecond / baseline).toFixed(2)} | ${failed} of ${r.total.toLocaleString('en')} |`,
    );
  }
  return lines.join('\n');
}
