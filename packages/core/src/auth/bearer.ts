import type { AuthStrategy } from './types.js';

/**
 * Sends `Authorization: Bearer <token>` with a token you obtained yourself: a string, or a function
 * that returns the current token (called before every attempt, so it may refresh).
 *
 * @example
 * ```ts
 * createTransport({ baseUrl, auth: bearer(process.env.GIGMARKET_TOKEN!) });
 * createTransport({ baseUrl, auth: bearer(() => session.accessToken()) });
 * ```
 */
export function bearer(token: string | (() => string | Promise<string>)): AuthStrategy {
  return async (request) => {
    const value = typeof token === 'function' ? await token() : token;
    request.headers.set('Authorization', `Bearer ${value}`);
  };
}
