import { GigMarketError } from './gigmarket-error.js';

/**
 * `404` `not-found`: the object does not exist, or belongs to another tenant (the standard makes
 * the two indistinguishable).
 *
 * @example
 * ```ts
 * const job = await client.jobs.get({ jobId }).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
 * ```
 */
export class NotFoundError extends GigMarketError {
  override name = 'NotFoundError';
}
