import ky, { isTimeoutError as isKyTimeoutError } from 'ky';
import type { AuthContext } from '../auth/types.js';
import { createErrorFromResponse } from '../errors/from-response.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { randomIdempotencyKey, resolveIdempotencyKey } from '../idempotency.js';
import type { OperationDescriptor } from '../operation.js';
import { resolveRetryOptions } from '../retry/policy.js';
import { withRetry } from '../retry/with-retry.js';
import { RESPONSE_VALIDATOR, type ValidatingSchemaMap } from '../validation.js';
import { clientHeaders } from './client-headers.js';
import { encodeBody } from './encode-body.js';
import { guardFetch } from './guarded-fetch.js';
import { TRANSPORT_BRAND } from './is-transport.js';
import { readResponseBody } from './read-body.js';
import type { RequestArgs, Transport, TransportOptions } from './types.js';
import { buildQueryString, expandPath } from './url.js';

/**
 * The default timeout of each attempt: 30 seconds.
 *
 * @example
 * ```ts
 * createTransport({ baseUrl, timeoutMs: DEFAULT_TIMEOUT_MS * 2 });
 * ```
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

const ACCEPT = 'application/json, application/problem+json';

/**
 * Creates the transport every generated client sends its operations through. Per call it: fills the
 * path and query, encodes the body, picks the `Idempotency-Key` (the same on every retry), and then
 * for each attempt authenticates, runs the hooks and sends through ky with a timeout. Transient
 * failures are retried by `withRetry` (ky's own retry is off, so backoff is testable); a `401` lets the
 * auth strategy refresh its credential once. Error statuses become `GigMarketError` subclasses; a
 * success body is checked per the validation mode and returned parsed.
 *
 * @example
 * ```ts
 * const transport = createTransport({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gmk_test_platform') });
 * const escrow = await transport.request(operations['escrows.release'], { pathParams: { escrowId } });
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  // Every default, resolved once.
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new TypeError(
      `baseUrl must be an absolute URL like 'http://localhost:8080/v1'; got '${options.baseUrl}'.`,
    );
  }
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = resolveRetryOptions(options.retry);
  const generateKey = options.generateIdempotencyKey ?? randomIdempotencyKey;
  const now = options.now ?? Date.now;
  const { auth, hooks, validation } = options;
  // Only a map from defineResponseSchemas brings the validator: clients that do not validate never load it.
  const validate = validation && (validation.schemas as ValidatingSchemaMap)[RESPONSE_VALIDATOR];
  if (validation && validation.mode !== 'off' && !validate) {
    throw new TypeError('validation.schemas must be made by defineResponseSchemas.');
  }
  const identity = clientHeaders(options);
  const http = ky.create({ prefixUrl: baseUrl, retry: 0, throwHttpErrors: false });

  async function request<T>(operation: OperationDescriptor, args: RequestArgs = {}): Promise<T> {
    const { signal } = args;
    signal?.throwIfAborted();
    const timeoutMs = args.timeoutMs ?? defaultTimeoutMs;
    const path = expandPath(operation, args.pathParams) + buildQueryString(args.query);
    const encoded = encodeBody(operation, args.body);
    const callerKey = args.idempotencyKey ?? new Headers(args.headers).get('idempotency-key') ?? undefined;
    const idempotencyKey = resolveIdempotencyKey(operation, callerKey, generateKey);
    const accept = operation.responseContentType
      ? `${operation.responseContentType}, application/problem+json`
      : ACCEPT;
    const headers = new Headers({ Accept: accept, ...identity, ...options.headers, ...args.headers });
    if (encoded) headers.set('Content-Type', encoded.contentType);
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    const authContext: AuthContext = { baseUrl, fetch: fetchImpl, timeoutMs, operationId: operation.id };

    let lastRequest: Request | undefined;
    const send = async (attempt: number): Promise<Response> => {
      let startedAt = now();
      try {
        return await http(path.slice(1), {
          method: operation.method,
          headers,
          body: encoded?.body,
          signal,
          timeout: timeoutMs,
          fetch: guardFetch(fetchImpl, operation.id),
          hooks: {
            beforeRequest: [
              async (request) => {
                await auth?.(request, authContext);
                await hooks?.beforeRequest?.({ operation, request, attempt });
                lastRequest = request;
                startedAt = now();
              },
            ],
            afterResponse: [
              async (request, _options, response) => {
                const durationMs = now() - startedAt;
                await hooks?.afterResponse?.({ operation, request, response, attempt, durationMs });
              },
            ],
          },
        });
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (isKyTimeoutError(error)) throw new TimeoutError(operation.id, Number(timeoutMs), error);
        throw error;
      }
    };

    // A 401 lets the strategy drop a stale credential; the call is sent again once, outside the retry budget.
    let reauthenticated = false;
    const attemptWithReauth = async (attempt: number): Promise<Response> => {
      const response = await send(attempt);
      if (response.status !== 401 || reauthenticated || !auth?.onUnauthorized || !lastRequest)
        return response;
      reauthenticated = true;
      if (!(await auth.onUnauthorized(lastRequest, authContext))) return response;
      response.body?.cancel().catch(() => undefined);
      return send(attempt);
    };

    const response = await withRetry(attemptWithReauth, {
      method: operation.method,
      hasIdempotencyKey: idempotencyKey !== undefined,
      options: retry,
      signal,
      sleep: options.sleep,
      random: options.random,
      now,
      onRetry: hooks?.beforeRetry && ((event) => hooks.beforeRetry?.({ ...event, operation })),
    });
    const body = await readResponseBody(response);
    if (!response.ok) {
      const { status, statusText, headers: responseHeaders } = response;
      throw createErrorFromResponse({
        operationId: operation.id,
        status,
        statusText,
        headers: responseHeaders,
        body,
        now,
      });
    }
    validate?.(operation.id, response.status, body, validation);
    return body as T;
  }

  return Object.defineProperty({ baseUrl, request }, TRANSPORT_BRAND, { value: true });
}
