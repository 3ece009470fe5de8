import { GigMarketError } from './gigmarket-error.js';

/**
 * `401` `unauthenticated`: no valid token or API key was sent. With OAuth client credentials the
 * transport has already fetched a fresh token and retried once before throwing this.
 *
 * @example
 * ```ts
 * if (error instanceof AuthenticationError) rotateCredentials();
 * ```
 */
export class AuthenticationError extends GigMarketError {
  override name = 'AuthenticationError';
}
