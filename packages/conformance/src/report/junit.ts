import type { Report } from '../types.js';
import { escapeXml } from './escape.js';

/**
 * The report as JUnit XML, so CI systems show each check as a test case: one suite per level,
 * failures with the message and the evidence, skips with their reason. SHOULD failures are written
 * as test cases with `<system-out>` only, because they do not fail the certification.
 *
 * @example
 * ```ts
 * await writeFile('conformance.xml', toJUnit(report));
 * ```
 */
export function toJUnit(report: Report): string {
  const levels = [...new Set(report.results.map((r) => r.level))];
  const suites = levels.map((level) => {
    const results = report.results.filter((r) => r.level === level);
    const failures = results.filter((r) => r.outcome === 'fail' && r.severity === 'MUST').length;
    const skipped = results.filter((r) => r.outcome === 'skip').length;
    const time = results.reduce((t, r) => t + r.durationMs, 0) / 1000;
    const cases = results.map((r) => {
      const name = escapeXml(`${r.id} ${r.title}`);
      const evidence = escapeXml(r.evidence.map((e) => `${e.request}\n---\n${e.response}`).join('\n\n'));
      const message = escapeXml(r.message ?? '');
      const body =
        r.outcome === 'skip'
          ? `<skipped message="${message}"/>`
          : r.outcome === 'fail' && r.severity === 'MUST'
            ? `<failure message="${message}" type="${r.severity}">${evidence}</failure>`
            : r.outcome === 'fail'
              ? `<system-out>SHOULD not met: ${message}\n${evidence}</system-out>`
              : '';
      return `    <testcase classname="${r.domain}" name="${name}" time="${r.durationMs / 1000}">${body}</testcase>`;
    });
    return [
      `  <testsuite name="L${level}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${time}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gigmarket-conformance ${escapeXml(report.kit.version)} (standard ${escapeXml(report.standard.version)}) ${escapeXml(report.target.baseUrl)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
