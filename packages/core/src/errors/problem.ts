/**
 * The base of every problem `type` URI the standard defines: `https://gigmarket.org.cn/problems/<slug>`.
 *
 * @example
 * ```ts
 * `${PROBLEM_TYPE_BASE}invalid-transition`; // 'https://gigmarket.org.cn/problems/invalid-transition'
 * ```
 */
export const PROBLEM_TYPE_BASE = 'https://gigmarket.org.cn/problems/';

/**
 * One problem with one input field (`components/schemas/common/FieldError.yaml`).
 *
 * @example
 * ```ts
 * const error: FieldError = { pointer: '/idNumber', detail: 'the check character should be 0', code: 'checksum_mismatch' };
 * ```
 */
export interface FieldError {
  /** JSON Pointer into the body, or `#/query/<name>`, `#/path/<name>`, `#/header/<name>`. */
  pointer: string;
  detail: string;
  code?: string;
}

/**
 * RFC 9457 problem details as the standard sends them (`components/schemas/common/Problem.yaml`),
 * including its extension members. Unknown extension members are kept.
 *
 * @example
 * ```ts
 * const problem: ProblemDetails = {
 *   type: 'https://gigmarket.org.cn/problems/not-found', title: 'Not found', status: 404,
 * };
 * ```
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  currentState?: string;
  allowedActions?: string[];
  [extension: string]: unknown;
}

/**
 * The slug of one of the standard's problem types (`invalid-transition`), or `undefined` for any
 * other URI (including `about:blank`).
 *
 * @example
 * ```ts
 * problemTypeSlug('https://gigmarket.org.cn/problems/rate-limited'); // 'rate-limited'
 * problemTypeSlug('about:blank'); // undefined
 * ```
 */
export function problemTypeSlug(type: string): string | undefined {
  return type.startsWith(PROBLEM_TYPE_BASE) ? type.slice(PROBLEM_TYPE_BASE.length) || undefined : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a non-problem JSON body says: OAuth's `error_description`, a `message`, or OAuth's `error`. */
function describeBody(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  return [body.error_description, body.message, body.error].find((value) => typeof value === 'string');
}

/**
 * Turns an error response body into problem details. A problem body (an object with `type` or
 * `title`) is kept as it is, with `type`, `title` and `status` filled in when missing (the title from
 * the reason phrase, or `HTTP <status>`). Any other body (an HTML page from a proxy, an OAuth
 * `{ error, error_description }`, plain text) becomes a problem of type `about:blank` with that title;
 * its `detail` is what a JSON body says (see `describeBody`), text is not quoted.
 *
 * @example
 * ```ts
 * normalizeProblem('<h1>502 Bad Gateway</h1>', 502, 'Bad Gateway').title; // 'Bad Gateway'
 * normalizeProblem({ type: `${PROBLEM_TYPE_BASE}not-found`, title: 'Not found', status: 404 }, 404).type;
 * ```
 */
export function normalizeProblem(body: unknown, status: number, statusText = ''): ProblemDetails {
  // The status line's reason phrase (empty over HTTP/2), else the bare status: the body says more.
  const fallbackTitle = statusText || `HTTP ${status}`;
  if (isRecord(body) && (typeof body.type === 'string' || typeof body.title === 'string')) {
    return {
      ...body,
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: typeof body.title === 'string' ? body.title : fallbackTitle,
      status: typeof body.status === 'number' ? body.status : status,
    };
  }
  const detail = describeBody(body);
  return { type: 'about:blank', title: fallbackTitle, status, ...(detail === undefined ? {} : { detail }) };
}
