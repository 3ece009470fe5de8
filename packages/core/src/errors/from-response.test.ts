import { describe, expect, it } from 'vitest';
import { AuthenticationError } from './authentication-error.js';
import { ConflictError } from './conflict-error.js';
import { createErrorFromResponse } from './from-response.js';
import { GigMarketError } from './gigmarket-error.js';
import { IdempotencyError } from './idempotency-error.js';
import { NotFoundError } from './not-found-error.js';
import { PermissionError } from './permission-error.js';
import { PROBLEM_TYPE_BASE } from './problem.js';
import { RateLimitError } from './rate-limit-error.js';
import { ServerError } from './server-error.js';
import { ValidationError } from './validation-error.js';

interface TestCase {
  status: number;
  slug: string;
  expected: new (...args: never[]) => GigMarketError;
}

// Every problem type of components/responses/*.yaml, with the status it comes with.
const problemCases: TestCase[] = [
  { status: 400, slug: 'validation-error', expected: ValidationError },
  { status: 400, slug: 'malformed-request', expected: ValidationError },
  { status: 422, slug: 'rule-violation', expected: ValidationError },
  { status: 401, slug: 'unauthenticated', expected: AuthenticationError },
  { status: 403, slug: 'forbidden', expected: PermissionError },
  { status: 404, slug: 'not-found', expected: NotFoundError },
  { status: 409, slug: 'invalid-transition', expected: ConflictError },
  { status: 409, slug: 'conflict', expected: ConflictError },
  { status: 409, slug: 'idempotency-key-in-use', expected: IdempotencyError },
  { status: 422, slug: 'idempotency-key-reuse', expected: IdempotencyError },
  { status: 429, slug: 'rate-limited', expected: RateLimitError },
  { status: 500, slug: 'internal-error', expected: ServerError },
];

// What gateways, proxies and OAuth libraries send instead of problems. Only a JSON body's own words
// (OAuth `error_description`, `message`, `error`) become the detail; text and HTML pages do not.
const nonProblemCases: Array<{
  status: number;
  body: unknown;
  expected: TestCase['expected'];
  detail?: string;
}> = [
  { status: 400, body: 'Bad Request', expected: ValidationError },
  {
    status: 401,
    body: { error: 'invalid_client', error_description: 'Unknown client' },
    expected: AuthenticationError,
    detail: 'Unknown client',
  },
  { status: 403, body: undefined, expected: PermissionError },
  {
    status: 404,
    body: '<html><body><h1>404 Not Found</h1></body></html>',
    expected: NotFoundError,
  },
  { status: 409, body: { message: 'duplicate' }, expected: ConflictError, detail: 'duplicate' },
  { status: 422, body: { foo: 1 }, expected: ValidationError },
  { status: 429, body: 'slow down', expected: RateLimitError },
  {
    status: 502,
    body: '<html><h1>502 Bad Gateway</h1></html>',
    expected: ServerError,
  },
  { status: 503, body: undefined, expected: ServerError },
  { status: 504, body: 'upstream timed out', expected: ServerError },
  { status: 418, body: "I'm a teapot", expected: GigMarketError },
];

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe('createErrorFromResponse', () => {
  it.each(problemCases)('maps $status $slug to its class', ({ status, slug, expected }) => {
    const body = { type: `${PROBLEM_TYPE_BASE}${slug}`, title: 'T', status, detail: 'D', requestId: 'req_1' };
    const error = createErrorFromResponse({ operationId: 'x.y', status, headers: headers(), body });
    expect(error).toBeInstanceOf(expected);
    expect(error.constructor).toBe(expected);
    expect(error).toMatchObject({
      status,
      type: body.type,
      title: 'T',
      detail: 'D',
      requestId: 'req_1',
      operationId: 'x.y',
    });
    expect(error.problem).toEqual(body);
  });

  it.each(nonProblemCases)(
    'maps a non-problem $status body to its class',
    ({ status, body, expected, detail }) => {
      const error = createErrorFromResponse({
        operationId: 'x.y',
        status,
        headers: headers({ 'X-Request-Id': 'req_h' }),
        body,
      });
      expect(error.constructor).toBe(expected);
      expect(error.type).toBe('about:blank');
      expect(error.status).toBe(status);
      expect(error.requestId).toBe('req_h');
      expect(error.detail).toBe(detail);
    },
  );

  it('titles a non-problem error with the reason phrase, or the bare status without one', () => {
    const base = { operationId: 'jobs.get', headers: headers(), body: '<h1>502 Bad Gateway</h1>' };
    const withPhrase = createErrorFromResponse({ ...base, status: 502, statusText: 'Bad Gateway' });
    expect(withPhrase.title).toBe('Bad Gateway');
    expect(withPhrase.message).toBe('jobs.get failed: 502 Bad Gateway');
    const http2 = createErrorFromResponse({ ...base, status: 502, statusText: '' });
    expect(http2.title).toBe('HTTP 502');
    // A problem's own title always wins; a problem without one gets the same fallback.
    const untitled = { type: `${PROBLEM_TYPE_BASE}not-found`, detail: 'No job job_1.' };
    const problem = createErrorFromResponse({
      ...base,
      status: 404,
      statusText: 'Not Found',
      body: untitled,
    });
    expect(problem).toMatchObject({ title: 'Not Found', detail: 'No job job_1.' });
  });

  it('lets the problem type decide over the status', () => {
    const error = createErrorFromResponse({
      operationId: 'escrows.fund',
      status: 422,
      headers: headers(),
      body: { type: `${PROBLEM_TYPE_BASE}idempotency-key-reuse`, title: 'Reused', status: 422 },
    });
    expect(error).toBeInstanceOf(IdempotencyError);
    expect((error as IdempotencyError).inUse).toBe(false);
  });

  it('carries field errors, state and allowed actions, and writes a useful message', () => {
    const error = createErrorFromResponse({
      operationId: 'escrows.release',
      status: 409,
      headers: headers(),
      body: {
        type: `${PROBLEM_TYPE_BASE}invalid-transition`,
        title: 'Action not allowed in the current state',
        status: 409,
        detail: 'Cannot release escrow esc_1 while it is FUNDED; it must be HELD first.',
        instance: 'urn:request:req_01J2ZK6T3M8Q4R5S6T7V8W9X0Y',
        currentState: 'FUNDED',
        allowedActions: ['hold', 'refund'],
      },
    });
    expect(error.message).toBe(
      'escrows.release failed: 409 Action not allowed in the current state — Cannot release escrow esc_1 while it is FUNDED; it must be HELD first. (request req_01J2ZK6T3M8Q4R5S6T7V8W9X0Y)',
    );
    expect(error.currentState).toBe('FUNDED');
    expect(error.allowedActions).toEqual(['hold', 'refund']);

    const validation = createErrorFromResponse({
      operationId: 'workers.create',
      status: 400,
      headers: headers(),
      body: {
        type: `${PROBLEM_TYPE_BASE}validation-error`,
        title: 'Request validation failed',
        status: 400,
        errors: [
          { pointer: '/idNumber', detail: 'the check character should be 0', code: 'checksum_mismatch' },
        ],
      },
    });
    expect(validation.errors).toEqual([
      { pointer: '/idNumber', detail: 'the check character should be 0', code: 'checksum_mismatch' },
    ]);
    expect(validation.message).toContain('/idNumber: the check character should be 0');
    expect(validation.allowedActions).toEqual([]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-07-01T08:00:00Z');
    const seconds = createErrorFromResponse({
      operationId: 'a.b',
      status: 429,
      headers: headers({ 'Retry-After': '12' }),
      body: undefined,
      now: () => now,
    });
    expect((seconds as RateLimitError).retryAfterSeconds).toBe(12);
    const date = createErrorFromResponse({
      operationId: 'a.b',
      status: 429,
      headers: headers({ 'Retry-After': 'Wed, 01 Jul 2026 08:00:30 GMT' }),
      body: undefined,
      now: () => now,
    });
    expect((date as RateLimitError).retryAfterSeconds).toBe(30);
    const none = createErrorFromResponse({
      operationId: 'a.b',
      status: 429,
      headers: headers(),
      body: undefined,
    });
    expect((none as RateLimitError).retryAfterSeconds).toBeUndefined();
  });
});
