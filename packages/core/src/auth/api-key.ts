import type { AuthStrategy } from './types.js';

/**
 * Sends a static API key in `X-Api-Key` (`components/securitySchemes/apiKey.yaml`). API keys are for
 * development and sandboxes; production servers may refuse them, so use OAuth client credentials there.
 *
 * @example
 * ```ts
 * createTransport({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gmk_test_platform') });
 * ```
 */
export function apiKey(key: string): AuthStrategy {
  if (!key) throw new TypeError("apiKey() needs a key, for example apiKey('gmk_test_platform').");
  return (request) => {
    request.headers.set('X-Api-Key', key);
  };
}
