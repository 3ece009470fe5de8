const BRAND: unique symbol = Symbol.for('@gigmarket/core.webhook-verification-error');

/**
 * Why a webhook was rejected.
 * - `missing_headers`: `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent.
 * - `invalid_timestamp`: `webhook-timestamp` is not Unix seconds.
 * - `timestamp_too_old` / `timestamp_too_new`: outside the tolerance (replay protection).
 * - `no_matching_signature`: no `v1` signature matches any of the secrets (tampered body, wrong secret).
 * - `invalid_secret`: a secret is not `whsec_` + base64 (a configuration error on your side).
 * - `invalid_payload`: the signature is valid but the body is not JSON.
 *
 * @example
 * ```ts
 * const reason: WebhookVerificationReason = 'timestamp_too_old';
 * ```
 */
export type WebhookVerificationReason =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_secret'
  | 'invalid_payload';

/**
 * Thrown by `verifyWebhook` when a delivery must not be trusted. Answer such a delivery with `400`
 * (or `401`) and do not act on it. Test for it with {@link isWebhookVerificationError} across realms.
 *
 * @example
 * ```ts
 * try {
 *   event = await verifyWebhook({ payload, headers, secret });
 * } catch (error) {
 *   if (isWebhookVerificationError(error)) return new Response(error.reason, { status: 400 });
 *   throw error;
 * }
 * ```
 */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
  declare readonly [BRAND]: true;
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(`Webhook rejected (${reason}): ${message}`);
    Object.defineProperty(this, BRAND, { value: true });
    this.reason = reason;
  }
}

/**
 * True for a {@link WebhookVerificationError}, also across realms and package copies.
 *
 * @example
 * ```ts
 * if (isWebhookVerificationError(error) && error.reason === 'timestamp_too_old') metrics.count('webhook.replay');
 * ```
 */
export function isWebhookVerificationError(error: unknown): error is WebhookVerificationError {
  return typeof error === 'object' && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true;
}
