import { createGigMarketMock, type GigMarketMock } from '@gigmarket/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from './checks/index.js';
import { runConformance } from './runner.js';
import type { Report } from './types.js';

/**
 * The proof item of the kit's issue: `@gigmarket/mock` passes levels 1 and 2. The kit reaches the
 * mock through its `fetch` option (no port, no MSW): every request of the run (discovery, tokens,
 * the SDK clients' calls, the raw probe) goes to `mock.fetch`, the same pipeline the mock's MSW
 * handlers run. Level 3 is not claimed for a mock, by its design: it has no effective rate limit
 * (partners' suites burst), and it delivers webhooks only when its clock is advanced.
 */
describe('@gigmarket/mock', () => {
  let mock: GigMarketMock;
  let report: Report;

  beforeAll(async () => {
    mock = await createGigMarketMock({ seed: 7 });
    report = await runConformance({
      baseUrl: mock.baseUrl,
      fetch: (input, init) => mock.fetch(new Request(input, init)),
      // The demo clients: the demo city's platform, another tenant (the HR agency; unused below
      // level 3), the regulator, whose `admin` scope approves employers and jobs, and the insurer.
      credentials: mock.credentials.platform,
      second: mock.credentials.hrAgency,
      reviewer: mock.credentials.regulator,
      insurer: mock.credentials.insurer,
      level: 2,
    });
  }, 120_000);
  afterAll(() => mock?.close());

  it('runs every level 1 and level 2 check of the kit', () => {
    // None was left out by the domains the mock claims in discovery.
    expect(report.results.map((r) => r.id)).toEqual(ALL_CHECKS.filter((c) => c.level <= 2).map((c) => c.id));
    expect(report.level).toBe(2);
    expect(report.target.discovery).toMatchObject({
      sandbox: true,
      standard: { version: report.standard.version },
    });
  });

  it('passes every one of them, skipping none', () => {
    // No skip is legitimate here: the mock is a sandbox (so the clock checks run), claims every
    // domain and is given a reviewer (so every walk can publish). No exception list.
    const notPassed = report.results
      .filter((r) => r.outcome !== 'pass')
      .map((r) => `${r.id} (${r.outcome}): ${r.message}`);
    expect(notPassed).toEqual([]);
    expect(report.summary).toMatchObject({ fail: 0, skip: 0, mustFailures: 0 });
  });
});
