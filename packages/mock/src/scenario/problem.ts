const PROBLEM_BASE = 'https://gigmarket.org.cn/problems/';

/** The problem type of each status the standard documents (docs/conventions.md §4). */
const SLUGS: Record<number, { slug: string; title: string }> = {
  400: { slug: 'validation-error', title: 'Request validation failed' },
  401: { slug: 'unauthenticated', title: 'Authentication required' },
  403: { slug: 'forbidden', title: 'Not allowed' },
  404: { slug: 'not-found', title: 'Not found' },
  409: { slug: 'conflict', title: 'Conflict' },
  422: { slug: 'rule-violation', title: 'Business rule violated' },
  429: { slug: 'rate-limited', title: 'Too many requests' },
  500: { slug: 'internal-error', title: 'Internal server error' },
  502: { slug: 'unavailable', title: 'Service unavailable' },
  503: { slug: 'unavailable', title: 'Service unavailable' },
  504: { slug: 'unavailable', title: 'Service unavailable' },
};

/** Statuses a scenario may inject: those with a documented problem type. */
export const INJECTABLE_STATUSES = Object.keys(SLUGS).map(Number);

/** What a scenario answers instead of the app. */
export interface InjectedFailure {
  /** An HTTP status of the standard's problem table: 400–404, 409, 422, 429, 500, 502–504. */
  status: number;
  /** Replaces the problem's `detail`. */
  detail?: string;
  /** Members merged into the problem body (e.g. `currentState`). */
  body?: Record<string, unknown>;
  /** Extra response headers. 429 and 5xx answers carry `Retry-After: 0` unless set here. */
  headers?: Record<string, string>;
}

/**
 * An `application/problem+json` answer of the standard's shape for an injected failure, so the
 * SDK's error classes and retry rules see what a real server would send.
 */
export function problemResponse(failure: InjectedFailure, requestId: string, why: string): Response {
  const known = SLUGS[failure.status];
  if (!known)
    throw new RangeError(
      `Cannot inject status ${failure.status}: the standard documents problems for ${INJECTABLE_STATUSES.join(', ')}.`,
    );
  const retryable = failure.status === 429 || failure.status >= 500;
  return new Response(
    JSON.stringify({
      type: `${PROBLEM_BASE}${known.slug}`,
      title: known.title,
      status: failure.status,
      detail: failure.detail ?? `Injected by @gigmarket/mock (${why}); the request changed nothing.`,
      instance: `urn:request:${requestId}`,
      requestId,
      ...failure.body,
    }),
    {
      status: failure.status,
      headers: {
        'Content-Type': 'application/problem+json',
        'X-Request-Id': requestId,
        ...(retryable ? { 'Retry-After': '0' } : {}),
        ...failure.headers,
      },
    },
  );
}
