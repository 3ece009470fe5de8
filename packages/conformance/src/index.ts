/**
 * `@gigmarket/conformance`: certifies an implementation of the Gig Market Standard over HTTP at
 * level 1 (read), 2 (lifecycles) or 3 (security and robustness), and writes the certification
 * report as JSON, JUnit XML or HTML. The CLI `gigmarket-conformance` wraps `runConformance`.
 *
 * @example
 * ```ts
 * import { runConformance, toJUnit } from '@gigmarket/conformance';
 *
 * const report = await runConformance({ baseUrl: 'http://127.0.0.1:8080/v1', credentials: { clientId, clientSecret } });
 * console.log(report.summary); // { pass, fail, skip, mustFailures }
 * ```
 * @module
 */
export { ALL_CHECKS } from './checks/index.js';
export type { ConformanceOptions } from './context.js';
export type { Credentials } from './http/tokens.js';
export { toHtml } from './report/html.js';
export { toJUnit } from './report/junit.js';
export { type ProgressEvent, runConformance } from './runner.js';
export { STANDARD_VERSION } from './spec/spec.js';
export type { Check, CheckResult, Domain, Exchange, Level, Outcome, Report, Severity } from './types.js';
export { KIT_VERSION } from './version.js';
// Not exported: the run context, the probe and the fixtures; they are how checks are written, and
// exporting them would freeze that.
