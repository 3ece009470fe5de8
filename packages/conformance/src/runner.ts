import { ALL_CHECKS } from './checks/index.js';
import { CheckFailure, type ConformanceOptions, createRunContext, SkipSignal } from './context.js';
import { waitForRateLimitWindow } from './http/rate-limit-window.js';
import { SPEC_DOCS_BASE, STANDARD_VERSION } from './spec/spec.js';
import type { Check, CheckResult, Domain, Report } from './types.js';
import { KIT_VERSION } from './version.js';

/** What the runner tells a progress display: a check started, or a check ended with its result. */
export type ProgressEvent =
  | { type: 'start'; check: Check; index: number; total: number }
  | { type: 'result'; result: CheckResult; index: number; total: number };

const DOMAINS: Domain[] = ['jobs', 'settlement', 'insurance', 'credit', 'reporting'];

/** Runs one check, turning its outcome (return, SkipSignal, any other error) into a result. */
async function runCheck(check: Check, ctx: ReturnType<typeof createRunContext>): Promise<CheckResult> {
  ctx.recorder.reset();
  const started = performance.now();
  let outcome: CheckResult['outcome'] = 'pass';
  let message: string | undefined;
  try {
    await check.run(ctx);
  } catch (error) {
    outcome = error instanceof SkipSignal ? 'skip' : 'fail';
    // Anything but an ensure() failure is reported with its class, so an SDK error (a 409, a schema
    // mismatch in strict validation) says what happened.
    message =
      error instanceof SkipSignal || error instanceof CheckFailure
        ? error.message
        : `${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`;
  }
  const { run: _run, spec, ...described } = check;
  return {
    ...described,
    specUrl: `${SPEC_DOCS_BASE}${spec}`,
    outcome,
    ...(message !== undefined ? { message } : {}),
    durationMs: Math.round(performance.now() - started),
    evidence: ctx.recorder.last(),
  };
}

/**
 * Certifies an implementation: reads its discovery, runs every check of the requested level (and
 * the levels below) for the requested domains, in order, and returns the report.
 *
 * @example
 * ```ts
 * const report = await runConformance({ baseUrl: 'http://127.0.0.1:8080/v1', credentials: { clientId, clientSecret }, level: 1 });
 * if (report.summary.mustFailures > 0) process.exitCode = 1;
 * ```
 */
export async function runConformance(
  options: ConformanceOptions,
  onProgress: (event: ProgressEvent) => void = () => {},
): Promise<Report> {
  const startedAt = new Date();
  const ctx = createRunContext(options);
  const answer = await ctx.recorder.fetch(`${ctx.baseUrl}/`, { headers: { Accept: 'application/json' } });
  const discovery = (await answer.json().catch(() => null)) as Record<string, unknown> | null;
  ctx.discovery = discovery ?? {};
  const claimed = Array.isArray(discovery?.domains) ? (discovery.domains as Domain[]) : DOMAINS;
  const domains = options.domains ?? claimed.filter((d) => DOMAINS.includes(d));
  const level = options.level ?? 3;
  const checks = ALL_CHECKS.filter(
    (c) => c.level <= level && (c.domain === 'common' || domains.includes(c.domain)),
  );
  const results: CheckResult[] = [];
  try {
    const callers = (['second', 'reviewer', 'insurer'] as const).filter((c) => ctx.hasCredentials(c));
    await waitForRateLimitWindow(ctx.probe, ['primary', ...callers]);
    for (const [index, check] of checks.entries()) {
      onProgress({ type: 'start', check, index, total: checks.length });
      const result = await runCheck(check, ctx);
      results.push(result);
      onProgress({ type: 'result', result, index, total: checks.length });
    }
  } finally {
    await ctx.cleanup();
  }
  const count = (outcome: CheckResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return {
    kit: { name: '@gigmarket/conformance', version: KIT_VERSION },
    standard: { version: STANDARD_VERSION },
    target: { baseUrl: ctx.baseUrl, discovery: ctx.discovery },
    level,
    domains,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results,
    summary: {
      pass: count('pass'),
      fail: count('fail'),
      skip: count('skip'),
      mustFailures: results.filter((r) => r.outcome === 'fail' && r.severity === 'MUST').length,
    },
  };
}
