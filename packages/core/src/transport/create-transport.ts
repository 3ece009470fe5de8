import ky, { isHTTPError, isTimeoutError as isKyTimeoutError } from 'ky';
import type { AuthContext } from '../auth/types.js';
import { createErrorFromResponse } from '../errors/from-response.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { randomIdempotencyKey, resolveIdempotencyKey } from '../idempotency.js';
import type { OperationDescriptor } from '../operation.js';
import { backoffDelay, isRetryableMethod, resolveRetryOptions } from '../retry/policy.js';
import { parseRetryAfter } from '../retry/retry-after.js';
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

/**
 * Creates the transport every generated client sends its operations through. Per call it: fills the
 * path and query, encodes the body, picks the `Idempotency-Key` (the same on every retry), and then
 * for each attempt authenticates, runs the hooks and sends through ky with a timeout. Transient
 * failures are retried by ky's retry loop, with the SDK's policy (`RetryOptions`) in its
 * `shouldRetry`; a `401` lets the auth strategy refresh its credential once.
 * Error statuses become `GigMarketError` subclasses; a success body is checked per the validation mode
 * and returned parsed.
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

  async function request<T>(operation: OperationDescriptor, args: RequestArgs = {}): Promise<T> {
    const { signal } = args;
    signal?.throwIfAborted();
    const timeoutMs = args.timeoutMs ?? defaultTimeoutMs;
    const url = baseUrl + expandPath(operation, args.pathParams) + buildQueryString(args.query);
    const encoded = encodeBody(operation, args.body);
    const callerKey = args.idempotencyKey ?? new Headers(args.headers).get('idempotency-key') ?? undefined;
    const idempotencyKey = resolveIdempotencyKey(operation, callerKey, generateKey);
    // JSON, or the feed's own media type, and problems either way.
    const accept = `${operation.responseContentType ?? 'application/json'}, application/problem+json`;
    const headers = new Headers({ Accept: accept, ...identity, ...options.headers, ...args.headers });
    if (encoded) headers.set('Content-Type', encoded.contentType);
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    const authContext: AuthContext = { baseUrl, fetch: fetchImpl, timeoutMs, operationId: operation.id };

    const mayRetry = isRetryableMethod(operation.method, idempotencyKey !== undefined);
    let delayMs = 0;
    let reauthenticated = false;
    // One attempt through ky, which also runs the retry loop with the policy of `shouldRetry` below.
    // A 401 lets the strategy drop a stale credential; the call is then sent again once, inside the
    // same attempt and outside the retry budget (`reauth` false: no retries, no second re-auth).
    const send = (reauth: boolean, attempt = 0): Promise<Response> => {
      let startedAt = now();
      return ky(url, {
        method: operation.method,
        headers,
        body: encoded?.body,
        signal,
        timeout: timeoutMs,
        fetch: guardFetch(fetchImpl, operation.id),
        // Retryable statuses throw (ky only retries errors); the final one is unwrapped below.
        throwHttpErrors: (status) => reauth && retry.statuses.includes(status),
        retry: reauth
          ? {
              limit: mayRetry ? retry.retries : 0,
              methods: [operation.method],
              shouldRetry,
              // ky waits, unless the `sleep` test seam did.
              delay: () => (options.sleep ? 0 : delayMs),
            }
          : 0,
        hooks: {
          beforeRequest: [
            async (request, _options, state) => {
              if (reauth) attempt = state.retryCount;
              await auth?.(request, authContext);
              await hooks?.beforeRequest?.({ operation, request, attempt });
              startedAt = now();
            },
          ],
          afterResponse: [
            async (request, _options, response) => {
              const durationMs = now() - startedAt;
              await hooks?.afterResponse?.({ operation, request, response, attempt, durationMs });
              if (response.status !== 401 || reauthenticated || !auth?.onUnauthorized) return;
              reauthenticated = true;
              if (await auth.onUnauthorized(request, authContext)) return send(false, attempt);
            },
          ],
        },
      });
    };
    // Decides each retry (ky asks only within `limit`), sets the wait ky then takes, tells `beforeRetry`.
    const shouldRetry = async ({ error, retryCount }: { error: Error; retryCount: number }) => {
      const response = isHTTPError(error) ? error.response : undefined;
      const transient = error instanceof NetworkError || isKyTimeoutError(error);
      if (!response && (signal?.aborted || !transient)) return false;
      const status = response?.status;
      const retryAfter =
        status === 429 || status === 503
          ? parseRetryAfter(response?.headers.get('retry-after'), now())
          : undefined;
      if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) return false;
      delayMs = retryAfter ?? backoffDelay(retryCount - 1, retry, options.random);
      // Release the connection: this body will never be read.
      response?.body?.cancel().catch(() => undefined);
      await hooks?.beforeRetry?.({
        attempt: retryCount,
        delayMs,
        ...(response ? { response } : { error: toError(error) }),
        operation,
      });
      await options.sleep?.(delayMs, signal);
      return true;
    };
    const toError = (error: unknown) =>
      isKyTimeoutError(error) ? new TimeoutError(operation.id, Number(timeoutMs), error) : error;

    let response: Response;
    try {
      response = await send(true);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!isHTTPError(error)) throw toError(error);
      response = error.response;
    }
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
