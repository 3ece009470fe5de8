import { decodeSecret, hmacSignature, toBase64 } from './crypto.js';

/**
 * The three Standard Webhooks headers of one delivery.
 *
 * @example
 * ```ts
 * const headers: WebhookHeaders = { 'webhook-id': 'evt_01J…', 'webhook-timestamp': '1751324400', 'webhook-signature': 'v1,K5oZ…' };
 * ```
 */
// A type alias, not an interface, so it is assignable to header records (and to `HeadersInit`).
export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/**
 * Input of {@link signWebhook}.
 *
 * @example
 * ```ts
 * const input: SignWebhookInput = { id: 'evt_01J2ZK6T3M8Q4R5S6T7V8W9X0Y', timestamp: new Date(), payload: body, secret };
 * ```
 */
export interface SignWebhookInput {
  /** The event id (`webhook-id`). */
  id: string;
  /** When this attempt is signed: a `Date` or Unix seconds. */
  timestamp: Date | number;
  /** The exact body that will be sent. */
  payload: string | Uint8Array;
  /** One secret, or several to sign with each (as a sender does while a secret is rotated). */
  secret: string | readonly string[];
}

/**
 * Signs a delivery the way a Gig Market server does: HMAC-SHA256 over `${id}.${timestamp}.${payload}`,
 * header `v1,<base64>` (space-separated when several secrets sign). For tests of your webhook
 * receiver, and for senders.
 *
 * @example
 * ```ts
 * const body = JSON.stringify({ id: 'evt_1', type: 'webhook.ping', occurredAt: new Date().toISOString(), data: {} });
 * const headers = await signWebhook({ id: 'evt_1', timestamp: new Date(), payload: body, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
 * await fetch('http://localhost:3000/webhooks', { method: 'POST', headers, body });
 * ```
 */
export async function signWebhook(input: SignWebhookInput): Promise<WebhookHeaders> {
  const timestamp = String(
    input.timestamp instanceof Date
      ? Math.floor(input.timestamp.getTime() / 1000)
      : Math.floor(input.timestamp),
  );
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  const signatures = await Promise.all(
    secrets.map(
      async (secret) =>
        `v1,${toBase64(await hmacSignature(decodeSecret(secret), input.id, timestamp, input.payload))}`,
    ),
  );
  return {
    'webhook-id': input.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': signatures.join(' '),
  };
}
