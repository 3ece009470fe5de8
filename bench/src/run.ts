/**
 * `pnpm bench`: the reference server under autocannon on PGlite and on PostgreSQL, each seeded with
 * 100,000 open jobs, against Prism's mock of the same spec as the baseline, all in one run. Prints a
 * Markdown table for the README. Not a test: nothing here runs in CI.
 *
 * Environment: BENCH_SECONDS (10 per row), BENCH_OPEN_JOBS (100000), BENCH_ESCROW_POOL (3000),
 * BENCH_ENGINES (`pglite,postgres`). `--only <word>` (e.g. `pnpm bench --only near`) measures only
 * the server rows whose operation contains the word; Prism's two baseline rows are always measured.
 */
import type autocannon from 'autocannon';
import { type BenchServer, startBenchServer } from './child.js';
import { BENCH_CLIENT } from './clients.js';
import { measureEscrowFlow } from './escrow-flow.js';
import { COUNTIES } from './jobs.js';
import { type Measured, measure } from './load.js';
import { freshDatabase } from './postgres.js';
import { startPrism } from './prism.js';
import { machine, table } from './report.js';
import { validateAnswers } from './validate.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const headers = { 'X-Api-Key': BENCH_CLIENT.apiKey };
const say = (line: string) => process.stderr.write(`${line}\n`);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
/** Whether the row named `name` is measured in this run. */
const wanted = (name: string) => !only || name.includes(only);

/** GET requests cycling through `paths`, one per request. */
function cycling(paths: string[]): autocannon.Request[] {
  let i = 0;
  return [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] as string }) }];
}

async function measureServer(server: BenchServer, rows: Measured[]): Promise<void> {
  const { city, url, engine } = server;
  const target = `server on ${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}`;
  const near = COUNTIES.map((c) => `/v1/jobs?near=${c.lng},${c.lat}&radiusM=5000&limit=20`);
  const matches = `/v1/workers/${city.workerId}/job-matches?limit=20`;
  const checked = await validateAnswers(url, BENCH_CLIENT.apiKey, {
    jobIds: city.jobIds.slice(0, 50),
    near: near[0] as string,
    matches,
  });
  say(
    `${target}: ${city.openJobs} open jobs seeded in ${server.seedSeconds.toFixed(1)} s; ${checked} answers valid`,
  );
  const load = { url, headers, seconds };
  const jobPaths = city.jobIds.map((id) => `/v1/jobs/${id}`);
  const scenarios: Array<[string, autocannon.Request[]]> = [
    ['get one job', cycling(jobPaths)],
    ['search jobs near a point (5 km)', cycling(near)],
    [`match 20 jobs for a worker among ${city.openJobs.toLocaleString('en')}`, cycling([matches])],
  ];
  for (const [name, requests] of scenarios)
    if (wanted(name)) rows.push(await measure(name, target, { ...load, requests }));
  if (wanted('escrow flow')) {
    const flow = await measureEscrowFlow(url, BENCH_CLIENT.apiKey, city.escrowPool, { seconds });
    rows.push({ ...flow, target });
  }
}

const started = new Date();
say(`bench: ${machine()}`);
const prism = await startPrism();
const rows: Measured[] = [];
try {
  const prismGet = {
    url: prism.url,
    headers,
    seconds,
    requests: cycling(['/jobs/job_01HZX8Q3W5T7V9B1C3D5F7G9HJ']),
  };
  const before = await measure('get one job', 'Prism mock (start of run)', prismGet);
  rows.push(before);
  for (const engine of engines) {
    const database = engine === 'postgres' ? freshDatabase() : null;
    const server = await startBenchServer(database ? { BENCH_DATABASE_URL: database.url } : {});
    try {
      await measureServer(server, rows);
    } finally {
      await server.stop();
      database?.drop();
    }
  }
  const after = await measure('get one job', 'Prism mock (end of run)', prismGet);
  rows.push(after);
  const baseline = (before.perSecond + after.perSecond) / 2;
  process.stdout.write(
    `\nBenchmarks of ${started.toISOString()} — ${machine()}; ${seconds} s per row after 2 s of warm-up, ` +
      `10 connections (4 for the escrow flow); baseline = mean of Prism's two rows.\n\n${table(rows, baseline)}\n`,
  );
} finally {
  await prism.stop();
}
