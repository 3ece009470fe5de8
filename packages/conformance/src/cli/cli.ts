import { writeFile } from 'node:fs/promises';
import pc from 'picocolors';
import { toHtml } from '../report/html.js';
import { toJUnit } from '../report/junit.js';
import { type ProgressEvent, runConformance } from '../runner.js';
import type { CheckResult, Report } from '../types.js';
import { parseCliArgs, USAGE } from './args.js';

const MARK = { pass: pc.green('✓ pass'), fail: pc.red('✗ fail'), skip: pc.yellow('- skip') };

/** Live progress: the current check on one line (rewritten on a TTY), a line per finished check. */
function progress(event: ProgressEvent): void {
  const counter = pc.dim(`[${event.index + 1}/${event.total}]`);
  if (event.type === 'start') {
    if (process.stderr.isTTY)
      process.stderr.write(`\r\x1b[K${counter} ${event.check.id} ${pc.dim(event.check.title)}`);
    return;
  }
  const r = event.result;
  const detail = r.outcome === 'pass' ? '' : pc.dim(` — ${r.message}`);
  process.stderr.write(
    `${process.stderr.isTTY ? '\r\x1b[K' : ''}${counter} ${MARK[r.outcome]} ${r.id} ${r.severity}${detail}\n`,
  );
}

/** The summary table: one row per level, then the verdict. */
function summary(report: Report): string {
  const rows = [1, 2, 3]
    .filter((level) => level <= report.level)
    .map((level) => {
      const of = (o: CheckResult['outcome']) =>
        report.results.filter((r) => r.level === level && r.outcome === o).length;
      return `  L${level}   ${String(of('pass')).padStart(4)}  ${String(of('fail')).padStart(4)}  ${String(of('skip')).padStart(4)}`;
    });
  const { mustFailures } = report.summary;
  const verdict =
    mustFailures === 0
      ? pc.green(`meets level ${report.level} for ${report.domains.join(', ')}`)
      : pc.red(`does not meet level ${report.level}: ${mustFailures} MUST check(s) failed`);
  return [
    '',
    '  level  pass  fail  skip',
    ...rows,
    '',
    `${report.target.baseUrl} ${verdict} (${(report.durationMs / 1000).toFixed(1)} s, kit ${report.kit.version}, standard ${report.standard.version})`,
    '',
  ].join('\n');
}

/**
 * The `gigmarket-conformance` command. Resolves with the exit code: 0 when every MUST check
 * passed, 1 when one failed, 2 on a usage error.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['--base-url', 'http://127.0.0.1:8080/v1', '--client-id', 'a', '--client-secret', 'b']);
 * ```
 */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    console.error(`${pc.red((error as Error).message)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const report = await runConformance(parsed.options, progress);
  const { files } = parsed;
  if (files.report) await writeFile(files.report, `${JSON.stringify(report, null, 2)}\n`);
  if (files.junit) await writeFile(files.junit, toJUnit(report));
  if (files.html) await writeFile(files.html, toHtml(report));
  console.log(summary(report));
  return report.summary.mustFailures > 0 ? 1 : 0;
}
