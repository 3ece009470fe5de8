import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance } from './runner.js';
import { brokenFixture } from './test-support/broken-fixture.js';
import { KIT_CLIENTS, startReferenceServer } from './test-support/reference-server.js';
import type { Report } from './types.js';

const failed = (report: Report) => report.results.filter((r) => r.outcome === 'fail').map((r) => r.id);

describe('the reference server', () => {
  let server: Awaited<ReturnType<typeof startReferenceServer>>;
  beforeAll(async () => {
    server = await startReferenceServer();
  });
  afterAll(() => server.close());

  it('passes every check at level 3', async () => {
    const report = await runConformance({
      baseUrl: server.baseUrl,
      ...KIT_CLIENTS,
      credentials: KIT_CLIENTS.primary,
    });
    const notPassed = report.results.filter((r) => r.outcome !== 'pass').map((r) => `${r.id}: ${r.message}`);
    expect(notPassed).toEqual([]);
    expect(report.results.length).toBeGreaterThanOrEqual(50);
    expect(report.target.discovery).toMatchObject({
      sandbox: true,
      standard: { version: report.standard.version },
    });
  });
});

describe('a server with deliberate defects', () => {
  let server: Awaited<ReturnType<typeof startReferenceServer>>;
  let report: Report;
  beforeAll(async () => {
    server = await startReferenceServer({ tamper: brokenFixture });
    report = await runConformance({
      baseUrl: server.baseUrl,
      ...KIT_CLIENTS,
      credentials: KIT_CLIENTS.primary,
    });
  }, 120_000);
  afterAll(() => server.close());

  it.each([
    ['a wrong status code (500 for malformed JSON)', ['COM-ERR-001']],
    ['a missing required field (nextCursor)', ['COM-PAG-001', 'JOB-SCH-001']],
    ['a cross-tenant leak', ['COM-TEN-001']],
    ['an ignored Idempotency-Key', ['COM-IDM-001', 'COM-IDM-002']],
    ['an illegal transition that is accepted', ['JOB-JOB-003']],
  ])('reports %s under its check ids', (_defect, ids) => {
    expect(failed(report)).toEqual(expect.arrayContaining(ids));
    for (const id of ids) expect(report.results.find((r) => r.id === id)?.evidence.length).toBeGreaterThan(0);
  });

  it('reports the side effects of those defects and nothing else', () => {
    // Collateral findings of the same five defects: the leak also answers a missing worker with
    // tenant A's request id (COM-HDR-001); the missing nextCursor breaks every directory read; the
    // ignored key lets concurrent duplicates through (COM-IDM-004).
    const collateral = [
      'COM-HDR-001',
      'COM-PAG-002',
      'JOB-DIR-001',
      'JOB-DIR-002',
      'JOB-DIR-003',
      'JOB-DIR-004',
      'COM-IDM-004',
    ];
    const expected = [
      'COM-ERR-001',
      'COM-IDM-001',
      'COM-IDM-002',
      'COM-PAG-001',
      'COM-TEN-001',
      'JOB-JOB-003',
      'JOB-SCH-001',
    ];
    const unexpected = report.results
      .filter((r) => r.outcome === 'fail' && ![...expected, ...collateral].includes(r.id))
      .map((r) => `${r.id}: ${r.message}`);
    expect(unexpected).toEqual([]);
    expect(report.summary.mustFailures).toBe(expected.length + collateral.length);
  });
});
