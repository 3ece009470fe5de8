import type { RunContext } from './context.js';

/** MUST checks decide the level; SHOULD checks are reported but never fail the run. */
export type Severity = 'MUST' | 'SHOULD';

/** The conformance levels of docs/conformance.md: 1 read, 2 lifecycles, 3 security and robustness. */
export type Level = 1 | 2 | 3;

/** The domains of the standard; `common` holds discovery, auth, events and webhooks. */
export type Domain = 'common' | 'jobs' | 'settlement' | 'insurance' | 'credit' | 'reporting';

/** One request and its answer as the kit saw them, cut to a readable excerpt. */
export interface Exchange {
  request: string;
  response: string;
}

/**
 * A check of the standard. `run` throws (usually through `expect…` helpers) to fail, calls
 * `ctx.skip(reason)` to skip, and returns normally to pass.
 *
 * @example
 * ```ts
 * const check: Check = { id: 'COM-DIS-001', level: 1, domain: 'common', severity: 'MUST',
 *   title: 'Discovery conforms to its schema', spec: 'conventions.md#1-resources-and-urls', run: async (ctx) => {} };
 * ```
 */
export interface Check {
  /** `<DOMAIN>-<AREA>-<NNN>`, stable across releases of the kit. */
  id: string;
  level: Level;
  domain: Domain;
  severity: Severity;
  /** One line: what the implementation must do. */
  title: string;
  /** The section of the standard, relative to docs/ (e.g. `conventions.md#5-idempotency`). */
  spec: string;
  run: (ctx: RunContext) => Promise<void>;
}

export type Outcome = 'pass' | 'fail' | 'skip';

/** A check's result as it appears in every report. */
export interface CheckResult {
  id: string;
  level: Level;
  domain: Domain;
  severity: Severity;
  title: string;
  /** Absolute link to the spec section. */
  specUrl: string;
  outcome: Outcome;
  /** Why it failed or was skipped. */
  message?: string;
  durationMs: number;
  /** The last exchanges of the check (at most three). */
  evidence: Exchange[];
}

/** The certification report: who was tested, with what, and every result. */
export interface Report {
  kit: { name: '@gigmarket/conformance'; version: string };
  standard: { version: string };
  target: { baseUrl: string; discovery: unknown };
  level: Level;
  domains: Domain[];
  startedAt: string;
  durationMs: number;
  results: CheckResult[];
  summary: { pass: number; fail: number; skip: number; mustFailures: number };
}
