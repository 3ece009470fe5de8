/**
 * Benchmark (not a test): rankJobsForWorker on 100,000 open jobs against a naive full scan, in the
 * same run. Run from packages/engine: `npx vitest bench --run`. Prints p50/p99 per query for both
 * and the ratio of the medians, after vitest's own table.
 */
import { afterAll, bench, describe } from 'vitest';
import { buildGeoIndex } from '../src/matching/geo-index.js';
import { rankJobsByFullScan, rankJobsForWorker } from '../src/matching/rank.js';
import type { MatchJob, MatchWorker } from '../src/matching/score.js';

const JOBS = 100_000;
const QUERIES = 500;
const OPTIONS = { limit: 20, radiusM: 5000 };

/** Deterministic PRNG (mulberry32), so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20250701);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

// Cities of DOMAIN.md §5.1: Hangzhou, Ningbo, Taiyuan, Sanming, Nanping, Quanzhou, Dalian, Hohhot, Xiamen, Beijing, Qingdao, Nanjing…
const CITIES = [
  [30.42, 120.3],
  [29.87, 121.55],
  [37.87, 112.55],
  [26.26, 117.64],
  [27.33, 118.12],
  [24.87, 118.68],
  [38.91, 121.61],
  [40.84, 111.75],
  [24.48, 118.09],
  [39.8, 116.65],
  [36.07, 120.38],
  [31.95, 118.85],
  [22.82, 108.32],
  [23.9, 106.62],
  [34.6, 119.22],
  [30.0, 122.2],
  [45.8, 126.53],
  [29.08, 119.65],
] as const;
const SKILLS = ['4-02-07-10', '4-10-01-06', '4-10-01-05', '6-29-01-01', '6-29-01-03', '4-02-07-08'];
const around = (): { lat: number; lng: number } => {
  const [lat, lng] = CITIES[Math.floor(random() * CITIES.length)] as readonly [number, number];
  return { lat: lat + gaussian() * 0.12, lng: lng + gaussian() * 0.14 }; // σ ≈ 13 km
};
const pick = () => SKILLS[Math.floor(random() * SKILLS.length)] as string;

const jobs: MatchJob[] = Array.from({ length: JOBS }, (_, i) => ({
  id: `job_${String(i).padStart(6, '0')}`,
  location: around(),
  occupationCode: pick(),
  ...(random() < 0.3 ? { requiredLevel: 1 + Math.floor(random() * 5) } : {}),
  pay:
    random() < 0.5
      ? { unit: 'PER_DAY', rateFen: 10_000 + Math.floor(random() * 30_000) }
      : { unit: 'PER_HOUR', rateFen: 1500 + Math.floor(random() * 4000) },
  schedule: {
    dailyHours: 4 + Math.floor(random() * 7),
    workDays: [1 + Math.floor(random() * 7)],
    shifts: [{ start: '08:00', end: '17:00' }],
  },
  employerCreditScore: 400 + Math.floor(random() * 500),
}));
const workers: MatchWorker[] = Array.from({ length: QUERIES }, (_, i) => ({
  id: `wkr_${i}`,
  location: around(),
  skills: [{ code: pick(), level: 4 }, { code: pick() }],
  payFloor: { amountFen: 15_000 + Math.floor(random() * 10_000), unit: 'PER_DAY' },
  availability: { maxDailyHours: 8, days: [1, 2, 3, 4, 5, 6], hours: { start: '07:00', end: '18:00' } },
  creditScore: 600,
}));

const buildStart = performance.now();
const index = buildGeoIndex(jobs);
const buildMs = performance.now() - buildStart;

// Same answers, or the comparison means nothing.
for (const worker of workers.slice(0, 20)) {
  const a = JSON.stringify(rankJobsForWorker(worker, index, OPTIONS));
  if (a !== JSON.stringify(rankJobsByFullScan(worker, jobs, OPTIONS)))
    throw new Error(`results differ for ${worker.id}`);
}

const samples = { naive: [] as number[], indexed: [] as number[] };
let nextNaive = 0;
let nextIndexed = 0;

function timed(into: number[], run: () => unknown): void {
  const start = performance.now();
  run();
  into.push(performance.now() - start);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

describe(`rank 20 jobs within ${OPTIONS.radiusM} m among ${JOBS.toLocaleString('en')} open jobs`, () => {
  bench(
    'naive full scan + sort',
    () => {
      const worker = workers[nextNaive++ % QUERIES] as MatchWorker;
      timed(samples.naive, () => rankJobsByFullScan(worker, jobs, OPTIONS));
    },
    { time: 3000 },
  );

  bench(
    'grid index + top-k heap',
    () => {
      const worker = workers[nextIndexed++ % QUERIES] as MatchWorker;
      timed(samples.indexed, () => rankJobsForWorker(worker, index, OPTIONS));
    },
    { time: 3000 },
  );
});

afterAll(() => {
  const line = (name: string, values: number[]) =>
    `${name.padEnd(26)} n=${String(values.length).padStart(6)}  p50=${percentile(values, 50).toFixed(3)} ms  p99=${percentile(values, 99).toFixed(3)} ms\n`;
  const ratio = percentile(samples.naive, 50) / percentile(samples.indexed, 50);
  const ratio99 = percentile(samples.naive, 99) / percentile(samples.indexed, 99);
  process.stdout.write(
    `\nmatching benchmark (${JOBS} jobs, ${QUERIES} query workers, index build ${buildMs.toFixed(1)} ms)\n` +
      line('naive full scan + sort', samples.naive) +
      line('grid index + top-k heap', samples.indexed) +
      `speed-up: ${ratio.toFixed(1)}× at p50, ${ratio99.toFixed(1)}× at p99\n`,
  );
});
