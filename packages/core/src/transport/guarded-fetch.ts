import { NetworkError } from '../errors/network-error.js';

/**
 * Wraps `fetch` so that its failures (DNS, refused or reset connections, TLS, CORS) become
 * `NetworkError`s for the operation. Aborts pass through unchanged: the caller's abort must surface as
 * the signal's reason, and ky's timeout abort as a `TimeoutError`; the transport sorts those out.
 * Wrapping `fetch` itself (rather than catching around ky) keeps errors thrown by hooks and auth
 * strategies from being mistaken for network errors and retried.
 *
 * @example
 * ```ts
 * ky(url, { fetch: guardFetch(fetch, 'jobs.list') });
 * ```
 */
export function guardFetch(fetchImpl: typeof fetch, operationId: string): typeof fetch {
  return async (input, init) => {
    try {
      return await fetchImpl(input, init);
    } catch (error) {
      const signal = input instanceof Request ? input.signal : init?.signal;
      if (signal?.aborted) throw error;
      throw NetworkError.from(operationId, error);
    }
  };
}
