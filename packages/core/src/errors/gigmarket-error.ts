import type { FieldError, ProblemDetails } from './problem.js';

/**
 * Marks every error this package throws (internal; use `isGigMarketError`). `Symbol.for` makes the mark the same in every realm
 * (iframes, workers, vm contexts) and in every copy of the package, where `instanceof` fails.
 */
export const GIGMARKET_ERROR_BRAND: unique symbol = Symbol.for('@gigmarket/core.error');

/**
 * What a {@link GigMarketError} is made from.
 *
 * @example
 * ```ts
 * const init: GigMarketErrorInit = { operationId: 'jobs.get', status: 404, problem };
 * ```
 */
export interface GigMarketErrorInit {
  /** The `operationId` of the call that failed, e.g. `escrows.release`. */
  operationId: string;
  /** The HTTP status; `0` when no response arrived (network errors, timeouts). */
  status: number;
  /** The problem details: as received, or synthesized for non-problem bodies (`type: 'about:blank'`). */
  problem: ProblemDetails;
  /** The request id from the problem or the `X-Request-Id` header. */
  requestId?: string;
  /** Replaces the generated message. */
  message?: string;
  cause?: unknown;
}

/**
 * The base class of every error the SDK throws. Switch on the subclass, or on {@link GigMarketError.type}
 * (the stable problem type URI), never on `title` or `detail`. Test for it with `isGigMarketError(e)`,
 * which also works across realms and duplicate package copies.
 *
 * @example
 * ```ts
 * try {
 *   await client.escrows.release({ escrowId });
 * } catch (error) {
 *   if (isGigMarketError(error)) console.log(error.status, error.type, error.requestId);
 * }
 * ```
 */
export class GigMarketError extends Error {
  override name = 'GigMarketError';
  declare readonly [GIGMARKET_ERROR_BRAND]: true;
  /** The HTTP status, or `0` when no response arrived. */
  declare readonly status: number;
  /** The problem type URI (`https://gigmarket.org.cn/problems/<slug>`); `about:blank` when the body was no problem. */
  declare readonly type: string;
  /** The problem type's short, fixed summary. */
  declare readonly title: string;
  /** What went wrong this time and what to do; `undefined` when the server said nothing more. */
  declare readonly detail: string | undefined;
  /** Field errors of validation problems; empty otherwise. */
  declare readonly errors: readonly FieldError[];
  /** The request id to quote to support; `undefined` when the server sent none or no response arrived. */
  declare readonly requestId: string | undefined;
  /** On `invalid-transition` problems, the object's state; `undefined` otherwise. */
  declare readonly currentState: string | undefined;
  /** On `invalid-transition` problems, the actions allowed from `currentState`; empty otherwise. */
  declare readonly allowedActions: readonly string[];
  /** The problem details, with any extension members. */
  declare readonly problem: ProblemDetails;
  /** The `operationId` of the failed call. */
  declare readonly operationId: string;

  constructor(init: GigMarketErrorInit) {
    // `init` is also the ErrorOptions: `cause` is set when (and only when) init has one.
    super(init.message ?? formatMessage(init), init);
    Object.defineProperty(this, GIGMARKET_ERROR_BRAND, { value: true });
    const { problem } = init;
    this.status = init.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = init.requestId ?? problem.requestId;
    this.currentState = problem.currentState;
    this.allowedActions = Array.isArray(problem.allowedActions) ? problem.allowedActions : [];
    this.problem = problem;
    this.operationId = init.operationId;
  }
}

/** `escrows.release failed: 409 Action not allowed in the current state — Cannot release … (request req_…)` */
function formatMessage({ operationId, status, problem, requestId }: GigMarketErrorInit): string {
  const id = requestId ?? problem.requestId;
  const fields = Array.isArray(problem.errors)
    ? problem.errors.map((error) => ` ${error.pointer}: ${error.detail};`).join('')
    : '';
  return (
    `${operationId} failed: ${status === 0 ? '' : `${status} `}${problem.title}` +
    (problem.detail ? ` — ${problem.detail}` : '') +
    (fields ? ` [${fields.trim()}]` : '') +
    (id ? ` (request ${id})` : '')
  );
}
