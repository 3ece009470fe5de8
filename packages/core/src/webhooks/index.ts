/**
 * `@gigmarket/core/webhooks`: Standard Webhooks verification and signing on Web Crypto. This entry
 * imports nothing of the transport, so a webhook receiver (or an edge function) loads only this.
 *
 * @example
 * ```ts
 * import { verifyWebhook, isWebhookVerificationError } from '@gigmarket/core/webhooks';
 * ```
 * @module
 */
export { type SignWebhookInput, signWebhook, type WebhookHeaders } from './sign.js';
export { type IncomingHeaders, type VerifyWebhookInput, verifyWebhook, type WebhookEvent } from './verify.js';
export {
  isWebhookVerificationError,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './webhook-verification-error.js';
// Not exported: the base64, HMAC and constant-time helpers in ./crypto.ts are implementation details.
