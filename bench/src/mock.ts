// Benchmark of @gigmarket/mock (README "Speed"): time until ready in a fresh process, reset, and
// the median request through the handlers' pipeline. Prints percentiles; the machine is shared,
// so run it alone for figures to quote. Usage: pnpm --filter @gigmarket/bench bench:mock
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createGigMarketMock } from '@gigmarket/mock';

const RUNS = Number(process.env.READY_RUNS ?? 5);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const summary = (label: string, values: number[]) =>
  console.log(
    `${label.padEnd(34)} median ${quantile(values, 0.5).toFixed(2)} ms  p95 ${quantile(values, 0.95).toFixed(2)} ms  (n=${values.length})`,
  );

// 1. Ready: a fresh Node process per run (module loading, snapshot load, app, seeded-state copy).
const child = fileURLToPath(new URL('./mock-ready.ts', import.meta.url));
const ready = Array.from({ length: RUNS }, () => {
  const out = execFileSync(process.execPath, [...process.execArgv, child], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as Record<string, number>;
});
summary(
  'ready: createGigMarketMock',
  ready.map((r) => r.createMs as number),
);
summary(
  'ready: import + create',
  ready.map((r) => (r.importMs as number) + (r.createMs as number)),
);
summary(
  'ready: since process start',
  ready.map((r) => r.sinceProcessStartMs as number),
);

// 2. Reset after a few writes, and 3. requests, in this process.
const mock = await createGigMarketMock({ seed: 1 });
const headers = { 'X-Api-Key': mock.credentials.platform.apiKey };
const resets: number[] = [];
for (let i = 0; i < 30; i++) {
  await mock.fixtures.worker();
  const started = performance.now();
  await mock.reset();
  resets.push(performance.now() - started);
}
summary('reset (after a write)', resets);

const job = await mock.fixtures.job();
const time = async (label: string, send: () => Promise<Response>, n = 300) => {
  for (let i = 0; i < 20; i++) await (await send()).arrayBuffer(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await (await send()).arrayBuffer();
    ms.push(performance.now() - started);
  }
  summary(label, ms);
};
await time('request: GET /jobs/{id}', () => mock.fetch(`/jobs/${job.id}`, { headers }));
await time('request: GET /jobs?limit=20', () => mock.fetch('/jobs?limit=20', { headers }));
await time('request: GET / (discovery)', () => mock.fetch('/'));
await mock.close();
