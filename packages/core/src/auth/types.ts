/**
 * What the transport tells an auth strategy about the call it authenticates.
 *
 * @example
 * ```ts
 * const strategy: AuthStrategy = async (request, { operationId }) => {
 *   request.headers.set('Authorization', `Bearer ${await tokenFor(operationId)}`);
 * };
 * ```
 */
export interface AuthContext {
  /** The transport's server URL without a trailing slash, e.g. `http://localhost:8080/v1`. */
  baseUrl: string;
  /** The transport's `fetch` (the injected one in tests), for strategies that fetch tokens. */
  fetch: typeof fetch;
  /** The transport's timeout per request in milliseconds, or `false` for none. */
  timeoutMs: number | false;
  /** The `operationId` being called. */
  operationId: string;
}

/**
 * Authenticates one outgoing request by setting headers on it. Any `async (request) => void` is a
 * strategy; the built-in ones are {@link apiKey}, {@link bearer} and {@link oauth2ClientCredentials}.
 * The strategy runs before every attempt, so a retried call picks up a refreshed credential.
 *
 * @example
 * ```ts
 * const hmac: AuthStrategy = async (request) => {
 *   request.headers.set('X-Signature', await sign(request.method, request.url));
 * };
 * createTransport({ baseUrl, auth: hmac });
 * ```
 */
export interface AuthStrategy {
  (request: Request, context: AuthContext): void | Promise<void>;
  /**
   * Called when a request this strategy authenticated got `401`. Return `true` to have the call sent
   * once more (after dropping a cached credential); it is asked at most once per call.
   */
  onUnauthorized?: (request: Request, context: AuthContext) => boolean | Promise<boolean>;
}
