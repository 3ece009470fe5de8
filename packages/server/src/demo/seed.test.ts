import { schemas as jobSchemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from './clients.js';
import type { DemoCitySummary } from './summary.js';
import { seedTestCity } from './test-city.js';

type City = Awaited<ReturnType<typeof seedTestCity>>;
type Page = { data: Array<Record<string, unknown>>; nextCursor: string | null };
const REGULATOR = 'gm_demo_regulator';
let city: City;
/** A second city ending at another hour and season: the content must be the same, only dates move. */
let later: City;

beforeAll(async () => {
  city = await seedTestCity(new Date('2025-07-10T12:00:00+08:00'));
  later = await seedTestCity(new Date('2026-01-21T03:17:00+08:00'));
}, 600_000);
afterAll(async () => {
  await city?.close();
  await later?.close();
});

/** Every page of a list as the regulator, who sees all tenants. */
async function all(path: string, of: City = city) {
  const rows: Page['data'] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await of.as(REGULATOR)(`${path}?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
function tally(rows: Page['data']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[String(r.status)] = (counts[String(r.status)] ?? 0) + 1;
  return counts;
}

describe('seedDemoCity', () => {
  it('reports what the API holds: counts per resource and states', async () => {
    const { summary } = city;
    expect(summary).toMatchObject({
      districts: 13,
      gigMarkets: 11,
      employers: 11,
      workers: 16,
      jobs: 17,
      contracts: 11,
      ratings: 5,
      escrowsByStatus: { RELEASED: 2, DISPUTED: 1, REFUNDED: 1, HELD: 2, FUNDED: 1 },
      insurancePoliciesByStatus: { EXPIRED: 9, ACTIVE: 1, CANCELLED: 1, BOUND: 1 },
    } satisfies Partial<DemoCitySummary>);
    expect((await all('/gig-markets')).length).toBe(summary.gigMarkets);
    expect((await all('/employers')).length).toBe(summary.employers);
    expect((await all('/workers')).length).toBe(summary.workers);
    expect(tally(await all('/jobs'))).toEqual(summary.jobsByStatus);
    expect(tally(await all('/escrows'))).toEqual(summary.escrowsByStatus);
    expect(summary.creditEvents).toBeGreaterThan(0);
    expect(summary.endedAt).toBe('2025-07-10T12:00:00+08:00');
  });

  it('leaves a job in every state of the JobStatus machine, and applications and work orders in most of theirs', async () => {
    const jobs = tally(await all('/jobs'));
    for (const status of jobSchemas.zJobStatus.options) expect(jobs[status], status).toBeGreaterThan(0);
    expect(Object.keys(city.summary.applicationsByStatus).sort()).toEqual(
      [...jobSchemas.zApplicationStatus.options].sort(),
    );
    expect(Object.keys(city.summary.assignmentsByStatus)).toEqual(
      expect.arrayContaining([
        'CONFIRMED',
        'IN_PROGRESS',
        'COMPLETED_PENDING_CONFIRMATION',
        'DISPUTED',
        'SETTLED',
        'NO_SHOW',
        'CANCELLED_BY_EMPLOYER',
      ]),
    );
  });

  it('gives every demo role seeded data to read with its own credentials', async () => {
    const reads: Record<string, string> = {
      platform: '/jobs',
      hr_agency: '/jobs',
      market_operator: '/employers',
      insurer: '/insurance-policies',
      regulator: '/credit-events',
      worker_app: '/workers',
    };
    for (const client of DEMO_CLIENTS) {
      const page = await city.as(client.apiKey as string)<Page>(reads[client.role] as string);
      expect(page.data.length, client.role).toBeGreaterThan(0);
    }
  });

  it('is the same city whenever it is seeded: names, identifiers, amounts and states', async () => {
    const { startedAt: _a, endedAt: _b, ...first } = city.summary;
    const { startedAt: _c, endedAt: _d, ...second } = later.summary;
    expect(second).toEqual(first);
    const content = async (of: City) => ({
      jobs: (await all('/jobs', of))
        .map((j) => [j.title, j.status, j.employerDisplayName, j.openingsFilled])
        .sort(),
      workers: (await all('/workers', of)).map((w) => [w.name, w.idNumberMasked, w.residenceRegion]).sort(),
      employers: (await all('/employers', of)).map((e) => [e.displayName, e.uscc ?? null, e.status]).sort(),
      escrows: (await all('/escrows', of)).map((e) => [e.amountFen, e.releasedFen, e.status]).sort(),
    });
    expect(await content(later)).toEqual(await content(city));
  });

  it('stays within the first-start budget', () => {
    // A guard against a seed that grows slow, not a benchmark: the bound leaves room for a loaded
    // machine (measured: a few seconds on an idle one; see the README).
    expect(city.seconds).toBeLessThan(60);
  });
});
