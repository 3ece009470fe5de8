import type { CheckResult, Report } from '../types.js';
import { escapeXml as esc } from './escape.js';

const COLOURS = { pass: '#1a7f37', fail: '#cf222e', skip: '#9a6700' };

function row(r: CheckResult): string {
  const evidence = r.evidence
    .map((e) => `<pre>${esc(e.request)}</pre><pre>${esc(e.response)}</pre>`)
    .join('');
  return `<tr><td><a href="${esc(r.specUrl)}">${esc(r.id)}</a></td><td>L${r.level}</td><td>${r.severity}</td>
<td style="color:${COLOURS[r.outcome]};font-weight:bold">${r.outcome}</td>
<td>${esc(r.title)}${r.message ? `<br><em>${esc(r.message)}</em>` : ''}${
    evidence ? `<details><summary>evidence</summary>${evidence}</details>` : ''
  }</td></tr>`;
}

/**
 * The report as one self-contained HTML page (no scripts, no external assets) that a city can
 * archive with the vendor's certification request.
 *
 * @example
 * ```ts
 * await writeFile('conformance.html', toHtml(report));
 * ```
 */
export function toHtml(report: Report): string {
  const { pass, fail, skip, mustFailures } = report.summary;
  const verdict = mustFailures === 0 ? `meets level ${report.level}` : `does not meet level ${report.level}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gig Market Standard conformance: ${esc(report.target.baseUrl)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}pre{white-space:pre-wrap;background:#f6f8fa;padding:4px;margin:2px 0}</style>
</head><body>
<h1>Conformance report: ${esc(report.target.baseUrl)} ${esc(verdict)}</h1>
<p>Kit ${esc(report.kit.name)} ${esc(report.kit.version)}, standard ${esc(report.standard.version)}, level ${report.level},
domains ${esc(report.domains.join(', '))}, started ${esc(report.startedAt)}, ${report.durationMs} ms.</p>
<p>${pass} passed, ${fail} failed (${mustFailures} MUST), ${skip} skipped.</p>
<details><summary>Discovery answer of the target</summary><pre>${esc(JSON.stringify(report.target.discovery, null, 2))}</pre></details>
<table><thead><tr><th>check</th><th>level</th><th>severity</th><th>result</th><th>description</th></tr></thead><tbody>
${report.results.map(row).join('\n')}
</tbody></table></body></html>
`;
}
