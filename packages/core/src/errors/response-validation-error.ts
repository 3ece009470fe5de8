import { GigMarketError } from './gigmarket-error.js';

/**
 * One way a response differs from its schema, in the shape zod (and any Standard Schema library)
 * reports it.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { path: ['data', 0, 'amountFen'], message: 'Expected number', code: 'invalid_type' };
 * ```
 */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/**
 * A successful response did not match the operation's schema, in validation mode `strict`. It is a
 * {@link GigMarketError} so one `catch` handles every SDK failure; `status` is the status the
 * response came with (a 2xx), `type` is `about:blank` (this is a client-side finding, not a problem
 * the server reported), `issues` lists the differences and `data` holds the response as received.
 *
 * @example
 * ```ts
 * if (error instanceof ResponseValidationError) console.log(error.issues.map((i) => i.path.join('.')));
 * ```
 */
export class ResponseValidationError extends GigMarketError {
  override name = 'ResponseValidationError';
  readonly issues: readonly ValidationIssue[];
  /** The parsed response body that failed validation. */
  readonly data: unknown;

  constructor(operationId: string, status: number, issues: readonly ValidationIssue[], data: unknown) {
    const listed = issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    super({
      operationId,
      status,
      problem: {
        type: 'about:blank',
        title: 'Response failed validation',
        status,
        detail: `${issues.length} issue(s): ${listed}${issues.length > 5 ? '; …' : ''}. The server may implement another version of the standard; use validation mode 'warn' or 'off' to accept the response anyway.`,
      },
    });
    this.issues = issues;
    this.data = data;
  }
}
