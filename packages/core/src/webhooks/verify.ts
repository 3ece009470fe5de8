import { decodeSecret, fromBase64, hmacSignature, timingSafeEqual } from './crypto.js';
import { WebhookVerificationError } from './webhook-verification-error.js';

/**
 * The envelope every webhook of the standard carries (`webhooks/<domain>/<type>.yaml`).
 *
 * @example
 * ```ts
 * const event: WebhookEvent<'escrow.released', { object: Escrow }> = await verifyWebhook({ payload, headers, secret });
 * ```
 */
export interface WebhookEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  occurredAt: string;
  data: Data;
}

/**
 * Request headers as a `Headers` object or as Node's `IncomingHttpHeaders`; names are matched
 * case-insensitively.
 *
 * @example
 * ```ts
 * const headers: IncomingHeaders = req.headers; // node:http, Express, Fastify
 * ```
 */
export type IncomingHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Input of {@link verifyWebhook}.
 *
 * @example
 * ```ts
 * const input: VerifyWebhookInput = { payload: await request.text(), headers: request.headers, secret: process.env.WEBHOOK_SECRET! };
 * ```
 */
export interface VerifyWebhookInput {
  /** The raw body exactly as received: do not parse and re-serialize it first. */
  payload: string | Uint8Array;
  headers: IncomingHeaders;
  /** The subscription's secret (`whsec_…`). */
  secret?: string;
  /** Several secrets, while one is being rotated: a signature by any of them is accepted. */
  secrets?: readonly string[];
  /** How far `webhook-timestamp` may be from now, either way. Default 300 (5 minutes). */
  toleranceSeconds?: number;
  /** The current time (a `Date` or epoch milliseconds), for tests. Default: now. */
  now?: Date | number;
}

function header(headers: IncomingHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(' ') : (value as string | undefined);
}

/**
 * Verifies a Standard Webhooks delivery and returns the parsed event: the headers are present, the
 * timestamp is within `toleranceSeconds` of now (replay protection), and one `v1` signature in
 * `webhook-signature` matches HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${payload}` with
 * one of the secrets (compared in constant time). Otherwise throws {@link WebhookVerificationError}.
 * Uses only Web Crypto, so it runs in Node, browsers, Deno, Bun and edge runtimes.
 *
 * @example
 * ```ts
 * import { verifyWebhook } from '@gigmarket/core/webhooks';
 * app.post('/webhooks/gigmarket', async (c) => {
 *   const event = await verifyWebhook({ payload: await c.req.text(), headers: c.req.raw.headers, secret });
 *   if (event.type === 'escrow.released') await markPaid(event.data);
 *   return c.body(null, 204);
 * });
 * ```
 */
export async function verifyWebhook<Event = WebhookEvent>(input: VerifyWebhookInput): Promise<Event> {
  const id = header(input.headers, 'webhook-id');
  const timestamp = header(input.headers, 'webhook-timestamp');
  const signatureHeader = header(input.headers, 'webhook-signature');
  if (!id || !timestamp || !signatureHeader) {
    throw new WebhookVerificationError(
      'missing_headers',
      'expected the headers webhook-id, webhook-timestamp and webhook-signature. Pass the request headers unchanged.',
    );
  }
  if (!/^\d+$/.test(timestamp)) {
    throw new WebhookVerificationError(
      'invalid_timestamp',
      `webhook-timestamp must be Unix seconds; got '${timestamp}'.`,
    );
  }
  const nowMs = input.now === undefined ? Date.now() : Number(input.now);
  const tolerance = input.toleranceSeconds ?? 300;
  const age = Math.floor(nowMs / 1000) - Number(timestamp);
  if (age > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `signed ${age} s ago; at most ${tolerance} s are accepted.`,
    );
  }
  if (age < -tolerance) {
    throw new WebhookVerificationError(
      'timestamp_too_new',
      `signed ${-age} s in the future; check the clocks.`,
    );
  }

  const secrets = [...(input.secret === undefined ? [] : [input.secret]), ...(input.secrets ?? [])];
  if (secrets.length === 0)
    throw new WebhookVerificationError('invalid_secret', 'pass `secret` or `secrets`.');
  const received = signatureHeader
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => fromBase64(entry.slice(3)))
    .filter((bytes): bytes is Uint8Array => bytes !== undefined);
  let matched = false;
  for (const secret of secrets) {
    const expected = await hmacSignature(decodeSecret(secret), id, timestamp, input.payload);
    if (received.some((signature) => timingSafeEqual(expected, signature))) matched = true;
  }
  if (!matched) {
    throw new WebhookVerificationError(
      'no_matching_signature',
      'no v1 signature matches. Check the secret, and pass the body exactly as received (not re-serialized JSON).',
    );
  }

  const text = typeof input.payload === 'string' ? input.payload : new TextDecoder().decode(input.payload);
  try {
    return JSON.parse(text) as Event;
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'the signature is valid but the body is not JSON.');
  }
}
