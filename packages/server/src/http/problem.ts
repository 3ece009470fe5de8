/** The base of every problem type URI (docs/conventions.md §4). */
export const PROBLEM_BASE = 'https://gigmarket.org.cn/problems/';

export interface FieldError {
  pointer: string;
  detail: string;
  code?: string;
}

const TITLES: Record<string, string> = {
  'malformed-request': 'Malformed request',
  'validation-error': 'Request validation failed',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  'invalid-transition': 'Action not allowed in the current state',
  conflict: 'Conflict',
  'idempotency-key-in-use': 'Idempotency key in use',
  'rule-violation': 'Business rule violated',
  'idempotency-key-reuse': 'Idempotency key reused with a different request',
  'rate-limited': 'Too many requests',
  'internal-error': 'Internal server error',
  unavailable: 'Service unavailable',
  'not-implemented': 'Not implemented',
};

/**
 * An error that renders itself as `application/problem+json` (RFC 9457). Thrown anywhere in a
 * request; the app turns it into the response, and the surrounding transaction rolls back, so a
 * failed request never changes state.
 *
 * @example
 * throw new ProblemError(409, 'invalid-transition', 'Cannot release escrow esc_… while it is FUNDED.', { currentState: 'FUNDED', allowedActions: ['hold'] });
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  /** The problem document for a request id. */
  body(requestId: string): Record<string, unknown> {
    return {
      type: `${PROBLEM_BASE}${this.slug}`,
      title: TITLES[this.slug] ?? this.slug,
      status: this.status,
      detail: this.detail,
      instance: `urn:request:${requestId}`,
      requestId,
      ...this.extensions,
    };
  }
}

/** 400 validation-error with field errors. */
export function validationProblem(errors: FieldError[]): ProblemError {
  const n = errors.length;
  return new ProblemError(
    400,
    'validation-error',
    `${n} field${n === 1 ? ' is' : 's are'} invalid. Fix the fields listed in \`errors\` and send the request again.`,
    { errors },
  );
}

/** 404 for a missing object or one of another tenant: the two are indistinguishable on purpose. */
export function notFound(what: string, id: string): ProblemError {
  return new ProblemError(
    404,
    'not-found',
    `No ${what} ${id} is visible to you. Objects of other tenants are reported as missing.`,
  );
}

/** 422 rule-violation naming the rule. */
export function ruleViolation(detail: string, extensions: Record<string, unknown> = {}): ProblemError {
  return new ProblemError(422, 'rule-violation', detail, extensions);
}
