import { describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../types.js';
import { toHtml } from './html.js';
import { toJUnit } from './junit.js';

const result = (
  id: string,
  outcome: CheckResult['outcome'],
  severity: CheckResult['severity'] = 'MUST',
): CheckResult => ({
  id,
  level: 1,
  domain: 'common',
  severity,
  title: `title of ${id} <b>`,
  specUrl: 'https://gigmarket.org.cn/docs/conventions.md#4-errors',
  outcome,
  ...(outcome === 'pass' ? {} : { message: `why ${id} & more` }),
  durationMs: 12,
  evidence: [{ request: 'GET http://x/v1/me', response: '500 Internal Server Error' }],
});

const report: Report = {
  kit: { name: '@gigmarket/conformance', version: '0.1.0' },
  standard: { version: '1.0.0' },
  target: { baseUrl: 'http://x/v1', discovery: { sandbox: true } },
  level: 1,
  domains: ['jobs'],
  startedAt: '2025-07-01T00:00:00.000Z',
  durationMs: 100,
  results: [
    result('COM-A-001', 'pass'),
    result('COM-A-002', 'fail'),
    result('COM-A-003', 'skip'),
    result('COM-A-004', 'fail', 'SHOULD'),
  ],
  summary: { pass: 1, fail: 2, skip: 1, mustFailures: 1 },
};

describe('toJUnit', () => {
  it('writes MUST failures as failures with evidence, skips as skipped, SHOULD failures as output only', () => {
    const xml = toJUnit(report);
    expect(xml).toContain('<testsuite name="L1" tests="4" failures="1" skipped="1"');
    expect(xml).toContain('<failure message="why COM-A-002 &amp; more" type="MUST">GET http://x/v1/me');
    expect(xml).toContain('<skipped message="why COM-A-003 &amp; more"/>');
    expect(xml).toContain('<system-out>SHOULD not met: why COM-A-004');
    expect(xml).toContain('name="COM-A-001 title of COM-A-001 &lt;b&gt;"');
  });
});

describe('toHtml', () => {
  it('states the verdict, the versions and the discovery answer, and escapes every text', () => {
    const html = toHtml(report);
    expect(html).toContain('does not meet level 1');
    expect(html).toContain('Kit @gigmarket/conformance 0.1.0, standard 1.0.0');
    expect(html).toContain('&quot;sandbox&quot;: true');
    expect(html).not.toContain('<b>');
  });
});
