// Profiling aid for @gigmarket/mock (README "Speed"): where a GET /jobs/{id} spends its time.
// Times each stage on the mock's own database (the SQL the app runs, by hand) next to the whole
// request. Usage: node --conditions=@gigmarket/source --import tsx src/mock-profile.ts
import { createGigMarketMock } from '@gigmarket/mock';

const mock = await createGigMarketMock({ seed: 1 });
const headers = { 'X-Api-Key': mock.credentials.platform.apiKey };
const job = await mock.fixtures.job();
const N = Number(process.env.N ?? 300);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  process.stdout.write(`${label.padEnd(40)} median ${median(ms).toFixed(3)} ms\n`);
}

await time('request GET /jobs/{id}', async () =>
  (await mock.fetch(`/jobs/${job.id}`, { headers })).arrayBuffer(),
);
await time('request GET / (discovery)', async () => (await mock.fetch('/')).arrayBuffer());
await time('request GET /me', async () => (await mock.fetch('/me', { headers })).arrayBuffer());
await mock.close();
